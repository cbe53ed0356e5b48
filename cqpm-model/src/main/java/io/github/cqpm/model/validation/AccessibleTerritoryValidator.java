package io.github.cqpm.model.validation;

import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AccessibleTerritory} on a {@link Territory}, against the bundled référentiel. */
public final class AccessibleTerritoryValidator implements ConstraintValidator<AccessibleTerritory, Territory> {
  /** Creates the validator; Bean Validation does. */
  public AccessibleTerritoryValidator() {}

  @Override
  public boolean isValid(Territory value, ConstraintValidatorContext context) {
    return value == null || Referentials.rncp19453().isAccessibleIn(value);
  }
}
