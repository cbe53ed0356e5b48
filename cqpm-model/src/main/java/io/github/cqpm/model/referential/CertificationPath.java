package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The steps of one path to the certificate, in order, each with the fiche's text.
 */
@Value.Immutable
public abstract class CertificationPath {
  CertificationPath() {}

  /**
   * Which path this is.
   *
   * @return training or VAE
   */
  public abstract PathKind getKind();

  /**
   * The fiche's text for each step, verbatim, in the order the steps are taken.
   *
   * @return step to French text, at least one step
   */
  public abstract Map<ProcedureStep, String> getSteps();

  /**
   * The fiche's further sentences on this path that belong to no single step, verbatim (for the
   * training path: who defines the evaluation's modalities and how the commission evaluates).
   *
   * @return the sentences, possibly none
   */
  public abstract List<String> getNotes();

  /**
   * The steps in the order they are taken.
   *
   * @return the keys of {@link #getSteps()}, in order
   */
  public List<ProcedureStep> getStepOrder() {
    return List.copyOf(getSteps().keySet());
  }

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
    if (getSteps().isEmpty()) {
      throw InvalidValueException.at("a path has at least one step", "steps");
    }
    getSteps().forEach((step, text) -> Checks.nonBlank("steps." + step, text));
    getNotes().forEach(note -> Checks.nonBlank("notes", note));
  }

  /** Builds a {@link CertificationPath}; {@code kind} and at least one step are required. */
  public static final class Builder extends ImmutableCertificationPath.Builder {
    Builder() {}
  }
}
