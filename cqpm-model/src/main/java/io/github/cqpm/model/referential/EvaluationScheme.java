package io.github.cqpm.model.referential;

import io.github.cqpm.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a block is evaluated and attested: one of the modalities ("Ou"), and the company's opinion
 * ("Et Avis de l'entreprise"), after which "Chaque bloc est certifié, il donne lieu à une
 * évaluation et une validation".
 */
@Value.Immutable
public abstract class EvaluationScheme {
  EvaluationScheme() {}

  /**
   * The modalities, any one of which evaluates a capacity, in the fiche's order.
   *
   * @return the modalities' descriptions, each modality once
   */
  public abstract List<ModalityDescription> getModalities();

  /**
   * The fiche's text on the company's opinion, required besides the modality, verbatim.
   *
   * @return "L'entreprise (tuteur, responsable fonctionnel ou hiérarchique...) donne un avis…"
   */
  public abstract String getCompanyOpinion();

  /**
   * The fiche's text on the attestation of the block, verbatim.
   *
   * @return "Chaque bloc est certifié, il donne lieu à une évaluation et une validation"
   */
  public abstract String getAttestation();

  /**
   * The description of one modality.
   *
   * @param modality the modality
   * @return its description, or empty when this scheme does not offer it
   */
  public Optional<ModalityDescription> getModality(EvaluationModality modality) {
    return getModalities().stream().filter(m -> m.getModality() == modality).findFirst();
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
    Checks.distinct("modalities", getModalities(), ModalityDescription::getModality);
    Checks.nonBlank("companyOpinion", getCompanyOpinion());
    Checks.nonBlank("attestation", getAttestation());
  }

  /** Builds an {@link EvaluationScheme}; every attribute is required. */
  public static final class Builder extends ImmutableEvaluationScheme.Builder {
    Builder() {}
  }
}
