package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.JurySession;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PresidentSits} on a {@link JurySession}. */
public final class PresidentSitsValidator implements ConstraintValidator<PresidentSits, JurySession> {
  /** Creates the validator; Bean Validation does. */
  public PresidentSitsValidator() {}

  @Override
  public boolean isValid(JurySession value, ConstraintValidatorContext context) {
    if (value == null
        || value.getPresident().flatMap(value::getMember).isPresent()) {
      return true;
    }
    return Violations.on(context, "president");
  }
}
