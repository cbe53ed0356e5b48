package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JurySession;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EmployerDelegation} on a {@link JurySession}. */
public final class EmployerDelegationValidator implements ConstraintValidator<EmployerDelegation, JurySession> {
  /** "maximum de cinq membres qualifiés relevant de la branche de la métallurgie". */
  public static final long MAX_METALLURGY = 5;

  /** "en tant que de besoin, un membre supplémentaire de la branche du travail temporaire". */
  public static final long MAX_TEMPORARY_WORK = 1;

  /** Creates the validator; Bean Validation does. */
  public EmployerDelegationValidator() {}

  @Override
  public boolean isValid(JurySession value, ConstraintValidatorContext context) {
    if (value == null
        || value.count(College.EMPLOYER, Branch.METALLURGY) <= MAX_METALLURGY
            && value.count(College.EMPLOYER, Branch.TEMPORARY_WORK) <= MAX_TEMPORARY_WORK) {
      return true;
    }
    return Violations.on(context, "members");
  }
}
