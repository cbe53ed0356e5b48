package io.github.cqpm.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value conforms to the référentiel of its certification: every {@link Nonconformity} that
 * {@link Conformable#nonconformities()} reports is a violation at its own property path, with the
 * message of its kind. Declared on {@code Dossier}, which names its certification; the référentiel
 * is the one the validator's catalogue holds under that number (the bundled catalogue with a
 * stock validator; a catalogue and reading of the caller's through {@link ConformityValidation}),
 * never a hard-coded fiche.
 */
@Documented
@Constraint(validatedBy = ConformsToReferentialValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConformsToReferential {
  /**
   * The message template, used only by a validator that cannot report per kind.
   *
   * @return the key of the message in {@code ContributorValidationMessages}
   */
  String message() default "{io.github.cqpm.model.validation.ConformsToReferential.message}";

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
