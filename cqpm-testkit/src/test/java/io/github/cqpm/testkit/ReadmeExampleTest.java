package io.github.cqpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.FindingCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The README's section "Testing your application with cqpm-testkit", as written there. */
class ReadmeExampleTest {
  /** Stands for the application under test: here, it stores a dossier's declared verdict. */
  static final class CaseFile {
    Ruling store(Dossier dossier) {
      return Ruling.valueOf(dossier.getJury().orElseThrow().getDeclaredVerdict().orElseThrow().name());
    }
  }

  private final CaseFile myApp = new CaseFile();

  @Test
  void everyVaeDossierIsStoredWithTheRulingTheRulesGive() {
    CqpmRules rules = CqpmRules.standard();
    qt().forAll(CqpmGens.dossiers(DossierSpec.any().route(AccessRoute.VAE)))
        .checkAssert(dossier ->
            assertThat(myApp.store(dossier)).isEqualTo(rules.decide(dossier).outcome().ruling()));
  }

  @Test
  void aRetakeFailedOnTheDayOfAValidationChangesNothing() {
    CqpmRules rules = CqpmRules.standard();
    Gen<Dossier> withFailedRetake = CqpmGens.dossiers().flatMap(d -> CqpmGens.of(draw -> {
      CapacityAssessment retaken = draw.pick(d.getAssessments());
      return Dossier.builder().from(d).addAssessments(CapacityAssessment.builder().from(retaken)
          .outcome(AssessmentOutcome.NOT_VALIDATED).build()).build();
    }));
    qt().forAll(withFailedRetake).checkAssert(dossier ->
        assertThat(myApp.store(dossier)).isEqualTo(rules.decide(dossier).outcome().ruling()));
  }

  @Test
  void theErrorPathForAnExpiredBlock() {
    Dossier expired = CqpmSamples.seeded(42).nonConforming(NonConformity.BLOCK_EXPIRED);
    assertThat(CqpmRules.standard().decide(expired).codes()).contains(FindingCode.BLOCK_EXPIRED);
    assertThat(Fixtures.tieBrokenByPresident().getJury()).isPresent();
  }
}
