package io.github.cqpm.rules;

import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.util.List;
import java.util.Optional;

/**
 * The composition of the jury paritaire, each breach its own finding, as the model's {@link
 * JuryComposition} computes it (the same computation a dossier's Bean Validation constraint
 * reports): "Jury paritaire : 50% de représentants des salariés / 50% de représentants des
 * employeurs. Délégation patronale : maximum de cinq membres qualifiés relevant de la branche de la
 * métallurgie et, en tant que de besoin, un membre supplémentaire de la branche du travail
 * temporaire. Délégation syndicale : chaque organisation syndicale … désigne un ou plusieurs
 * représentants qualifiés et, en tant que de besoin, un membre supplémentaire de la branche du
 * travail temporaire. Seul un représentant par organisation syndicale siège dans le jury avec droit
 * de vote. En cas de partage des voix, celle du président du jury est prépondérante."
 */
final class JuryCompositionRule {
  private JuryCompositionRule() {}

  /**
   * The composition's findings. A référentiel that states no rules of composition has its jury not
   * judged: one {@link FindingCode#JURY_RULES_UNKNOWN}.
   */
  static List<Finding> apply(Referential referential, JurySession jury) {
    Optional<JuryRules> rules = referential.getJuryRules();
    if (rules.isEmpty()) {
      return List.of(Finding.of(FindingCode.JURY_RULES_UNKNOWN, Subject.JURY, referential.getRncpNumber()));
    }
    return NonconformityFindings.findings(JuryComposition.of(jury, rules.get()).getNonconformities());
  }
}
