package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.DossierConformity;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deliberation: only the votes of members who sit with a vote count ("Seul un représentant par
 * organisation syndicale siège dans le jury avec droit de vote"); the majority of votes for and
 * against decides, abstentions counting for neither (policy: the fiche is silent on abstentions);
 * on a tie "celle du président du jury est prépondérante" ({@link TieBreak}). A tie the president
 * does not break, and a quorum not met, follow the {@link RulePolicy}: with no verdict, the
 * deliberation is irregular ({@code TIE_UNRESOLVED}, {@code QUORUM_NOT_MET}); a tie settled by the
 * policy gives not admissible ({@code TIE_SETTLED_BY_POLICY}). Votes of members without a vote are
 * the model's nonconformities ({@code DossierConformity.votes}), reported and not counted.
 */
final class DeliberationRule {
  private static final EnumOptionals<VoteChoice> CHOICES = new EnumOptionals<>(VoteChoice.class);
  private static final Optional<Verdict> NOT_ADMISSIBLE = Optional.of(Verdict.NOT_ADMISSIBLE);

  private DeliberationRule() {}

  /**
   * A verdict declared with no vote recorded: under a quorum, no vote is fewer votes than it
   * needs, as one vote short is ({@code QUORUM_NOT_MET} with 0 voted).
   */
  static List<Finding> quorumWithoutVotes(RulePolicy policy) {
    return policy.quorum() > 0
        ? List.of(Finding.of(FindingCode.QUORUM_NOT_MET, Subject.JURY, 0L, policy.quorum()))
        : List.of();
  }

  /**
   * The tally and its verdict, with the findings: the votes that do not count (as the model
   * reports them, with their paths), the tally, then how it decides.
   */
  static Decision<DeliberationOutcome> apply(RulePolicy policy, JuryDeliberation deliberation) {
    List<Finding> out = new ArrayList<>(4);
    DeliberationOutcome outcome = tally(policy, deliberation, out);
    return new Decision<>(outcome, out);
  }

  private static DeliberationOutcome tally(
      RulePolicy policy, JuryDeliberation deliberation, List<Finding> out) {
    long admissible = 0;
    long notAdmissible = 0;
    long abstentions = 0;
    VoteChoice presidentVote = null;
    String president = deliberation.getSession().getPresident().orElse(null);
    List<Vote> votes = deliberation.getVotes();
    boolean nonVoting = false;
    for (int i = 0; i < votes.size(); i++) {
      Vote vote = votes.get(i);
      if (!deliberation.getSession().isVotingMember(vote.getMember())) {
        nonVoting = true;
        continue;
      }
      switch (vote.getChoice()) {
        case ADMISSIBLE:
          admissible++;
          break;
        case NOT_ADMISSIBLE:
          notAdmissible++;
          break;
        default:
          abstentions++;
      }
      if (vote.getMember().equals(president)) {
        presidentVote = vote.getChoice();
      }
    }
    if (nonVoting) {
      // the model says which votes do not count, with their paths; reported before the tally
      out.addAll(NonconformityFindings.findings(DossierConformity.votes(deliberation)));
    }
    out.add(
        Finding.of(
            FindingCode.VOTES_TALLIED, Subject.JURY, admissible, notAdmissible, abstentions));
    long voted = admissible + notAdmissible + abstentions;
    if (voted < policy.quorum()) {
      out.add(Finding.of(FindingCode.QUORUM_NOT_MET, Subject.JURY, voted, policy.quorum()));
      return new DeliberationOutcome(
          Optional.empty(), admissible, notAdmissible, abstentions, false);
    }
    Optional<Verdict> verdict =
        TieBreak.verdict(
            admissible, notAdmissible,
            presidentVote == null ? Optional.empty() : CHOICES.of(presidentVote));
    boolean tie = admissible == notAdmissible;
    if (tie && verdict.isPresent()) {
      out.add(
          Finding.of(
              FindingCode.TIE_BROKEN_BY_PRESIDENT,
              Subject.of(Subject.Kind.MEMBER, president),
              president,
              verdict.get()));
    } else if (tie) {
      if (policy.tieFallback() == RulePolicy.TieFallback.NOT_ADMISSIBLE) {
        out.add(Finding.of(FindingCode.TIE_SETTLED_BY_POLICY, Subject.JURY, Verdict.NOT_ADMISSIBLE));
        return new DeliberationOutcome(
            NOT_ADMISSIBLE, admissible, notAdmissible, abstentions, false);
      }
      out.add(Finding.of(FindingCode.TIE_UNRESOLVED, Subject.JURY));
      return new DeliberationOutcome(
          Optional.empty(), admissible, notAdmissible, abstentions, false);
    }
    return new DeliberationOutcome(verdict, admissible, notAdmissible, abstentions, tie);
  }
}
