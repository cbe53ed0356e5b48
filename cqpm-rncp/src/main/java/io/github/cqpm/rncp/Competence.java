package io.github.cqpm.rncp;

import java.util.Objects;
import java.util.Optional;

/**
 * One competence of a fiche's free text, as {@link Competences#parse(String)} finds it.
 *
 * @param code the fiche's own code for it ({@code C1}, {@code A1C1}, {@code C1.2}), when the
 *     fiche numbers its competences
 * @param text its wording, HTML left out, white space collapsed
 */
public record Competence(Optional<String> code, String text) {
  /**
   * Checks the components.
   *
   * @param code the fiche's code
   * @param text the wording
   */
  public Competence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
