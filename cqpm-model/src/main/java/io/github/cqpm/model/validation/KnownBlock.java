package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The block code is one of the three blocks of the bundled référentiel RNCP 19453 ({@code
 * RNCP19453BC01} to {@code RNCP19453BC03}).
 */
@Documented
@Constraint(validatedBy = KnownBlockValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownBlock {
  /**
   * The message template.
   *
   * @return the key of the message in {@code ValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.KnownBlock.message}";

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
