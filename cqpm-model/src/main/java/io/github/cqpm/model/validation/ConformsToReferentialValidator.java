package io.github.cqpm.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.util.List;
import java.util.Objects;

/**
 * Checks {@link ConformsToReferential}: one violation per {@link Nonconformity}, at its path. A
 * path such as {@code jury.votes[1].member} becomes the property nodes {@code jury}, {@code votes}
 * and {@code member} at index 1 of {@code votes}, as Bean Validation writes it.
 *
 * <p>The message of each violation is its kind's ({@link Nonconformity.Kind#pattern}), the
 * template the kind's key; with Hibernate Validator, the arguments fill in its {@code {0}}, {@code
 * {1}}… as in the rules' findings ({@link MessageArguments}).
 *
 * <p>A stock validator creates it with no argument: the bundled catalogue and the default
 * reading. {@link ConformityValidation} gives a validator that judges against a catalogue and a
 * reading of the caller's.
 */
public final class ConformsToReferentialValidator
    implements ConstraintValidator<ConformsToReferential, Conformable> {
  private final ReferentialCatalog catalog;
  private final Reading reading;

  /** Creates the validator of the bundled catalogue under the default reading; Bean Validation does. */
  public ConformsToReferentialValidator() {
    this(ReferentialCatalog.bundled(), Reading.defaults());
  }

  /**
   * Creates the validator of a catalogue under a reading.
   *
   * @param catalog where a value's référentiel is looked up
   * @param reading how the fiche is read where it leaves room
   * @since 0.2.0
   */
  public ConformsToReferentialValidator(ReferentialCatalog catalog, Reading reading) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.reading = Objects.requireNonNull(reading, "reading");
  }

  @Override
  public boolean isValid(Conformable value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Nonconformity> nonconformities = value.nonconformities(catalog, reading);
    if (nonconformities.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Nonconformity n : nonconformities) {
      MessageArguments.add(context, n.arguments());
      report(context.buildConstraintViolationWithTemplate("{" + n.kind().messageKey() + "}"), n.path());
    }
    return false;
  }

  /**
   * Adds one property node per segment of {@code path}; the index a segment carries applies to
   * the node after it (Bean Validation puts {@code [i]} on the element's node), or to a last bean
   * node when the path ends with an index.
   */
  private static void report(ConstraintViolationBuilder builder, String path) {
    String[] segments = path.split("\\.");
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext indexed = null;
    Integer pending = null;
    for (String segment : segments) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      NodeBuilderCustomizableContext node =
          open != null ? open.addPropertyNode(name)
              : indexed != null ? indexed.addPropertyNode(name)
              : builder.addPropertyNode(name);
      if (pending != null) {
        indexed = node.inIterable().atIndex(pending);
        open = null;
      } else {
        open = node;
        indexed = null;
      }
      pending =
          bracket < 0 ? null : Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
    }
    if (pending != null) {
      (open != null ? open.addBeanNode() : indexed.addBeanNode())
          .inIterable().atIndex(pending).addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else {
      indexed.addConstraintViolation();
    }
  }
}
