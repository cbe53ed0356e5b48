package io.github.cqpm.model.validation;

import io.github.cqpm.model.referential.ReferentialCatalog;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Objects;

/**
 * Bean Validation against a catalogue and a reading of the caller's, with any stock provider
 * (Hibernate Validator, say) and no configuration file: the standard {@link
 * ValidatorFactory#usingContext()} is given a {@link ConstraintValidatorFactory} that makes {@link
 * ConformsToReferentialValidator}s for that catalogue and reading, and leaves every other
 * constraint to the provider's own factory.
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
 * Validator validator = ConformityValidation.validator(factory, catalog, rules.getPolicy().reading());
 * validator.validate(dossier);   // the same nonconformities as the rules' ERROR findings
 * }</pre>
 *
 * <p>A validator made so judges as the rules of the same catalogue and policy do; the factory's
 * own {@code getValidator()} keeps judging against the bundled catalogue under the default
 * reading.
 */
public final class ConformityValidation {
  private ConformityValidation() {}

  /**
   * A validator of {@code factory} that judges conformity against a catalogue under a reading.
   *
   * @param factory the provider's factory, such as {@code Validation.buildDefaultValidatorFactory()}
   * @param catalog where a dossier's référentiel is looked up
   * @param reading how the fiche is read where it leaves room
   * @return the validator; thread-safe, as the provider's are
   */
  public static Validator validator(
      ValidatorFactory factory, ReferentialCatalog catalog, Reading reading) {
    return factory.usingContext()
        .constraintValidatorFactory(
            constraintValidatorFactory(factory.getConstraintValidatorFactory(), catalog, reading))
        .getValidator();
  }

  /**
   * A constraint validator factory that makes the conformity validator for a catalogue and a
   * reading, and hands every other validator class to {@code others}: for a caller who configures
   * the provider itself ({@code Configuration.constraintValidatorFactory(…)}).
   *
   * @param others the factory of every other constraint's validators
   * @param catalog where a dossier's référentiel is looked up
   * @param reading how the fiche is read where it leaves room
   * @return the factory
   */
  public static ConstraintValidatorFactory constraintValidatorFactory(
      ConstraintValidatorFactory others, ReferentialCatalog catalog, Reading reading) {
    Objects.requireNonNull(others, "others");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(reading, "reading");
    return new ConstraintValidatorFactory() {
      @Override
      public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
        return key == ConformsToReferentialValidator.class
            ? key.cast(new ConformsToReferentialValidator(catalog, reading))
            : others.getInstance(key);
      }

      @Override
      public void releaseInstance(ConstraintValidator<?, ?> instance) {
        if (!(instance instanceof ConformsToReferentialValidator)) {
          others.releaseInstance(instance);
        }
      }
    };
  }
}
