package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.JURY;
import static io.github.cqpm.rules.Fixtures.juror;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each breach of the jury's composition is its own finding. */
class JuryCompositionRuleTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  @Test
  void fiveEmployersAndFiveUnionsWithAPresidentAreConform() {
    Decision<Conformity> decision = RULES.juryComposition(Fixtures.jury(5).build());
    assertThat(decision.outcome()).isEqualTo(Conformity.CONFORM);
    assertThat(decision.findings()).isEmpty();
  }

  @Test
  void temporaryWorkMembersAsNeededOnEachSide() {
    JurySession withTemporaryWork = Fixtures.jury(4)
        .addMembers(juror("PT", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
        .addMembers(juror("ST", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFTC", true))
        .build();
    assertThat(RULES.juryComposition(withTemporaryWork).findings()).isEmpty();
  }

  @Test
  void aJuryOfSixEmployerMembersBreaksFourRules() {
    JurySession.Builder six = JurySession.builder().date(JURY);
    for (int i = 1; i <= 6; i++) {
      six.addMembers(juror("E" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    Decision<Conformity> decision = RULES.juryComposition(six.build());
    assertThat(decision.outcome()).isEqualTo(Conformity.NOT_CONFORM);
    assertThat(decision.findings()).extracting(Finding::code, Finding::argumentTexts).containsExactly(
        tuple(FindingCode.JURY_NOT_PARITARY, List.of("0", "6")),
        tuple(FindingCode.TOO_MANY_METALLURGY_EMPLOYERS, List.of("6", "5")),
        tuple(FindingCode.NO_UNION_REPRESENTATIVE, List.of()),
        tuple(FindingCode.PRESIDENT_MISSING, List.of()));
  }

  @Test
  void atMostOneTemporaryWorkMemberOnEachSide() {
    JurySession twoEach = Fixtures.jury(3)
        .addMembers(juror("PT1", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
        .addMembers(juror("PT2", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .addMembers(juror("ST1", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFE-CGC", true))
        .addMembers(juror("ST2", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFTC", false))
        .build();
    assertThat(RULES.juryComposition(twoEach).codes())
        .containsExactly(FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYERS, FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYEES);
  }

  @Test
  void onlyOneRepresentativePerUnionVotes() {
    JurySession twoCgt = Fixtures.jury(5)
        .addMembers(juror("S6", College.EMPLOYEE, Branch.METALLURGY, "cgt", true))
        .addMembers(juror("P6", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
        .build();
    assertThat(RULES.juryComposition(twoCgt).findings())
        .extracting(Finding::code, f -> f.subject().toString(), Finding::argumentTexts)
        .containsExactly(tuple(FindingCode.UNION_HAS_SEVERAL_VOTES, "MEMBER S6", List.of("CGT", "2")));
    JurySession secondWithoutVote = Fixtures.jury(5)
        .addMembers(juror("S6", College.EMPLOYEE, Branch.METALLURGY, "CGT", false))
        .build();
    assertThat(RULES.juryComposition(secondWithoutVote).findings()).isEmpty();
  }

  @Test
  void thePresidentSitsWithAVote() {
    assertThat(RULES.juryComposition(Fixtures.jury(5).president("X9").build()).findings())
        .extracting(Finding::code, Finding::argumentTexts)
        .containsExactly(tuple(FindingCode.PRESIDENT_NOT_MEMBER, List.of("X9")));
    JurySession presidentWithoutVote = Fixtures.jury(5)
        .addMembers(juror("PR", College.EMPLOYER, Branch.METALLURGY, "UIMM", false))
        .president("PR").build();
    assertThat(RULES.juryComposition(presidentWithoutVote).codes()).containsExactly(FindingCode.TOO_MANY_METALLURGY_EMPLOYERS, FindingCode.PRESIDENT_WITHOUT_VOTE);
  }
}
