package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.DossierConformity;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.validation.Reading;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * The candidacy, as the model's {@link DossierConformity#candidacy} judges it: the dossier is for
 * this référentiel's certification, the route is open (the table of "CONDITIONS D'INSCRIPTION À LA
 * CERTIFICATION"), the territory accessible ("Accessible en Nouvelle Calédonie : NON", "Accessible
 * en Polynésie Française : NON"), and the jury held while the fiche is registered ("avec effet au
 * 09 août 2014, jusqu'au 09 août 2019"; the end date is inside the period unless the policy says
 * otherwise). A référentiel that states no first day or no end of its registration (a fiche of
 * the RNCP export) is judged on what it states, and the decision says what it does not ({@code
 * REGISTRATION_START_UNKNOWN}, {@code REGISTRATION_END_UNKNOWN}): no end is invented.
 */
final class CandidacyRule {
  private CandidacyRule() {}

  /** The candidacy's findings. */
  static List<Finding> apply(ReferentialIndex ref, Reading reading, Dossier dossier) {
    List<Finding> findings = NonconformityFindings.findings(
        DossierConformity.candidacy(dossier, ref.referential(), reading));
    Registration registration = ref.referential().getRegistration();
    if (dossier.getJury().isEmpty()
        || registration.getFirstDay().isPresent() && registration.getEndDay().isPresent()) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings);
    if (registration.getFirstDay().isEmpty()) {
      all.add(Finding.of(FindingCode.REGISTRATION_START_UNKNOWN, Subject.JURY, ref.referential().getRncpNumber()));
    }
    if (registration.getEndDay().isEmpty()) {
      all.add(Finding.of(FindingCode.REGISTRATION_END_UNKNOWN, Subject.JURY, ref.referential().getRncpNumber()));
    }
    return List.copyOf(all);
  }
}
