package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.juror;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliberationTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  /** A jury of 2 × n; the votes given in member order P1..Pn, S1..Sn. */
  static JuryDeliberation votes(JurySession session, VoteChoice... choices) {
    JuryDeliberation.Builder d = JuryDeliberation.builder().session(session);
    for (int i = 0; i < choices.length; i++) {
      d.addVotes(Vote.of(session.getMembers().get(i).getId(), choices[i]));
    }
    return d.build();
  }

  private static final VoteChoice A = VoteChoice.ADMISSIBLE;
  private static final VoteChoice N = VoteChoice.NOT_ADMISSIBLE;
  private static final VoteChoice X = VoteChoice.ABSTENTION;

  @Test
  void theMajorityDecides() {
    Decision<DeliberationOutcome> decision = RULES.deliberation(votes(Fixtures.jury(2).build(), N, A, A, A));
    assertThat(decision.outcome()).isEqualTo(new DeliberationOutcome(Optional.of(Verdict.ADMISSIBLE), 3, 1, 0, false));
    assertThat(decision.findings()).extracting(Finding::code, Finding::argumentTexts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingCode.VOTES_TALLIED, List.of("3", "1", "0")));
  }

  @Test
  void onATieThePresidentsVotePrevails() {
    Decision<DeliberationOutcome> decision = RULES.deliberation(votes(Fixtures.jury(2).build(), N, A, A, N));
    assertThat(decision.outcome().verdict()).contains(Verdict.NOT_ADMISSIBLE);
    assertThat(decision.outcome().presidentDecided()).isTrue();
    assertThat(decision.findings(FindingCode.TIE_BROKEN_BY_PRESIDENT)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("P1", "NOT_ADMISSIBLE"));
  }

  @Test
  void aTieThePresidentDoesNotBreakIsUndecidedByDefault() {
    Decision<DeliberationOutcome> abstaining = RULES.deliberation(votes(Fixtures.jury(3).build(), X, A, A, N, N, X));
    assertThat(abstaining.outcome().verdict()).isEmpty();
    assertThat(abstaining.outcome().abstentions()).isEqualTo(2);
    assertThat(abstaining.findings(FindingCode.TIE_UNRESOLVED)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).isEmpty());
    assertThat(abstaining.codes()).doesNotContain(FindingCode.TIE_SETTLED_BY_POLICY);
    CqpmRules strict = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withTieFallback(RulePolicy.TieFallback.NOT_ADMISSIBLE));
    Decision<DeliberationOutcome> fallback = strict.deliberation(votes(Fixtures.jury(3).build(), X, A, A, N, N, X));
    assertThat(fallback.outcome().verdict()).contains(Verdict.NOT_ADMISSIBLE);
    assertThat(fallback.findings(FindingCode.TIE_SETTLED_BY_POLICY)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("NOT_ADMISSIBLE"));
    assertThat(fallback.codes()).doesNotContain(FindingCode.TIE_UNRESOLVED);
    assertThat(fallback.hasErrors()).as("a tie the policy settles is regular").isFalse();
    assertThat(RULES.deliberation(votes(Fixtures.jury(1).build())).outcome().verdict()).as("no vote at all").isEmpty();
  }

  @Test
  void aNonVotingMembersVoteIsReportedAndNotCounted() {
    JurySession session = Fixtures.jury(1).addMembers(juror("T", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CGT", false)).build();
    Decision<DeliberationOutcome> decision = RULES.deliberation(votes(session, A, N, N));
    assertThat(decision.outcome().verdict()).contains(Verdict.ADMISSIBLE);
    assertThat(decision.outcome().notAdmissible()).isEqualTo(1);
    assertThat(decision.findings().get(0).code()).isEqualTo(FindingCode.NON_VOTING_MEMBER_VOTED);
  }

  @Test
  void aQuorumSetByPolicyIsChecked() {
    CqpmRules quorum = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withQuorum(4));
    Decision<DeliberationOutcome> decision = quorum.deliberation(votes(Fixtures.jury(3).build(), A, A, N));
    assertThat(decision.outcome().verdict()).isEmpty();
    assertThat(decision.findings(FindingCode.QUORUM_NOT_MET)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("3", "4"));
    assertThat(quorum.deliberation(votes(Fixtures.jury(3).build(), A, A, N, X)).outcome().verdict()).contains(Verdict.ADMISSIBLE);
  }

  @Test
  void tieBreakIsAPlainFunction() {
    assertThat(TieBreak.verdict(3, 2, Optional.of(N))).contains(Verdict.ADMISSIBLE);
    assertThat(TieBreak.verdict(2, 3, Optional.of(A))).contains(Verdict.NOT_ADMISSIBLE);
    assertThat(TieBreak.verdict(2, 2, Optional.of(A))).contains(Verdict.ADMISSIBLE);
    assertThat(TieBreak.verdict(2, 2, Optional.of(X))).isEmpty();
    assertThat(TieBreak.verdict(0, 0, Optional.empty())).isEmpty();
  }

  @Test
  void thePolicyRejectsANegativeQuorum() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> RulePolicy.defaults().withQuorum(-1))
        .withMessage("quorum: must be zero or more, was -1");
  }
}
