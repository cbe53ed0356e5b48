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
   * @return "L'entreprise (tuteur, responsable fonctionnel ou hiérarchique...) donne un avis…";
   *     empty when the fiche does not describe its evaluation modality by modality
   */
  public abstract Optional<String> getCompanyOpinion();

  /**
   * The fiche's text on the attestation of the block, verbatim.
   *
   * @return "Chaque bloc est certifié, il donne lieu à une évaluation et une validation"; empty
   *     when the fiche does not describe its evaluation modality by modality
   */
  public abstract Optional<String> getAttestation();

  /**
   * The fiche's text on the block's evaluation, verbatim, when it does not describe it modality
   * by modality as the CQPM's fiches do (a fiche imported from the RNCP export).
   *
   * @return the text; empty for RNCP 19453, whose modalities are {@link #getModalities()}
   */
  public abstract Optional<String> getStatement();

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
    getCompanyOpinion().ifPresent(text -> Checks.nonBlank("companyOpinion", text));
    getAttestation().ifPresent(text -> Checks.nonBlank("attestation", text));
    getStatement().ifPresent(text -> Checks.nonBlank("statement", text));
  }

  /** Builds an {@link EvaluationScheme}; the modalities may be empty, the texts absent. */
  public static final class Builder extends ImmutableEvaluationScheme.Builder {
    Builder() {}
  }
}
