package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.BlockCode;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The company's opinion on a block ("Avis de l'entreprise"): "L'entreprise (tuteur, responsable
 * fonctionnel ou hiérarchique...) donne un avis au regard du référentiel de certification
 * (capacités professionnelles et/ou critères) sur les éléments mis en œuvre par le candidat lors
 * de la réalisation de projets ou activités professionnels."
 */
@Value.Immutable
public abstract class CompanyOpinion {
  CompanyOpinion() {}

  /**
   * The block the opinion is on.
   *
   * @return e.g. {@code RNCP19453BC02}
   */
  public abstract BlockCode getBlock();

  /**
   * The date the opinion was given.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * Whether the opinion is favourable.
   *
   * @return the polarity
   */
  public abstract OpinionPolarity getPolarity();

  /**
   * Who gave it.
   *
   * @return the author's role in the company
   */
  public abstract OpinionAuthorRole getAuthorRole();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompanyOpinion}; every attribute is required. */
  public static final class Builder extends ImmutableCompanyOpinion.Builder {
    Builder() {}
  }
}
