package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import java.util.Optional;

/**
 * What the rules found of a dossier before they decide and audit: the votes' tally, the declared
 * verdict, the evidence's call with the certification, and the counts of errors the decision and
 * the audit weigh.
 *
 * @param tally the votes' tally, when votes are recorded
 * @param declared the verdict the jury declared
 * @param evidence what the evidence calls for
 * @param certification the certification at the decision date
 * @param caseErrors ERROR findings of the candidacy, the procedure and the codes used
 * @param compositionErrors ERROR findings of the jury's composition
 */
record Evaluation(
    Optional<DeliberationOutcome> tally,
    Optional<Verdict> declared,
    Verdict evidence,
    CertificationOutcome certification,
    int caseErrors,
    int compositionErrors) {

  /** The votes' verdict when votes are recorded, else the declared verdict. */
  Optional<Verdict> juryVerdict() {
    return tally.isPresent() ? tally.get().verdict() : declared;
  }
}
