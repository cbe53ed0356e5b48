package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.AdmissibilityDecision;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.DossierConformity;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.ProcedureStep;
import io.github.cqpm.rules.decision.FicheRule;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the path, present and in date order.
 *
 * <p>Training path: "En amont, une phase d'inscription préalable, par l'intermédiaire d'une
 * entreprise ou d'un organisme. Une phase constitutive de l'évaluation. Une phase de jury paritaire
 * de délibération". The registration is the candidacy's date; the evaluation, the assessments; the
 * jury, the deliberation. No assessment may precede the registration, and the jury may not precede
 * the last assessment.
 *
 * <p>VAE path: "En amont, une phase de recevabilité de la demande. Une phase constitutive de la
 * commission de validation : un entretien de validation, à l'appui d'un dossier de preuves …
 * décrivant une ou plusieurs situations professionnelles … Une phase de jury paritaire de
 * délibération". The request must be admissible, the interview after the admissibility, the jury
 * after the interview.
 *
 * <p>A dossier on which no jury has sat yet is judged so far: the jury's step is the last, and its
 * absence is no fault of the procedure (the decision says there is no verdict yet, {@code
 * JURY_NOT_HELD}).
 */
final class ProcedureRule {
  private ProcedureRule() {}

  /** The procedure's findings, in the order of its steps. */
  static List<Finding> apply(Dossier dossier) {
    List<Finding> out = new ArrayList<>(4);
    PathKind path = dossier.getCandidacy().getRoute().getPath();
    Optional<LocalDate> jury = dossier.getJury().map(j -> j.getSession().getDate());
    if (path == PathKind.VAE) {
      vae(dossier, jury, out);
    } else {
      training(dossier, jury, out);
    }
    return List.copyOf(out);
  }

  private static void training(Dossier dossier, Optional<LocalDate> jury, List<Finding> out) {
    if (dossier.getCandidacy().getSponsor().isEmpty()) {
      out.add(Finding.of(FindingCode.SPONSOR_MISSING, Subject.CANDIDACY));
    }
    if (dossier.getVae().isPresent()) {
      out.add(
          Finding.of(
              FindingCode.VAE_FILE_ON_TRAINING_ROUTE,
              Subject.CANDIDACY,
              dossier.getCandidacy().getRoute()));
    }
    LocalDate registered = dossier.getCandidacy().getRegistrationDate();
    LocalDate first = null;
    LocalDate last = null;
    for (CapacityAssessment assessment : dossier.getAssessments()) {
      LocalDate date = assessment.getDate();
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
    }
    if (first == null) {
      out.add(missing(ProcedureStep.EVALUATION, FicheRule.TRAINING_PATH));
    } else {
      if (first.isBefore(registered)) {
        out.add(
            outOfOrder(
                ProcedureStep.EVALUATION, first, ProcedureStep.PRIOR_REGISTRATION, registered,
                FicheRule.TRAINING_PATH));
      }
    }
    if (jury.isPresent() && last != null && jury.get().isBefore(last)) {
      out.add(
          outOfOrder(
              ProcedureStep.JURY_DELIBERATION, jury.get(), ProcedureStep.EVALUATION, last,
              FicheRule.TRAINING_PATH));
    }
  }

  private static void vae(Dossier dossier, Optional<LocalDate> jury, List<Finding> out) {
    Optional<VaeFile> file = dossier.getVae();
    Optional<RequestAdmissibility> admissibility = file.flatMap(VaeFile::getAdmissibility);
    Optional<ValidationInterview> interview = file.flatMap(VaeFile::getInterview);
    if (admissibility.isEmpty()) {
      out.add(missing(ProcedureStep.ADMISSIBILITY_OF_REQUEST, FicheRule.VAE_PATH));
    } else if (admissibility.get().getDecision() == AdmissibilityDecision.NOT_ADMISSIBLE) {
      out.add(
          Finding.of(
              FindingCode.REQUEST_NOT_ADMISSIBLE,
              step(ProcedureStep.ADMISSIBILITY_OF_REQUEST),
              admissibility.get().getDate()));
    }
    out.addAll(NonconformityFindings.findings(DossierConformity.evidence(dossier)));
    if (interview.isEmpty()) {
      out.add(missing(ProcedureStep.VALIDATION_COMMISSION, FicheRule.VAE_PATH));
    } else if (admissibility.isPresent()
        && interview.get().getDate().isBefore(admissibility.get().getDate())) {
      out.add(
          outOfOrder(
              ProcedureStep.VALIDATION_COMMISSION, interview.get().getDate(),
              ProcedureStep.ADMISSIBILITY_OF_REQUEST, admissibility.get().getDate(),
              FicheRule.VAE_PATH));
    }
    if (jury.isPresent()) {
      Optional<LocalDate> previous =
          interview
              .map(ValidationInterview::getDate)
              .or(() -> admissibility.map(RequestAdmissibility::getDate));
      ProcedureStep previousStep =
          interview.isPresent()
              ? ProcedureStep.VALIDATION_COMMISSION
              : ProcedureStep.ADMISSIBILITY_OF_REQUEST;
      if (previous.isPresent() && jury.get().isBefore(previous.get())) {
        out.add(
            outOfOrder(
                ProcedureStep.JURY_DELIBERATION, jury.get(), previousStep, previous.get(),
                FicheRule.VAE_PATH));
      }
    }
  }

  private static Subject step(ProcedureStep step) {
    return Subject.of(Subject.Kind.STEP, step);
  }

  private static Finding missing(ProcedureStep step, FicheRule rule) {
    return Finding.of(FindingCode.STEP_MISSING, step(step), step).withRule(rule);
  }

  private static Finding outOfOrder(
      ProcedureStep step, LocalDate date, ProcedureStep previous, LocalDate previousDate,
      FicheRule rule) {
    return Finding.of(FindingCode.STEP_OUT_OF_ORDER, step(step), step, date, previous, previousDate)
        .withRule(rule);
  }

}
