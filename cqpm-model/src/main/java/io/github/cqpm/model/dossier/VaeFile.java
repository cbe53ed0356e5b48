package io.github.cqpm.model.dossier;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The steps of the VAE path before the jury: the admissibility of the request, the evidence
 * dossier and the validation interview. A step not yet taken is empty; whether the steps are all
 * there and in order is judged by cqpm-rules.
 */
@Value.Immutable
public abstract class VaeFile {
  VaeFile() {}

  /**
   * The decision on the request's admissibility ("recevabilité").
   *
   * @return the decision, or empty when none is recorded
   */
  public abstract Optional<RequestAdmissibility> getAdmissibility();

  /**
   * The evidence dossier: "une ou plusieurs situations professionnelles succinctes". None at all is
   * representable, and a nonconformity on the VAE route ({@code EVIDENCE_MISSING}).
   *
   * @return the situations, in the order given
   */
  public abstract List<ProfessionalSituation> getEvidence();

  /**
   * The validation interview before the commission de validation.
   *
   * @return the interview, or empty when none is recorded
   */
  public abstract Optional<ValidationInterview> getInterview();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VaeFile}; every attribute is optional. */
  public static final class Builder extends ImmutableVaeFile.Builder {
    Builder() {}
  }
}
