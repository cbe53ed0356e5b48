package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.ASSESSED;
import static io.github.cqpm.rules.Fixtures.JURY;
import static io.github.cqpm.rules.Fixtures.admissible;
import static io.github.cqpm.rules.Fixtures.admissibleWithout;
import static io.github.cqpm.rules.Fixtures.block;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificationTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  private static Dossier withOpinions(CompanyOpinion... opinions) {
    return Dossier.builder().from(admissible().build()).companyOpinions(List.of(opinions)).build();
  }

  @Test
  void everyCapacityValidatedWithEveryOpinionMakesTheCqpmDue() {
    Decision<CertificationOutcome> decision = RULES.certification(admissible().build());
    CertificationOutcome outcome = decision.outcome();
    assertThat(outcome.due()).isTrue();
    assertThat(outcome.date()).isEqualTo(JURY);
    assertThat(outcome.blocks()).extracting(b -> b.block().getBlockNumber()).containsExactly(1, 2, 3);
    assertThat(outcome.blocks()).allSatisfy(b -> {
      assertThat(b.valid()).isTrue();
      assertThat(b.acquiredOn()).contains(JURY);
      assertThat(b.firstInvalidDay()).contains(LocalDate.of(2021, 6, 20));
      assertThat(b.opinion()).contains(OpinionPolarity.FAVOURABLE);
    });
    assertThat(outcome.attestedBlocks()).hasSize(3);
    assertThat(decision.findings().get(decision.findings().size() - 1).code()).isEqualTo(FindingCode.CERTIFICATION_DUE);
    assertThat(decision.findings(FindingCode.CAPACITY_VALIDATED)).hasSize(8);
    assertThat(decision.hasErrors()).isFalse();
  }

  @Test
  void aCandidateMissingC5HasBlock2NotAcquiredAndTheOthersAttested() {
    Decision<CertificationOutcome> decision = RULES.certification(admissibleWithout(5).build());
    assertThat(decision.outcome().due()).isFalse();
    assertThat(decision.outcome().attestedBlocks()).extracting(b -> b.block().getBlockNumber()).containsExactly(1, 3);
    assertThat(decision.outcome().missingBlocks()).extracting(b -> b.block().getBlockNumber()).containsExactly(2);
    assertThat(decision.outcome().missingCapacities()).extracting(c -> c.capacity().toString(), CapacityStatus::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C5", CapacityStatus.State.NOT_ASSESSED));
    BlockStatus block2 = decision.outcome().blocks().get(1);
    assertThat(block2.capacities()).extracting(CapacityStatus::state)
        .containsExactly(CapacityStatus.State.VALIDATED, CapacityStatus.State.NOT_ASSESSED);
    assertThat(decision.findings(FindingCode.CAPACITY_NOT_ASSESSED)).extracting(Finding::argumentTexts).containsExactly(List.of("C5"));
    assertThat(decision.findings(FindingCode.BLOCK_NOT_ACQUIRED)).extracting(Finding::argumentTexts).containsExactly(List.of("RNCP19453BC02"));
    assertThat(decision.findings(FindingCode.CERTIFICATION_NOT_DUE)).extracting(Finding::argumentTexts).containsExactly(List.of("RNCP19453BC02", "1"));
  }

  @Test
  void theLatestAssessmentCountsAndOnOneDayAValidationPrevails() {
    Dossier failedThenPassed = admissibleWithout(4)
        .addAssessments(Fixtures.assessed(4, ASSESSED.minusDays(30), AssessmentOutcome.NOT_VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .addAssessments(Fixtures.assessed(4, ASSESSED, AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .build();
    assertThat(RULES.certification(failedThenPassed).outcome().due()).isTrue();
    Dossier passedThenFailed = admissibleWithout(4)
        .addAssessments(Fixtures.assessed(4, ASSESSED, AssessmentOutcome.NOT_VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .addAssessments(Fixtures.assessed(4, ASSESSED.minusDays(30), AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .build();
    Decision<CertificationOutcome> failed = RULES.certification(passedThenFailed);
    assertThat(failed.outcome().due()).isFalse();
    assertThat(failed.findings(FindingCode.CAPACITY_NOT_VALIDATED)).extracting(Finding::argumentTexts).containsExactly(List.of("C4", "2016-05-17"));
    Dossier sameDay = admissibleWithout(4)
        .addAssessments(Fixtures.assessed(4, ASSESSED, AssessmentOutcome.NOT_VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .addAssessments(Fixtures.assessed(4, ASSESSED, AssessmentOutcome.VALIDATED, EvaluationMethod.QUESTIONING_WITH_EVIDENCE))
        .build();
    assertThat(RULES.certification(sameDay).outcome().due()).isTrue();
  }

  @Test
  void evidenceAfterTheJuryIsLeftOut() {
    Dossier late = admissibleWithout(7)
        .addAssessments(Fixtures.assessed(7, JURY.plusDays(1), AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .build();
    Decision<CertificationOutcome> decision = RULES.certification(late);
    assertThat(decision.outcome().due()).isFalse();
    assertThat(decision.findings(FindingCode.EVIDENCE_AFTER_DECISION_DATE)).extracting(Finding::argumentTexts)
        .containsExactly(List.of("C7", "2016-06-21"));
    assertThat(decision.findings(FindingCode.CAPACITY_NOT_ASSESSED)).hasSize(1);
  }

  @Test
  void aReconstitutedSituationValidatesAndIsNoted() {
    Dossier reconstituted = admissibleWithout(6)
        .addAssessments(Fixtures.assessed(6, ASSESSED, AssessmentOutcome.VALIDATED, EvaluationMethod.WRITTEN_OR_ORAL_RESTITUTION))
        .build();
    Decision<CertificationOutcome> decision = RULES.certification(reconstituted);
    assertThat(decision.outcome().due()).isTrue();
    assertThat(decision.findings(FindingCode.RECONSTITUTED_SITUATION_USED)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(decision.outcome().blocks().get(2).capacities().get(0).modality()).contains(EvaluationModality.RECONSTITUTED_SITUATION);
  }

  @Test
  void withoutTheCompanysOpinionTheBlockIsNotAcquired() {
    Decision<CertificationOutcome> decision = RULES.certification(withOpinions(
        Fixtures.opinion(1, ASSESSED, OpinionPolarity.FAVOURABLE), Fixtures.opinion(3, ASSESSED, OpinionPolarity.FAVOURABLE)));
    assertThat(decision.outcome().due()).isFalse();
    assertThat(decision.findings(FindingCode.COMPANY_OPINION_MISSING)).extracting(Finding::argumentTexts).containsExactly(List.of("RNCP19453BC02"));
    assertThat(decision.outcome().blocks().get(1).opinion()).isEmpty();
  }

  @Test
  void anUnfavourableOpinionIsAdvisoryByDefaultAndBlockingByChoice() {
    Dossier unfavourable = withOpinions(
        Fixtures.opinion(1, ASSESSED, OpinionPolarity.FAVOURABLE),
        Fixtures.opinion(2, ASSESSED, OpinionPolarity.UNFAVOURABLE),
        Fixtures.opinion(2, ASSESSED, OpinionPolarity.FAVOURABLE),
        Fixtures.opinion(3, ASSESSED, OpinionPolarity.FAVOURABLE));
    Decision<CertificationOutcome> advisory = RULES.certification(unfavourable);
    assertThat(advisory.outcome().due()).isTrue();
    assertThat(advisory.findings(FindingCode.COMPANY_OPINION_UNFAVOURABLE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    CqpmRules blocking = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withUnfavourableOpinion(RulePolicy.OpinionPolicy.BLOCKING));
    Decision<CertificationOutcome> blocked = blocking.certification(unfavourable);
    assertThat(blocked.outcome().due()).isFalse();
    assertThat(blocked.outcome().missingBlocks()).extracting(b -> b.block().getBlockNumber()).containsExactly(2);
    assertThat(blocked.outcome().missingCapacities()).as("the opinion is what block 2 lacks").isEmpty();
    assertThat(blocked.findings(FindingCode.COMPANY_OPINION_UNFAVOURABLE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    Dossier laterFavourable = withOpinions(
        Fixtures.opinion(1, ASSESSED, OpinionPolarity.FAVOURABLE),
        Fixtures.opinion(2, ASSESSED.minusDays(1), OpinionPolarity.UNFAVOURABLE),
        Fixtures.opinion(2, ASSESSED, OpinionPolarity.FAVOURABLE),
        Fixtures.opinion(3, ASSESSED, OpinionPolarity.FAVOURABLE));
    assertThat(blocking.certification(laterFavourable).outcome().due()).isTrue();
  }

  @Test
  void aBlockAcquiredEarlierStandsWhileValid() {
    Dossier earlier = admissibleWithout(4, 5).addAcquiredBlocks(AcquiredBlock.of(block(2), LocalDate.of(2012, 3, 2))).build();
    Decision<CertificationOutcome> decision = RULES.certification(earlier);
    assertThat(decision.outcome().due()).isTrue();
    BlockStatus block2 = decision.outcome().blocks().get(1);
    assertThat(block2.acquiredOn()).contains(LocalDate.of(2012, 3, 2));
    assertThat(block2.firstInvalidDay()).contains(LocalDate.of(2017, 3, 2));
    assertThat(decision.findings(FindingCode.CAPACITY_NOT_ASSESSED)).as("an acquired block needs no new evidence").isEmpty();
  }

  @Test
  void aBlockAcquiredFiveYearsAndOneDayBeforeTheJuryHasExpired() {
    Dossier expired = admissibleWithout(4, 5).addAcquiredBlocks(AcquiredBlock.of(block(2), JURY.minusYears(5).minusDays(1))).build();
    Decision<CertificationOutcome> decision = RULES.certification(expired);
    assertThat(decision.outcome().due()).isFalse();
    assertThat(decision.findings(FindingCode.BLOCK_EXPIRED)).extracting(Finding::argumentTexts)
        .containsExactly(List.of("RNCP19453BC02", "2011-06-19", "2016-06-19"));
    assertThat(decision.outcome().blocks().get(1).valid()).isFalse();
    assertThat(decision.outcome().missingCapacities()).extracting(c -> c.capacity().toString())
        .as("the expired block's capacities have no new evidence").containsExactly("C4", "C5");
    Dossier justValid = admissibleWithout(4, 5).addAcquiredBlocks(AcquiredBlock.of(block(2), JURY.minusYears(5).plusDays(1))).build();
    assertThat(RULES.certification(justValid).outcome().due()).isTrue();
    Dossier onTheBoundary = admissibleWithout(4, 5).addAcquiredBlocks(AcquiredBlock.of(block(2), JURY.minusYears(5))).build();
    assertThat(RULES.certification(onTheBoundary).outcome().due()).isFalse();
  }

  @Test
  void aCapacityValidatedFiveYearsBeforeTheDecisionNoLongerCounts() {
    Dossier dossier = admissibleWithout(5)
        .addAssessments(Fixtures.assessed(5, LocalDate.of(2016, 2, 29), AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .build();
    Decision<CertificationOutcome> lastValidDay = RULES.certification(dossier, LocalDate.of(2021, 2, 27));
    assertThat(lastValidDay.outcome().due()).isTrue();
    assertThat(lastValidDay.findings(FindingCode.CAPACITY_VALIDATION_EXPIRED)).isEmpty();

    Decision<CertificationOutcome> expired = RULES.certification(dossier, LocalDate.of(2021, 2, 28));
    assertThat(expired.outcome().due()).isFalse();
    BlockStatus block2 = expired.outcome().blocks().get(1);
    assertThat(block2.valid()).isFalse();
    assertThat(block2.capacities()).extracting(CapacityStatus::state)
        .containsExactly(CapacityStatus.State.VALIDATED, CapacityStatus.State.EXPIRED);
    assertThat(block2.capacities().get(1).assessedOn()).contains(LocalDate.of(2016, 2, 29));
    assertThat(expired.outcome().missingCapacities()).extracting(c -> c.capacity().toString(), CapacityStatus::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C5", CapacityStatus.State.EXPIRED));
    assertThat(expired.findings(FindingCode.CAPACITY_VALIDATION_EXPIRED))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.argumentTexts()).containsExactly("C5", "2016-02-29", "2021-02-28");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.subject().id()).isEqualTo("C5");
        });
    assertThat(expired.findings(FindingCode.CAPACITY_VALIDATED)).hasSize(7);
    assertThat(expired.findings(FindingCode.BLOCK_NOT_ACQUIRED)).extracting(Finding::argumentTexts)
        .containsExactly(List.of("RNCP19453BC02"));

    CqpmRules blocksOnly = CqpmRules.of(Referentials.rncp19453(),
        RulePolicy.defaults().withValidityScope(RulePolicy.ValidityScope.BLOCKS_ONLY));
    Decision<CertificationOutcome> counted = blocksOnly.certification(dossier, LocalDate.of(2021, 2, 28));
    assertThat(counted.outcome().due()).isTrue();
    assertThat(counted.findings(FindingCode.CAPACITY_VALIDATED)).hasSize(8);
  }

  @Test
  void newEvidenceReacquiresAnExpiredBlock() {
    Dossier renewed = admissible().addAcquiredBlocks(AcquiredBlock.of(block(2), LocalDate.of(2009, 1, 5))).build();
    Decision<CertificationOutcome> decision = RULES.certification(renewed);
    assertThat(decision.outcome().due()).isTrue();
    assertThat(decision.outcome().blocks().get(1).acquiredOn()).contains(JURY);
    assertThat(decision.findings(FindingCode.BLOCK_EXPIRED)).isEmpty();
  }

  @Test
  void aBlockDatedAfterTheJuryDoesNotCount() {
    Dossier later = admissibleWithout(4, 5).addAcquiredBlocks(AcquiredBlock.of(block(2), JURY.plusDays(3))).build();
    Decision<CertificationOutcome> decision = RULES.certification(later);
    assertThat(decision.outcome().due()).isFalse();
    assertThat(decision.codes()).contains(FindingCode.BLOCK_ACQUIRED_LATER);
  }

  @Test
  void withoutAJuryTheBlocksAreJudgedAtTheLatestEvidenceToSayWhatItCallsFor() {
    Dossier noJury = Dossier.builder().from(admissible().build()).jury(Optional.empty()).build();
    Decision<CertificationOutcome> decision = RULES.certification(noJury);
    assertThat(decision.outcome().date()).isEqualTo(ASSESSED);
    assertThat(decision.outcome().attestedBlocks()).hasSize(3);
    assertThat(decision.outcome().due()).as("what the evidence calls for, to prepare the jury").isTrue();
    assertThat(decision.codes()).startsWith(FindingCode.JURY_NOT_HELD).contains(FindingCode.CERTIFICATION_DUE);
    assertThat(decision.findings(FindingCode.JURY_NOT_HELD)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly(ASSESSED.toString()));
    assertThat(decision.hasErrors()).isFalse();
    Decision<CertificationOutcome> missing = RULES.certification(Dossier.builder().from(noJury)
        .assessments(noJury.getAssessments().subList(0, 7)).build());
    assertThat(missing.outcome().due()).isFalse();
    assertThat(missing.outcome().missingCapacities()).extracting(c -> c.capacity().toString()).containsExactly("C8");
  }

  @Test
  void certificationAtAGivenDate() {
    Decision<CertificationOutcome> before = RULES.certification(admissible().build(), ASSESSED.minusDays(1));
    assertThat(before.outcome().due()).isFalse();
    assertThat(before.findings(FindingCode.EVIDENCE_AFTER_DECISION_DATE)).hasSize(11);
  }
}
