package io.github.cqpm.checks.quarkus;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.json.DecisionDocument;
import jakarta.validation.Valid;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.Locale;

/** Decides the dossier it is sent, with the rules of the référentiel the dossier names. */
@Path("/decisions")
public class DecisionResource {
  @POST
  public DecisionDocument decide(@Valid Dossier dossier) {
    CqpmRules rules = CqpmRules.forCertification(ReferentialCatalog.bundled(), dossier.getCertification(), RulePolicy.defaults()).orElseThrow();
    return DecisionDocument.of(dossier, rules.decide(dossier), rules, Locale.ENGLISH);
  }
}
