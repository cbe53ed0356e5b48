package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.github.cqpm.rules.json.DecisionDocument;
import java.util.ArrayList;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's rules and storing examples, as written there (printing into a list instead of System.out). */
class ReadmeRulesExampleTest {

  @Test
  void theReadmeRulesExampleWorksAsWritten() throws java.io.IOException {
    Dossier dossier = CqpmJson.readDossier(java.nio.file.Files.readString(java.nio.file.Path.of("../examples/tie-broken-by-president.json")));
    List<String> printed = new ArrayList<>();

    ReferentialCatalog catalog = ReferentialCatalog.bundled();
    CqpmRules rules = CqpmRules.forCertification(catalog, dossier.getCertification(), RulePolicy.defaults())
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
        "INFO TIE_BROKEN_BY_PRESIDENT [MEMBER P1] partage des voix ; la voix du président P1 a été prépondérante : admissible"
            + " — « En cas de partage des voix, celle du président du jury est prépondérante. »");

    // "Storing decisions", as written there
    DecisionDocument document = DecisionDocument.of(dossier, decision, rules, Locale.FRENCH);
    String stored = CqpmJson.write(document);                  // or mapper.writeValueAsString(document)

    JsonNode json = CqpmJson.newMapper().readTree(stored);
    assertThat(CqpmJson.newMapper().writeValueAsString(document)).isEqualTo(CqpmJson.newMapper().writeValueAsString(json));
    assertThat(json.get("candidate").asText()).isEqualTo("CAND-2017-0107");
    assertThat(json.get("referential").asText()).isEqualTo("RNCP19453");
    assertThat(json.get("libraryVersion").asText()).isEqualTo(io.github.cqpm.json.CqpmFormat.version());
    JsonNode tie = json.get("findings").findParents("code").stream()
        .filter(f -> f.get("code").asText().equals("TIE_BROKEN_BY_PRESIDENT")).findFirst().orElseThrow();
    assertThat(tie.get("severity").asText()).isEqualTo("INFO");
    assertThat(tie.get("subject").asText()).isEqualTo("MEMBER P1");
    assertThat(tie.get("arguments").toString()).isEqualTo("{\"president\":\"P1\",\"verdict\":\"ADMISSIBLE\"}");

    DecisionDocument back = CqpmJson.read(DecisionDocument.json(), stored);
    Ruling ruling = back.outcome().ruling();
    // or through any mapper with the cqpm module (the Spring starter's too), as it was written
    com.fasterxml.jackson.databind.ObjectMapper mapper = CqpmJson.newMapper();
    DecisionDocument same = mapper.readValue(stored, DecisionDocument.class);
    assertThat(same).isEqualTo(back);
    assertThat(ruling).isEqualTo(decision.outcome().ruling());
    assertThat(back.outcome()).isEqualTo(decision.outcome());
  }
}
