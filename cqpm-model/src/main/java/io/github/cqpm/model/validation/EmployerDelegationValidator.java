package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.Referentials;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EmployerDelegation} on a {@link JurySession}, with the bundled référentiel's limits. */
public final class EmployerDelegationValidator
    implements ConstraintValidator<EmployerDelegation, JurySession> {
  /** Creates the validator; Bean Validation does. */
  public EmployerDelegationValidator() {}

  @Override
  public boolean isValid(JurySession value, ConstraintValidatorContext context) {
    JuryRules rules = Referentials.rncp19453().getJuryRules();
    if (value == null
        || value.count(College.EMPLOYER, Branch.METALLURGY) <= rules.getMaxMetallurgyEmployers()
            && value.count(College.EMPLOYER, Branch.TEMPORARY_WORK)
                <= rules.getMaxTemporaryWorkEmployers()) {
      return true;
    }
    return Violations.on(context, "members");
  }
}
