package io.github.cqpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.decision.FindingCode;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every non-conforming generator yields its labelled finding in every sample. */
class NonConformityTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  static Set<FindingCode> codes(Dossier dossier, NonConformity kind) {
    return kind.isFoundByAudit() ? RULES.audit(dossier).codes() : RULES.decide(dossier).codes();
  }

  @ParameterizedTest
  @EnumSource(NonConformity.class)
  void everyQuickTheoriesSampleProducesItsLabelledFinding(NonConformity kind) {
    qt().withExamples(100).forAll(CqpmGens.nonConforming(kind))
        .checkAssert(d -> assertThat(codes(d, kind)).contains(kind.getExpectedCode()));
  }

  @ParameterizedTest
  @EnumSource(NonConformity.class)
  void everySeededSampleProducesItsLabelledFinding(NonConformity kind) {
    CqpmSamples samples = CqpmSamples.seeded(kind.ordinal());
    for (int i = 0; i < 100; i++) {
      assertThat(codes(samples.nonConforming(kind), kind)).contains(kind.getExpectedCode());
    }
  }

  @org.junit.jupiter.api.Test
  void theLabelledGeneratorCarriesTheRightLabel() {
    qt().withExamples(200).forAll(CqpmGens.nonConforming())
        .checkAssert(l -> assertThat(codes(l.value(), l.label())).contains(l.label().getExpectedCode()));
  }
}
