package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's full decision on a dossier: the verdict the fiche calls for, the certification
 * with every block and capacity, and the jury's tally when it sat.
 *
 * @param verdict {@link Verdict#ADMISSIBLE} when the candidacy and the procedure are conform and
 *     every block is acquired and valid at the jury date; {@link Verdict#NOT_ADMISSIBLE} otherwise
 * @param certification the blocks' and capacities' statuses
 * @param deliberation the jury's tally, when the dossier records a deliberation
 */
public record DossierOutcome(
    Verdict verdict, CertificationOutcome certification, Optional<DeliberationOutcome> deliberation) {

  /**
   * Checks the components.
   *
   * @param verdict the verdict
   * @param certification the certification
   * @param deliberation the tally
   */
  public DossierOutcome {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(deliberation, "deliberation");
  }
}
