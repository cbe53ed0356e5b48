package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import java.util.Objects;
import java.util.Optional;

/**
 * The tally of a deliberation and the verdict it gives.
 *
 * @param verdict the verdict; empty when undecided (a tie the president did not break, or no
 *     quorum)
 * @param admissible counted votes for admissible
 * @param notAdmissible counted votes for not admissible
 * @param abstentions counted abstentions
 * @param presidentDecided whether the votes were tied and the president's vote decided
 */
public record DeliberationOutcome(
    Optional<Verdict> verdict,
    long admissible,
    long notAdmissible,
    long abstentions,
    boolean presidentDecided) {

  /**
   * Checks the components.
   *
   * @param verdict the verdict
   * @param admissible votes for
   * @param notAdmissible votes against
   * @param abstentions abstentions
   * @param presidentDecided whether the president's casting vote decided
   */
  public DeliberationOutcome {
    Objects.requireNonNull(verdict, "verdict");
  }
}
