package io.github.cqpm.rules.francevae;

import java.util.Locale;
import java.util.Optional;

/**
 * A jury's result as France VAE records it: its API's {@code ResultatJury} values (the constants'
 * names), with their names in France VAE's GraphQL API ({@link #getGraphqlName()}).
 *
 * @since 0.2.0
 */
public enum JuryResult {
  /** The whole certification obtained, on a candidacy to the whole certification. */
  SUCCES_TOTAL_CERTIFICATION_COMPLETE("FULL_SUCCESS_OF_FULL_CERTIFICATION"),
  /** Some blocks obtained, on a candidacy to the whole certification. */
  SUCCES_PARTIEL_CERTIFICATION_COMPLETE("PARTIAL_SUCCESS_OF_FULL_CERTIFICATION"),
  /** Every targeted block obtained, on a candidacy to part of the certification. */
  SUCCES_TOTAL_CERTIFICATION_PARTIELLE("FULL_SUCCESS_OF_PARTIAL_CERTIFICATION"),
  /** Some targeted blocks obtained, on a candidacy to part of the certification. */
  SUCCES_PARTIEL_CERTIFICATION_PARTIELLE("PARTIAL_SUCCESS_OF_PARTIAL_CERTIFICATION"),
  /**
   * A success the certifier must still confirm. Read, never produced by the rules: the fiche has
   * no such outcome.
   */
  SUCCES_TOTAL_CERTIFICATION_COMPLETE_SOUS_RESERVE("PARTIAL_SUCCESS_PENDING_CONFIRMATION"),
  /** Nothing obtained. */
  ECHEC("FAILURE"),
  /** The candidate was excused from the jury. */
  CANDIDAT_EXCUSE("CANDIDATE_EXCUSED"),
  /** The candidate was absent from the jury. */
  CANDIDAT_ABSENT("CANDIDATE_ABSENT");

  private final String graphqlName;

  JuryResult(String graphqlName) {
    this.graphqlName = graphqlName;
  }

  /**
   * The value's name in France VAE's GraphQL API ({@code JuryResult}).
   *
   * @return e.g. {@code FULL_SUCCESS_OF_FULL_CERTIFICATION}
   */
  public String getGraphqlName() {
    return graphqlName;
  }

  /**
   * Whether a new validation dossier may be sent after this result: after a partial success, a
   * failure, an excused or an absent candidate, and a success still to be confirmed (France VAE
   * lists it with the results that are not a full success); not after a full success.
   *
   * @return false for {@link #SUCCES_TOTAL_CERTIFICATION_COMPLETE} and {@link
   *     #SUCCES_TOTAL_CERTIFICATION_PARTIELLE}
   */
  public boolean allowsNewValidationDossier() {
    return this != SUCCES_TOTAL_CERTIFICATION_COMPLETE && this != SUCCES_TOTAL_CERTIFICATION_PARTIELLE;
  }

  /**
   * The result a name gives, in either API's spelling ({@code SUCCES_TOTAL_CERTIFICATION_COMPLETE}
   * or {@code FULL_SUCCESS_OF_FULL_CERTIFICATION}), case aside.
   *
   * @param name the name
   * @return the result, or empty when the name is none
   */
  public static Optional<JuryResult> named(String name) {
    String upper = name.strip().toUpperCase(Locale.ROOT);
    for (JuryResult result : values()) {
      if (result.name().equals(upper) || result.graphqlName.equals(upper)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }
}
