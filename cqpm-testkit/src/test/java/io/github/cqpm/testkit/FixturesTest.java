package io.github.cqpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import org.junit.jupiter.api.Test;

/** Every named fixture produces exactly the decision its name promises. */
class FixturesTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  private static Decision<DossierOutcome> decide(Dossier dossier) {
    return RULES.decide(dossier);
  }

  @Test
  void admissibleTrainingPath() {
    Dossier dossier = Fixtures.admissibleTrainingPath();
    Decision<DossierOutcome> decision = decide(dossier);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(decision.hasErrors()).isFalse();
    assertThat(dossier.getCandidacy().getSponsor()).isPresent();
    assertThat(RULES.audit(dossier).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
  }

  @Test
  void admissibleVae() {
    Dossier dossier = Fixtures.admissibleVae();
    assertThat(dossier.getVae()).isPresent();
    assertThat(decide(dossier).outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(decide(dossier).hasErrors()).isFalse();
    assertThat(RULES.audit(dossier).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
  }

  @Test
  void missingBlock2() {
    Dossier dossier = Fixtures.missingBlock2();
    Decision<DossierOutcome> decision = decide(dossier);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.outcome().certification().attestedBlocks()).extracting(b -> b.block().getBlockNumber()).containsExactly(1, 3);
    assertThat(decision.findings(FindingCode.BLOCK_NOT_ACQUIRED)).extracting(Finding::argumentTexts).containsExactly(java.util.List.of("RNCP19453BC02"));
    assertThat(decision.findings(FindingCode.CAPACITY_NOT_ASSESSED)).extracting(Finding::argumentTexts).containsExactly(java.util.List.of("C5"));
    assertThat(RULES.audit(dossier).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
  }

  @Test
  void blockAcquiredFiveYearsAndOneDayBeforeJury() {
    Dossier dossier = Fixtures.blockAcquiredFiveYearsAndOneDayBeforeJury();
    Decision<DossierOutcome> decision = decide(dossier);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.findings(FindingCode.BLOCK_EXPIRED)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02", "2011-06-19", "2016-06-19"));
    BlockStatus block2 = decision.outcome().certification().blocks().get(1);
    assertThat(block2.valid()).isFalse();
    assertThat(RULES.audit(dossier).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
  }

  @Test
  void tieBrokenByPresident() {
    Decision<DossierOutcome> decision = decide(Fixtures.tieBrokenByPresident());
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(decision.outcome().deliberation()).hasValueSatisfying(t -> {
      assertThat(t.presidentDecided()).isTrue();
      assertThat(t.admissible()).isEqualTo(t.notAdmissible());
      assertThat(t.verdict()).contains(Verdict.ADMISSIBLE);
    });
    assertThat(decision.codes()).contains(FindingCode.TIE_BROKEN_BY_PRESIDENT);
    assertThat(RULES.audit(Fixtures.tieBrokenByPresident()).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
  }

  @Test
  void candidateFromFrenchPolynesia() {
    Decision<DossierOutcome> decision = decide(Fixtures.candidateFromFrenchPolynesia());
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.codes()).contains(FindingCode.TERRITORY_NOT_ACCESSIBLE);
    assertThat(decision.outcome().certification().due()).isTrue();
    assertThat(RULES.audit(Fixtures.candidateFromFrenchPolynesia()).outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
  }

  @Test
  void juryAfterRegistrationEnd() {
    Decision<DossierOutcome> decision = decide(Fixtures.juryAfterRegistrationEnd());
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.findings(FindingCode.JURY_AFTER_REGISTRATION)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("2019-08-12", "2019-08-09"));
  }

  @Test
  void partialTargetBlock2Acquired() {
    Decision<DossierOutcome> decision = decide(Fixtures.partialTargetBlock2Acquired());
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.TARGET_MET);
    assertThat(decision.outcome().audit()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(decision.outcome().certification().attestedBlocks()).extracting(b -> b.block().toString())
        .containsExactly("RNCP19453BC02");
    assertThat(decision.findings(FindingCode.TARGET_MET)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02", "2016-06-20"));
  }

  @Test
  void candidateAbsentAndCandidateExcused() {
    Decision<DossierOutcome> absent = decide(Fixtures.candidateAbsent());
    assertThat(absent.outcome().ruling()).isEqualTo(Ruling.ABSENT);
    assertThat(absent.outcome().certification().due()).isTrue();
    assertThat(absent.outcome().audit()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(absent.findings(FindingCode.CANDIDATE_ABSENT)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("2016-06-20"));
    Decision<DossierOutcome> excused = decide(Fixtures.candidateExcused());
    assertThat(excused.outcome().ruling()).isEqualTo(Ruling.EXCUSED);
    assertThat(excused.codes()).contains(FindingCode.CANDIDATE_EXCUSED);
  }

  @Test
  void fixturesAreValuesTheSameOnEveryCall() {
    assertThat(Fixtures.admissibleTrainingPath()).isEqualTo(Fixtures.admissibleTrainingPath());
    assertThat(Fixtures.tieBrokenByPresident()).isNotEqualTo(Fixtures.admissibleTrainingPath());
  }
}
