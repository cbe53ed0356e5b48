package io.github.cqpm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.CqpmRules;
import org.junit.jupiter.api.Test;

/** The baseline is only a fair comparison if it computes the same outcome as the rules. */
class ImperativeBaselineTest {

  @Test
  void theBaselineAgreesWithTheRulesOnTheBenchmarkedDossiers() {
    CqpmRules rules = CqpmRules.standard();
    for (int validated = 0; validated <= 8; validated++) {
      for (int votes = 0; votes <= 10; votes++) {
        Dossier dossier = RealisticDossier.of(validated, votes);
        assertThat(ImperativeBaseline.verdict(Referentials.rncp19453(), dossier))
            .as("%d capacities validated, %d votes for", validated, votes)
            .isEqualTo(rules.decide(dossier).outcome().verdict());
      }
    }
    assertThat(rules.decide(RealisticDossier.of(8, 10)).findings()).hasSizeGreaterThan(15);
  }
}
