package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At most one member of each union sits with a vote: "Seul un représentant par organisation
 * syndicale siège dans le jury avec droit de vote." Organisations are compared by their name,
 * ignoring case and surrounding spaces. Reported on the property {@code members}.
 */
@Documented
@Constraint(validatedBy = OneVotePerUnionValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneVotePerUnion {
  /**
   * The message template.
   *
   * @return the key of the message in {@code ValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.OneVotePerUnion.message}";

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
