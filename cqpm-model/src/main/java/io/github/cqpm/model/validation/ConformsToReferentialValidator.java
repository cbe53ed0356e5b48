package io.github.cqpm.model.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.List;

/**
 * Checks {@link ConformsToReferential}: one violation per {@link Nonconformity}, at its path. A
 * path such as {@code jury.votes[1].member} becomes the property nodes {@code jury}, {@code votes}
 * and {@code member} at index 1 of {@code votes}, as Bean Validation writes it.
 */
public final class ConformsToReferentialValidator
    implements ConstraintValidator<ConformsToReferential, Conformable> {
  /** Creates the validator; Bean Validation does. */
  public ConformsToReferentialValidator() {}

  @Override
  public boolean isValid(Conformable value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Nonconformity> nonconformities = value.nonconformities();
    if (nonconformities.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Nonconformity n : nonconformities) {
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
