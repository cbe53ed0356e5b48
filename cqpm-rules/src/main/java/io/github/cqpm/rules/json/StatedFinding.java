package io.github.cqpm.rules.json;

import io.github.cqpm.rules.decision.Finding;
import java.util.Objects;

/**
 * A finding as a decision document states it: the finding, its message and the fiche's sentence,
 * in the document's language, as they were written (a stored decision keeps the words it was
 * given, whatever a later version of the library would say).
 *
 * @param finding the finding; read back, its arguments are their texts
 * @param message its message
 * @param sentence the fiche's sentence it applies
 */
public record StatedFinding(Finding finding, String message, String sentence) {
  /**
   * Checks the components.
   *
   * @param finding the finding
   * @param message its message
   * @param sentence the fiche's sentence
   */
  public StatedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sentence, "sentence");
  }
}
