package io.github.cqpm.model.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level constraint's violation on one property of the validated value. */
final class Violations {
  private Violations() {}

  /**
   * Replaces the default violation (reported on the value itself) by one on {@code property}.
   *
   * @param context the validator's context
   * @param property the property the violation concerns
   * @return false, the result of a failed validation
   */
  static boolean on(ConstraintValidatorContext context, String property) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }
}
