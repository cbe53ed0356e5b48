package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The fiche's text for one evaluation modality: its title, its description and the wording of each
 * of its methods, verbatim.
 */
@Value.Immutable
public abstract class ModalityDescription {
  ModalityDescription() {}

  /**
   * The modality described.
   *
   * @return the modality
   */
  public abstract EvaluationModality getModality();

  /**
   * The modality's title as the fiche writes it.
   *
   * @return e.g. "Evaluation en situation professionnelle réelle"
   */
  public abstract String getTitle();

  /**
   * The fiche's description of the modality, verbatim.
   *
   * @return the French text
   */
  public abstract String getDescription();

  /**
   * The fiche's wording of each method of the modality, in the fiche's order.
   *
   * @return method to French wording
   */
  public abstract Map<EvaluationMethod, String> getMethodLabels();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("title", getTitle());
    Checks.nonBlank("description", getDescription());
    getMethodLabels()
        .forEach(
            (method, label) -> {
              if (method.getModality() != getModality()) {
                throw InvalidValueException.at(
                    method + " belongs to " + method.getModality() + ", not " + getModality(),
                    "methodLabels");
              }
              Checks.nonBlank("methodLabels." + method, label);
            });
  }

  /** Builds a {@link ModalityDescription}; every attribute is required. */
  public static final class Builder extends ImmutableModalityDescription.Builder {
    Builder() {}
  }
}
