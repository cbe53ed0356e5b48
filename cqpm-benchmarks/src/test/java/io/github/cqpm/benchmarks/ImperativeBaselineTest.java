package io.github.cqpm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.DossierSpec;
import io.github.cqpm.testkit.Draw;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A baseline is only a fair comparison if it computes what the rules compute: the outcome baseline
 * gives the very outcome of {@code decide} (an independent second implementation of the rules'
 * outcome, findings aside), the verdict baseline its verdict.
 */
class ImperativeBaselineTest {
  private final CqpmRules rules = CqpmRules.standard();
  private final Referential ref = Referentials.rncp19453();

  @Test
  void bothBaselinesAgreeWithTheRulesOnTheBenchmarkedDossiers() {
    for (int validated = 0; validated <= 8; validated++) {
      for (int votes = 0; votes <= 10; votes++) {
        Dossier dossier = RealisticDossier.of(validated, votes);
        assertThat(ImperativeBaseline.outcome(ref, dossier))
            .as("%d capacities validated, %d votes for", validated, votes)
            .isEqualTo(rules.decide(dossier).outcome());
        assertThat(ImperativeBaseline.verdict(ref, dossier))
            .as("%d capacities validated, %d votes for", validated, votes)
            .isEqualTo(rules.decide(dossier).outcome().ruling().verdict());
      }
    }
    assertThat(rules.decide(RealisticDossier.of(8, 10)).findings()).hasSizeGreaterThan(15);
  }

  @Test
  void bothBaselinesSeeACapacityValidatedFiveYearsBeforeTheJury() {
    Dossier dossier = RealisticDossier.of(8, 10);
    LocalDate jury = dossier.getJury().orElseThrow().getSession().getDate();
    for (int days = -1; days <= 1; days++) {
      List<CapacityAssessment> assessments = new ArrayList<>(dossier.getAssessments());
      assessments.set(0, CapacityAssessment.builder().from(assessments.get(0))
          .date(jury.minusYears(5).plusDays(days)).build());
      Dossier aged = Dossier.builder().from(dossier).assessments(assessments)
          .candidacy(Candidacy.builder().from(dossier.getCandidacy())
              .registrationDate(jury.minusYears(6)).build())
          .build();
      Verdict expected = days > 0 ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE;
      assertThat(rules.decide(aged).outcome().ruling().verdict()).as("%d", days).contains(expected);
      assertThat(ImperativeBaseline.verdict(ref, aged)).as("%d", days).contains(expected);
      assertThat(ImperativeBaseline.outcome(ref, aged)).isEqualTo(rules.decide(aged).outcome());
    }
  }

  @Test
  void theOutcomeBaselineAgreesWithTheRulesOnConformDossiers() {
    qt().withExamples(300).forAll(CqpmGens.dossiers()).checkAssert(d ->
        assertThat(ImperativeBaseline.outcome(ref, d)).isEqualTo(rules.decide(d).outcome()));
  }

  @Test
  void theOutcomeBaselineAgreesWithTheRulesOnTiesAndBlocksNearTheirValidityBoundary() {
    qt().withExamples(200)
        .forAll(CqpmGens.dossiers(DossierSpec.any().tie(true).withBlockNearValidityBoundary()))
        .checkAssert(d ->
            assertThat(ImperativeBaseline.outcome(ref, d)).isEqualTo(rules.decide(d).outcome()));
  }

  /**
   * Dossiers whose evidence competes: assessments moved to about five years before the jury,
   * retakes on the same day or the next, by another method or commission; opinions of either polarity by other authors;
   * evidence after the jury; earlier acquisitions around the validity boundary or after the jury:
   * where the rules' tie-breaks and boundaries show.
   */
  @Test
  void theOutcomeBaselineAgreesWithTheRulesWhenEvidenceCompetes() {
    qt().withExamples(1000).forAll(CqpmGens.dossiers().flatMap(d -> CqpmGens.of(r -> compete(d, r))))
        .checkAssert(d ->
            assertThat(ImperativeBaseline.outcome(ref, d)).isEqualTo(rules.decide(d).outcome()));
  }

  private static Dossier compete(Dossier dossier, Draw r) {
    LocalDate jury = dossier.getJury().orElseThrow().getSession().getDate();
    List<CapacityAssessment> assessments = new ArrayList<>(dossier.getAssessments());
    for (int k = r.intBetween(0, 2); k > 0 && !assessments.isEmpty(); k--) {
      int aged = r.intBetween(0, assessments.size() - 1);
      assessments.set(aged, CapacityAssessment.builder().from(assessments.get(aged))
          .date(jury.minusYears(5).plusDays(r.between(-2, 2))).build());
    }
    Dossier.Builder more = Dossier.builder().from(dossier).assessments(assessments);
    for (int k = r.intBetween(0, 6); k > 0 && !assessments.isEmpty(); k--) {
      CapacityAssessment a = r.pick(assessments);
      EvaluationMethod method = r.pick(EvaluationMethod.class);
      more.addAssessments(CapacityAssessment.builder().from(a)
          .date(r.bool() ? a.getDate() : jury.plusDays(r.between(-1, 1)))
          .method(method).modality(method.getModality())
          .commission(r.pick(List.of("UIMM-A", "UIMM-B")))
          .outcome(r.pick(AssessmentOutcome.class)).build());
    }
    List<CompanyOpinion> opinions = dossier.getCompanyOpinions();
    for (int k = r.intBetween(0, 4); k > 0 && !opinions.isEmpty(); k--) {
      CompanyOpinion o = r.pick(opinions);
      more.addCompanyOpinions(CompanyOpinion.builder().from(o)
          .date(r.bool() ? o.getDate() : jury.plusDays(r.between(-1, 1)))
          .polarity(r.pick(OpinionPolarity.class))
          .authorRole(r.pick(OpinionAuthorRole.class)).build());
    }
    Set<BlockCode> listed = new HashSet<>();
    dossier.getAcquiredBlocks().forEach(b -> listed.add(b.getBlock()));
    for (Block block : Referentials.rncp19453().getBlocks()) {
      if (!listed.contains(block.getCode()) && r.bool()) {
        LocalDate acquiredOn = r.bool()
            ? jury.minusYears(5).plusDays(r.between(-2, 2))
            : jury.plusDays(r.between(-400, 30));
        more.addAcquiredBlocks(AcquiredBlock.of(block.getCode(), acquiredOn));
      }
    }
    return more.build();
  }

  @Test
  void theOutcomeBaselineAgreesWithTheRulesOnEveryKindOfNonConformity() {
    qt().withExamples(500).forAll(CqpmGens.nonConforming()).checkAssert(d ->
        assertThat(ImperativeBaseline.outcome(ref, d.value()))
            .as(d.label().toString())
            .isEqualTo(rules.decide(d.value()).outcome()));
  }
}
