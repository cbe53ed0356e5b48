package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A candidate absent or excused from the jury has no verdict, whatever is recorded; the blocks are
 * judged all the same.
 */
class AttendanceTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  private static Dossier away(Attendance attendance, boolean recorded) {
    Dossier present = admissible().build();
    JuryDeliberation jury = present.getJury().orElseThrow();
    JuryDeliberation.Builder record = JuryDeliberation.builder().session(jury.getSession()).attendance(attendance);
    if (recorded) {
      record.votes(jury.getVotes()).declaredVerdict(jury.getDeclaredVerdict());
    }
    return Dossier.builder().from(present).jury(record.build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = Attendance.class, names = {"ABSENT", "EXCUSED"})
  void noVerdictAndTheBlocksJudgedAllTheSame(Attendance attendance) {
    Decision<DossierOutcome> decision = RULES.decide(away(attendance, false));
    DossierOutcome outcome = decision.outcome();
    assertThat(outcome.ruling()).isEqualTo(attendance == Attendance.ABSENT ? Ruling.ABSENT : Ruling.EXCUSED);
    assertThat(outcome.ruling().verdict()).isEmpty();
    assertThat(outcome.deliberation()).isEmpty();
    assertThat(outcome.audit()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(outcome.certification()).isEqualTo(RULES.decide(admissible().build()).outcome().certification());
    assertThat(decision.codes()).contains(attendance == Attendance.ABSENT
        ? FindingCode.CANDIDATE_ABSENT : FindingCode.CANDIDATE_EXCUSED)
        .doesNotContain(FindingCode.VERDICT_RECORDED_FOR_ABSENT_CANDIDATE, FindingCode.VOTES_TALLIED,
            FindingCode.VERDICT_NOT_DECLARED, FindingCode.DECLARATION_CONSISTENT);
  }

  @ParameterizedTest
  @EnumSource(value = Attendance.class, names = {"ABSENT", "EXCUSED"})
  void votesRecordedForACandidateWhoDidNotAttendAreNotReadAndMakeTheRecordInconsistent(Attendance attendance) {
    Decision<DossierOutcome> decision = RULES.decide(away(attendance, true));
    assertThat(decision.outcome().ruling().verdict()).isEmpty();
    assertThat(decision.outcome().audit()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(decision.findings(FindingCode.VERDICT_RECORDED_FOR_ABSENT_CANDIDATE)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("10", "ADMISSIBLE"));
    assertThat(io.github.cqpm.rules.decision.Messages.explain(
        decision.findings(FindingCode.VERDICT_RECORDED_FOR_ABSENT_CANDIDATE).get(0), java.util.Locale.FRENCH))
        .contains("le candidat ne s'est pas présenté au jury, et pourtant 10 vote(s)");
  }
}
