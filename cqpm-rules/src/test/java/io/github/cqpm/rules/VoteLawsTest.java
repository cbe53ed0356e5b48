package io.github.cqpm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Laws of the deliberation, over generated juries and votes. */
class VoteLawsTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  /** Up to 12 voting members V0..Vn-1, each voting or not, president at a drawn index. */
  static Gen<JuryDeliberation> deliberations() {
    Gen<List<Optional<VoteChoice>>> ballots =
        SourceDSL.lists().of(Generate.enumValues(VoteChoice.class).toOptionals(15)).ofSizeBetween(1, 12);
    return ballots.zip(SourceDSL.integers().between(0, 11), (list, p) -> {
      JurySession.Builder session = JurySession.builder().date(Fixtures.JURY).president("V" + (p % list.size()));
      JuryDeliberation.Builder d = JuryDeliberation.builder();
      for (int i = 0; i < list.size(); i++) {
        session.addMembers(Fixtures.juror("V" + i, i % 2 == 0 ? College.EMPLOYER : College.EMPLOYEE, Branch.METALLURGY, "O" + i, true));
        int index = i;
        list.get(i).ifPresent(choice -> d.addVotes(Vote.of("V" + index, choice)));
      }
      return d.session(session.build()).build();
    });
  }

  private static Optional<Verdict> verdict(JuryDeliberation d) {
    return RULES.deliberation(d).outcome().verdict();
  }

  @Test
  void permutingVotesNeverChangesTheOutcome() {
    qt().forAll(deliberations(), SourceDSL.longs().all()).checkAssert((d, seed) -> {
      List<Vote> shuffled = new ArrayList<>(d.getVotes());
      Collections.shuffle(shuffled, new Random(seed));
      JuryDeliberation permuted = JuryDeliberation.builder().from(d).votes(shuffled).build();
      assertThat(RULES.deliberation(permuted).outcome()).isEqualTo(RULES.deliberation(d).outcome());
    });
  }

  @Test
  void addingAVoteForXNeverTurnsAnXOutcomeIntoNotX() {
    qt().forAll(deliberations(), Generate.enumValues(Verdict.class)).checkAssert((d, x) -> {
      Optional<Verdict> before = verdict(d);
      JurySession larger = JurySession.builder().from(d.getSession())
          .addMembers(Fixtures.juror("NEW", College.EMPLOYEE, Branch.METALLURGY, "NEW", true)).build();
      JuryDeliberation more = JuryDeliberation.builder().from(d).session(larger)
          .addVotes(Vote.of("NEW", x == Verdict.ADMISSIBLE ? VoteChoice.ADMISSIBLE : VoteChoice.NOT_ADMISSIBLE)).build();
      if (before.equals(Optional.of(x))) {
        assertThat(verdict(more)).contains(x);
      }
    });
  }

  @Test
  void withoutATieThePresidentsVoteWeighsLikeAnyOther() {
    qt().forAll(deliberations(), SourceDSL.integers().between(0, 11)).checkAssert((d, other) -> {
      DeliberationOutcome outcome = RULES.deliberation(d).outcome();
      if (outcome.admissible() == outcome.notAdmissible()) {
        return;
      }
      String newPresident = d.getSession().getMembers().get(other % d.getSession().getMembers().size()).getId();
      JuryDeliberation otherPresident = JuryDeliberation.builder().from(d)
          .session(JurySession.builder().from(d.getSession()).president(newPresident).build()).build();
      assertThat(verdict(otherPresident)).isEqualTo(outcome.verdict());
      assertThat(outcome.verdict()).contains(outcome.admissible() > outcome.notAdmissible() ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE);
      assertThat(outcome.presidentDecided()).isFalse();
    });
  }

  @Test
  void withATieTheOutcomeIsThePresidentsVote() {
    qt().forAll(deliberations()).checkAssert(d -> {
      DeliberationOutcome outcome = RULES.deliberation(d).outcome();
      if (outcome.admissible() != outcome.notAdmissible()) {
        return;
      }
      String president = d.getSession().getPresident().orElseThrow();
      Optional<VoteChoice> presidentVote = d.getVotes().stream().filter(v -> v.getMember().equals(president)).map(Vote::getChoice).findFirst();
      Optional<Verdict> expected = presidentVote.flatMap(c -> c == VoteChoice.ABSTENTION ? Optional.empty()
          : Optional.of(c == VoteChoice.ADMISSIBLE ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE));
      assertThat(outcome.verdict()).isEqualTo(expected);
      assertThat(outcome.presidentDecided()).isEqualTo(expected.isPresent());
    });
  }

  @Test
  void decisionsAreDeterministic() {
    qt().forAll(deliberations()).checkAssert(d ->
        assertThat(RULES.deliberation(JuryDeliberation.builder().from(d).build())).isEqualTo(RULES.deliberation(d)));
  }
}
