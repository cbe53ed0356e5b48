package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.List;

/**
 * The candidacy: the route is open (the table of "CONDITIONS D'INSCRIPTION À LA CERTIFICATION"),
 * the territory accessible ("Accessible en Nouvelle Calédonie : NON", "Accessible en Polynésie
 * Française : NON"), and the jury held while the fiche is registered ("avec effet au 09 août 2014,
 * jusqu'au 09 août 2019"; the end date is inside the period unless the policy says otherwise).
 */
final class CandidacyRule {
  private CandidacyRule() {}

  static void apply(Referential ref, RulePolicy policy, Dossier dossier, List<Finding> out) {
    Candidacy candidacy = dossier.getCandidacy();
    boolean open =
        ref.getAccessCondition(candidacy.getRoute()).map(AccessCondition::isOpen).orElse(false);
    if (!open) {
      out.add(Finding.of(FindingCode.ROUTE_CLOSED, Subject.CANDIDACY, candidacy.getRoute()));
    }
    if (!ref.isAccessibleIn(candidacy.getTerritory())) {
      out.add(
          Finding.of(
              FindingCode.TERRITORY_NOT_ACCESSIBLE, Subject.CANDIDACY, candidacy.getTerritory()));
    }
    dossier
        .getJury()
        .map(JuryDeliberation::getSession)
        .ifPresent(session -> checkJuryDate(ref.getRegistration(), policy, session.getDate(), out));
  }

  private static void checkJuryDate(
      Registration registration, RulePolicy policy, LocalDate jury, List<Finding> out) {
    if (jury.isBefore(registration.getEffectiveDate())) {
      out.add(
          Finding.of(
              FindingCode.JURY_BEFORE_REGISTRATION,
              Subject.JURY,
              jury,
              registration.getEffectiveDate()));
    }
    LocalDate end = registration.getEndDate();
    boolean after = policy.registrationEndInclusive() ? jury.isAfter(end) : !jury.isBefore(end);
    if (after) {
      out.add(Finding.of(FindingCode.JURY_AFTER_REGISTRATION, Subject.JURY, jury, end));
    }
  }
}
