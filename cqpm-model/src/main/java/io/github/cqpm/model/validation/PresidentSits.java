package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The jury session has a president and the president sits in it: the fiche gives the president
 * the casting vote ("En cas de partage des voix, celle du président du jury est prépondérante"),
 * so a jury needs one. Reported on the property {@code president}.
 */
@Documented
@Constraint(validatedBy = PresidentSitsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PresidentSits {
  /**
   * The message template.
   *
   * @return the key of the message in {@code ValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.PresidentSits.message}";

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
