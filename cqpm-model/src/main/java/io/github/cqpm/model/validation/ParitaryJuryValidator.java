package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JurySession;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ParitaryJury} on a {@link JurySession}. */
public final class ParitaryJuryValidator implements ConstraintValidator<ParitaryJury, JurySession> {
  /** Creates the validator; Bean Validation does. */
  public ParitaryJuryValidator() {}

  @Override
  public boolean isValid(JurySession value, ConstraintValidatorContext context) {
    if (value == null
        || value.countVoting(College.EMPLOYEE) == value.countVoting(College.EMPLOYER)) {
      return true;
    }
    return Violations.on(context, "members");
  }
}
