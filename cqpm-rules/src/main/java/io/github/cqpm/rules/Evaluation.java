package io.github.cqpm.rules;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.jury.Verdict;
import java.util.List;
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
 * @param target the blocks a candidacy targets when it targets some only; empty for the whole CQPM
 */
record Evaluation(
    Optional<DeliberationOutcome> tally,
    Optional<Verdict> declared,
    Verdict evidence,
    CertificationOutcome certification,
    int caseErrors,
    int compositionErrors,
    List<BlockCode> target) {

  /** Whether the candidacy targets some blocks only. */
  boolean partial() {
    return !target.isEmpty();
  }

  /**
   * Whether what the jury may validate is all acquired and valid: every block (the CQPM due), or
   * every targeted block.
   */
  boolean blocksAcquired() {
    return certification.acquired(target);
  }

  /** The codes of the blocks missing that the decision needs, joined: "RNCP19453BC02, …". */
  String missingBlocks() {
    StringBuilder text = new StringBuilder();
    for (BlockStatus block : partial() ? certification.missingBlocks(target) : certification.missingBlocks()) {
      text.append(text.length() == 0 ? "" : ", ").append(block.block());
    }
    return text.toString();
  }

  /** The votes' verdict when votes are recorded, else the declared verdict. */
  Optional<Verdict> juryVerdict() {
    return tally.isPresent() ? tally.get().verdict() : declared;
  }
}
