package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capacity code is one of the bundled référentiel RNCP 19453 (C1 to C8): "Les capacités
 * attestées : C1 … C8".
 */
@Documented
@Constraint(validatedBy = KnownCapacityValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCapacity {
  /**
   * The message template.
   *
   * @return the key of the message in {@code ValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.KnownCapacity.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
