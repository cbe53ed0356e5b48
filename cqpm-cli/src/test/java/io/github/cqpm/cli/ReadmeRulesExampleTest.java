package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's rules example, as written there (printing into a list instead of System.out). */
class ReadmeRulesExampleTest {

  @Test
  void theReadmeRulesExampleWorksAsWritten() throws java.io.IOException {
    Dossier dossier = CqpmJson.readDossier(java.nio.file.Files.readString(java.nio.file.Path.of("../examples/tie-broken-by-president.json")));
    List<String> printed = new ArrayList<>();

    CqpmRules rules = CqpmRules.forCertification(dossier.getCertification(), RulePolicy.defaults())
        .orElseThrow();                                            // the référentiel the dossier names
    Decision<DossierOutcome> decision = rules.decide(dossier);
    decision.outcome().ruling();                                   // ADMISSIBLE, NOT_ADMISSIBLE, UNDECIDED, PENDING
    decision.outcome().deliberation();                             // the votes' tally and verdict
    decision.outcome().evidence();                                 // what the evidence calls for
    decision.outcome().certification().missingCapacities();        // what is still to validate, if any
    decision.outcome().audit();                                    // was the declared verdict consistent?
    for (Finding finding : decision.findings()) {                  // why, in a stable order
      printed.add(Messages.explain(finding, Locale.FRENCH));
    }

    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(decision.outcome().deliberation().flatMap(DeliberationOutcome::verdict)).contains(Verdict.ADMISSIBLE);
    assertThat(decision.outcome().evidence()).isEqualTo(Verdict.ADMISSIBLE);
    assertThat(decision.outcome().audit()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(decision.outcome().certification().blocks()).hasSize(3);
    assertThat(decision.outcome().certification().missingCapacities()).isEmpty();
    assertThat(printed).contains(
        "INFO TIE_BROKEN_BY_PRESIDENT [MEMBER P1] partage des voix ; la voix du président P1 a été prépondérante : ADMISSIBLE"
            + " — « En cas de partage des voix, celle du président du jury est prépondérante. »");
  }
}
