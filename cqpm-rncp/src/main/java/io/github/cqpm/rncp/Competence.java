package io.github.cqpm.rncp;

import java.util.Objects;
import java.util.Optional;

/**
 * One competence of a fiche's free text, as {@link Competences#read(String)} finds it.
 *
 * @param code the fiche's own code for it, as the fiche writes it ({@code C1}, {@code A1C1}, {@code
 *     A5.C1}, {@code C.1}, {@code C1.2}, {@code 1.1.1}), when the fiche numbers its competences
 * @param text its wording, HTML left out, white space collapsed
 * @param heading the title of the outline entry it sits under ({@code 1.1 Préparer} for {@code
 *     1.1.1}), when the fiche writes its competences as an outline
 */
public record Competence(Optional<String> code, String text, Optional<String> heading) {
  /**
   * Checks the components.
   *
   * @param code the fiche's code
   * @param text the wording
   * @param heading the outline's heading
   * @since 0.2.0
   */
  public Competence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(heading, "heading");
  }

  /**
   * A competence outside an outline.
   *
   * @param code the fiche's code
   * @param text the wording
   */
  public Competence(Optional<String> code, String text) {
    this(code, text, Optional.empty());
  }
}
