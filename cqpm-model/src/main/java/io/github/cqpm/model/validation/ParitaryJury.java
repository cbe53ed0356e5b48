package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The jury session is paritaire: as many employees' as employers' representatives sit with a
 * vote. "Jury paritaire : 50% de représentants des salariés / 50% de représentants des employeurs."
 *
 * <p>Policy: parity is counted on the members who sit with a vote, since only they weigh in the
 * deliberation ("Seul un représentant par organisation syndicale siège dans le jury avec droit de
 * vote"). Reported on the property {@code members}.
 */
@Documented
@Constraint(validatedBy = ParitaryJuryValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ParitaryJury {
  /**
   * The message template.
   *
   * @return the key of the message in {@code ValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.ParitaryJury.message}";

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
