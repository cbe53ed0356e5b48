package io.github.cqpm.model.validation;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.referential.Referentials;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownCapacity} on a {@link CapacityCode}, against the bundled référentiel. */
public final class KnownCapacityValidator implements ConstraintValidator<KnownCapacity, CapacityCode> {
  /** Creates the validator; Bean Validation does. */
  public KnownCapacityValidator() {}

  @Override
  public boolean isValid(CapacityCode value, ConstraintValidatorContext context) {
    return value == null || Referentials.rncp19453().getCapacity(value).isPresent();
  }
}
