package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.DossierConformity;
import io.github.cqpm.model.validation.Reading;
import io.github.cqpm.rules.decision.Finding;
import java.util.List;

/**
 * The candidacy, as the model's {@link DossierConformity#candidacy} judges it: the dossier is for
 * this référentiel's certification, the route is open (the table of "CONDITIONS D'INSCRIPTION À LA
 * CERTIFICATION"), the territory accessible ("Accessible en Nouvelle Calédonie : NON", "Accessible
 * en Polynésie Française : NON"), and the jury held while the fiche is registered ("avec effet au
 * 09 août 2014, jusqu'au 09 août 2019"; the end date is inside the period unless the policy says
 * otherwise).
 */
final class CandidacyRule {
  private CandidacyRule() {}

  /** The candidacy's findings. */
  static List<Finding> apply(ReferentialIndex ref, Reading reading, Dossier dossier) {
    return NonconformityFindings.findings(
        DossierConformity.candidacy(dossier, ref.referential(), reading));
  }
}
