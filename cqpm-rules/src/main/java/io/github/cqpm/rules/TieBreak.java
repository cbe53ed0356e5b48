package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.VoteChoice;
import java.util.Optional;

/**
 * The majority of the jury, and its tie-break: "En cas de partage des voix, celle du président du
 * jury est prépondérante."
 */
public final class TieBreak {
  private static final EnumOptionals<Verdict> VERDICTS = new EnumOptionals<>(Verdict.class);
  private TieBreak() {}

  /**
   * The verdict of a vote.
   *
   * @param admissible votes for declaring the candidate admissible
   * @param notAdmissible votes against
   * @param presidentVote what the president voted, if the president sits with a vote and voted
   * @return the majority's verdict; on a tie, the president's vote; empty on a tie the president
   *     did not break (no vote, or an abstention)
   */
  public static Optional<Verdict> verdict(
      long admissible, long notAdmissible, Optional<VoteChoice> presidentVote) {
    if (admissible != notAdmissible) {
      return VERDICTS.of(admissible > notAdmissible ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE);
    }
    return presidentVote.flatMap(TieBreak::asVerdict);
  }

  /**
   * The verdict a vote is for.
   *
   * @param choice the vote
   * @return the verdict, or empty for an abstention
   */
  static Optional<Verdict> asVerdict(VoteChoice choice) {
    switch (choice) {
      case ADMISSIBLE:
        return VERDICTS.of(Verdict.ADMISSIBLE);
      case NOT_ADMISSIBLE:
        return VERDICTS.of(Verdict.NOT_ADMISSIBLE);
      default:
        return Optional.empty();
    }
  }
}
