package io.github.cqpm.cdc;

import java.util.Objects;
import java.util.Optional;

/**
 * A passage the CDC refused, as its report names it.
 *
 * @param idTechnique the passage's identifier, as sent
 * @param message the CDC's message ({@code messageErreur}), as written
 */
public record RefusedPassage(String idTechnique, String message) {
  /**
   * Checks that both are given.
   *
   * @param idTechnique the identifier
   * @param message the message
   */
  public RefusedPassage {
    Objects.requireNonNull(idTechnique, "idTechnique");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The passage read back from its identifier: the certification, the candidate, the jury's date.
   *
   * @return the passage's parts; empty when cqpm did not write the identifier
   */
  public Optional<PassageId> passage() {
    return PassageId.parse(idTechnique);
  }
}
