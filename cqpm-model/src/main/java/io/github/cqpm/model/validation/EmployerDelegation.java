package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The employers' delegation of a jury session is within the fiche's size: "Délégation patronale :
 * maximum de cinq membres qualifiés relevant de la branche de la métallurgie et, en tant que de
 * besoin, un membre supplémentaire de la branche du travail temporaire." Reported on the property
 * {@code members}.
 */
@Documented
@Constraint(validatedBy = EmployerDelegationValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmployerDelegation {
  /**
   * The message template.
   *
   * @return the key of the message in {@code ValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.EmployerDelegation.message}";

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
