package io.github.cqpm.model.validation;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.referential.Referentials;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownBlock} on a {@link BlockCode}, against the bundled référentiel. */
public final class KnownBlockValidator implements ConstraintValidator<KnownBlock, BlockCode> {
  /** Creates the validator; Bean Validation does. */
  public KnownBlockValidator() {}

  @Override
  public boolean isValid(BlockCode value, ConstraintValidatorContext context) {
    return value == null || Referentials.rncp19453().getBlock(value).isPresent();
  }
}
