package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.ASSESSED;
import static io.github.cqpm.rules.Fixtures.JURY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.decision.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Laws of the certification, over generated dossiers. */
class CertificationLawsTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  static Gen<Dossier> dossiers() {
    Gen<CapacityAssessment> assessments = Generate.range(1, 8)
        .zip(Generate.range(-400, 30), Generate.enumValues(AssessmentOutcome.class), Generate.enumValues(EvaluationMethod.class),
            (c, days, outcome, method) -> Fixtures.assessed(c, ASSESSED.plusDays(days), outcome, method));
    Gen<CompanyOpinion> opinions = Generate.range(1, 3)
        .zip(Generate.range(-400, 30), Generate.enumValues(OpinionPolarity.class),
            (b, days, polarity) -> Fixtures.opinion(b, ASSESSED.plusDays(days), polarity));
    Gen<Optional<AcquiredBlock>> earlier = Generate.range(1, 3)
        .zip(Generate.range(-2200, 10), (b, days) -> AcquiredBlock.of(Fixtures.block(b), JURY.plusDays(days)))
        .toOptionals(70);
    return SourceDSL.lists().of(assessments).ofSizeBetween(0, 20)
        .zip(SourceDSL.lists().of(opinions).ofSizeBetween(0, 5), earlier, (a, o, e) -> {
          Dossier.Builder d = Dossier.builder().from(Fixtures.admissible().build()).assessments(a).companyOpinions(o);
          e.ifPresent(d::addAcquiredBlocks);
          return d.build();
        });
  }

  /** The admissible fixture, or one of its assessments of each capacity validated on another day. */
  static Gen<Dossier> dueDossiers() {
    return SourceDSL.lists().of(Generate.range(-300, 0)).ofSize(8).map(days -> {
      Dossier.Builder d = Fixtures.admissibleWithout(1, 2, 3, 4, 5, 6, 7, 8);
      for (int c = 1; c <= 8; c++) {
        d.addAssessments(Fixtures.assessed(c, ASSESSED.plusDays(days.get(c - 1)), AssessmentOutcome.VALIDATED, EvaluationMethod.REPORT_AND_PRESENTATION));
      }
      return d.build();
    });
  }

  @Test
  void dueImpliesEveryBlockAcquiredAndValidAtTheJuryDate() {
    qt().forAll(dossiers()).checkAssert(dossier -> {
      CertificationOutcome outcome = RULES.certification(dossier).outcome();
      assertThat(outcome.due()).isEqualTo(outcome.blocks().stream().allMatch(BlockStatus::valid));
      if (outcome.due()) {
        assertThat(outcome.blocks()).hasSize(Referentials.rncp19453().getBlocks().size());
        assertThat(outcome.blocks()).allSatisfy(b -> {
          assertThat(b.acquiredOn()).isPresent();
          assertThat(Validity.isValidOn(b.acquiredOn().get(), Referentials.rncp19453().getComponentValidity().orElseThrow(), JURY)).isTrue();
        });
      }
    });
  }

  @Test
  void removingAnySingleCapacityValidationFromADueDossierMakesItNotDue() {
    qt().forAll(dueDossiers(), Generate.range(1, 8)).checkAssert((dossier, capacity) -> {
      assertThat(RULES.certification(dossier).outcome().due()).isTrue();
      List<CapacityAssessment> fewer = new ArrayList<>(dossier.getAssessments());
      fewer.removeIf(a -> a.getCapacity().equals(CapacityCode.of(capacity)));
      Decision<CertificationOutcome> decision = RULES.certification(Dossier.builder().from(dossier).assessments(fewer).build());
      assertThat(decision.outcome().due()).isFalse();
      Block block = Referentials.rncp19453().getBlockOf(CapacityCode.of(capacity)).orElseThrow();
      assertThat(decision.outcome().missingBlocks()).extracting(BlockStatus::block).containsExactly(block.getCode());
      assertThat(decision.outcome().missingCapacities()).extracting(CapacityStatus::capacity, CapacityStatus::state)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(CapacityCode.of(capacity), CapacityStatus.State.NOT_ASSESSED));
    });
  }

  @Test
  void theBlocksAreAttestedOrMissingAndTheMissingCapacitiesAreThoseOfMissingBlocksNotValidated() {
    qt().forAll(dossiers()).checkAssert(dossier -> {
      CertificationOutcome outcome = RULES.certification(dossier).outcome();
      assertThat(outcome.missingBlocks().isEmpty()).isEqualTo(outcome.due());
      List<BlockStatus> both = new ArrayList<>(outcome.attestedBlocks());
      both.addAll(outcome.missingBlocks());
      assertThat(both).containsExactlyInAnyOrderElementsOf(outcome.blocks());
      assertThat(outcome.missingCapacities()).allSatisfy(c -> {
        assertThat(c.state()).isNotEqualTo(CapacityStatus.State.VALIDATED);
        assertThat(outcome.missingBlocks()).anySatisfy(b -> assertThat(b.capacities()).contains(c));
      });
      assertThat(outcome.missingBlocks()).allSatisfy(b -> assertThat(outcome.missingCapacities())
          .containsAll(b.capacities().stream().filter(c -> c.state() != CapacityStatus.State.VALIDATED).toList()));
    });
  }

  /** Every capacity validated and every opinion given on one day. */
  private static Dossier allOnOneDay(LocalDate day) {
    Dossier.Builder d = Fixtures.admissibleWithout(1, 2, 3, 4, 5, 6, 7, 8).companyOpinions(List.of());
    for (int c = 1; c <= 8; c++) {
      d.addAssessments(Fixtures.assessed(c, day, AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK));
    }
    for (int b = 1; b <= 3; b++) {
      d.addCompanyOpinions(Fixtures.opinion(b, day, OpinionPolarity.FAVOURABLE));
    }
    return d.build();
  }

  /** A day between 2000 and 2021, or a 29 February. */
  private static Gen<LocalDate> days() {
    return Generate.range(0, 8000).zip(Generate.booleans(), Generate.range(0, 5), (n, leap, y) ->
        leap ? LocalDate.of(2000 + 4 * y, 2, 29) : LocalDate.of(2000, 1, 1).plusDays(n));
  }

  @Test
  void aValidationCountsUntilTheDayBeforeItsFifthAnniversaryAndNotFromIt() {
    CqpmRules blocksOnly =
        CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withValidityScope(RulePolicy.ValidityScope.BLOCKS_ONLY));
    qt().forAll(days(), Generate.range(-3, 3)).checkAssert((day, offset) -> {
      LocalDate decided = Validity.firstInvalidDay(day, Referentials.rncp19453().getComponentValidity().orElseThrow()).plusDays(offset);
      Decision<CertificationOutcome> decision = RULES.certification(allOnOneDay(day), decided);
      assertThat(decision.outcome().due()).as("validated %s, decided %s", day, decided).isEqualTo(offset < 0);
      assertThat(decision.outcome().blocks()).allSatisfy(b -> assertThat(b.capacities()).extracting(CapacityStatus::state)
          .containsOnly(offset < 0 ? CapacityStatus.State.VALIDATED : CapacityStatus.State.EXPIRED));
      assertThat(blocksOnly.certification(allOnOneDay(day), decided).outcome().due()).isTrue();
    });
  }

  @Test
  void theSameDossierGivesTheSameFindingsInTheSameOrder() {
    qt().forAll(dossiers()).checkAssert(dossier -> {
      Decision<DossierOutcome> first = RULES.decide(dossier);
      Decision<DossierOutcome> again = RULES.decide(Dossier.builder().from(dossier).build());
      assertThat(again).isEqualTo(first);
    });
  }

  @Test
  void theOrderOfAssessmentsAndOpinionsDoesNotChangeTheOutcome() {
    qt().forAll(dossiers()).checkAssert(dossier -> {
      List<CapacityAssessment> reversed = new ArrayList<>(dossier.getAssessments());
      java.util.Collections.reverse(reversed);
      List<CompanyOpinion> reversedOpinions = new ArrayList<>(dossier.getCompanyOpinions());
      java.util.Collections.reverse(reversedOpinions);
      Dossier other = Dossier.builder().from(dossier).assessments(reversed).companyOpinions(reversedOpinions).build();
      assertThat(RULES.certification(other).outcome()).isEqualTo(RULES.certification(dossier).outcome());
    });
  }
}
