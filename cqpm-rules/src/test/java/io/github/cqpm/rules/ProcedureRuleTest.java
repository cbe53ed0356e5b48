package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.AdmissibilityDecision;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.ProcedureStep;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FicheRule;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureRuleTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  private static Dossier vae(VaeFile file, LocalDate jury) {
    Dossier d = admissible().candidacy(Fixtures.vaeCandidacy()).vae(file).build();
    return CandidacyRuleTest.juryOn(jury).getJury().map(j -> Dossier.builder().from(d).jury(j).build()).orElseThrow();
  }

  @Test
  void aCompleteTrainingPathIsConform() {
    assertThat(RULES.procedure(admissible().build()).findings()).isEmpty();
  }

  @Test
  void aRegistrationWithoutCompanyOrOrganisationIsAWarning() {
    Dossier d = admissible().build();
    Dossier noSponsor = Dossier.builder().from(d)
        .candidacy(Candidacy.builder().from(d.getCandidacy()).sponsor(Optional.empty()).build()).build();
    Decision<Conformity> decision = RULES.procedure(noSponsor);
    assertThat(decision.outcome()).isEqualTo(Conformity.CONFORM);
    assertThat(decision.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SPONSOR_MISSING);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void theEvaluationMustBeThereAndAJuryNotYetHeldIsNoFaultOfTheProcedure() {
    Dossier none = Dossier.builder().from(admissible().build()).assessments(java.util.List.of()).jury(Optional.empty()).build();
    assertThat(RULES.procedure(none).findings())
        .extracting(Finding::code, f -> f.argumentTexts().get(0), Finding::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FindingCode.STEP_MISSING, "EVALUATION", FicheRule.TRAINING_PATH));
    Dossier notYetJudged = Dossier.builder().from(admissible().build()).jury(Optional.empty()).build();
    assertThat(RULES.procedure(notYetJudged).outcome()).isEqualTo(Conformity.CONFORM);
  }

  @Test
  void anAssessmentBeforeRegistrationOrAJuryBeforeTheLastAssessmentIsOutOfOrder() {
    Dossier early = admissible()
        .addAssessments(Fixtures.assessed(1, LocalDate.of(2015, 12, 1), AssessmentOutcome.NOT_VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .addAssessments(Fixtures.assessed(2, LocalDate.of(2016, 7, 1), AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .build();
    assertThat(RULES.procedure(early).findings())
        .extracting(Finding::argumentTexts)
        .containsExactly(
            java.util.List.of("EVALUATION", "2015-12-01", "PRIOR_REGISTRATION", "2016-01-11"),
            java.util.List.of("JURY_DELIBERATION", "2016-06-20", "EVALUATION", "2016-07-01"));
  }

  @Test
  void aCompleteVaePathIsConform() {
    Decision<Conformity> decision = RULES.procedure(vae(Fixtures.vaeFile().build(), LocalDate.of(2017, 6, 12)));
    assertThat(decision.findings()).isEmpty();
  }

  @Test
  void vaeStepsMissing() {
    Dossier noFile = Dossier.builder().from(vae(Fixtures.vaeFile().build(), LocalDate.of(2017, 6, 12))).vae(Optional.empty()).build();
    assertThat(RULES.procedure(noFile).findings())
        .extracting(f -> f.argumentTexts().get(0))
        .containsExactly("ADMISSIBILITY_OF_REQUEST", "VALIDATION_COMMISSION");
    assertThat(RULES.procedure(noFile).findings()).allMatch(f -> f.rule() == FicheRule.VAE_PATH);
    Dossier emptyFile = vae(VaeFile.builder().build(), LocalDate.of(2017, 6, 12));
    assertThat(RULES.procedure(emptyFile).codes())
        .containsExactly(FindingCode.STEP_MISSING, FindingCode.EVIDENCE_MISSING);
  }

  @Test
  void aRequestNotAdmissibleIsReported() {
    VaeFile refused = VaeFile.builder().from(Fixtures.vaeFile().build())
        .admissibility(RequestAdmissibility.of(AdmissibilityDecision.NOT_ADMISSIBLE, LocalDate.of(2017, 2, 1))).build();
    assertThat(RULES.procedure(vae(refused, LocalDate.of(2017, 6, 12))).codes()).containsExactly(FindingCode.REQUEST_NOT_ADMISSIBLE);
  }

  @Test
  void vaeStepsOutOfOrder() {
    VaeFile interviewFirst = VaeFile.builder().from(Fixtures.vaeFile().build())
        .interview(ValidationInterview.of(LocalDate.of(2017, 1, 20), "UIMM-IDF-VAE-2017-01")).build();
    assertThat(RULES.procedure(vae(interviewFirst, LocalDate.of(2017, 6, 12))).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly(
            ProcedureStep.VALIDATION_COMMISSION.name(), "2017-01-20", ProcedureStep.ADMISSIBILITY_OF_REQUEST.name(), "2017-02-01"));
    assertThat(RULES.procedure(vae(Fixtures.vaeFile().build(), LocalDate.of(2017, 4, 2))).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("JURY_DELIBERATION", "2017-04-02", "VALIDATION_COMMISSION", "2017-04-03"));
  }

  @Test
  void aVaeFileOnATrainingRouteIsAWarning() {
    Decision<Conformity> decision = RULES.procedure(admissible().vae(Fixtures.vaeFile().build()).build());
    assertThat(decision.outcome()).isEqualTo(Conformity.CONFORM);
    assertThat(decision.codes()).containsExactly(FindingCode.VAE_FILE_ON_TRAINING_ROUTE);
  }
}
