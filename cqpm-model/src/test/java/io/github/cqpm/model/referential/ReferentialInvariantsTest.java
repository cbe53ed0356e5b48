package io.github.cqpm.model.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A référentiel is well-formed once built; each broken invariant names its field. */
class ReferentialInvariantsTest {
  private static final Referential REF = Referentials.rncp19453();

  private static Referential.Builder copy() {
    return Referential.builder().from(REF);
  }

  private static Block block(int fiche, int number, int... capacities) {
    Block.Builder b = Block.builder().code(BlockCode.of(fiche, number)).title("t").evaluation(REF.getBlocks().get(0).getEvaluation());
    for (int c : capacities) {
      b.addCapacities(CapacityCode.of(c));
    }
    return b.build();
  }

  @Test
  void capacitiesAreListedOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().addCapacities(Capacity.of(CapacityCode.of(3), "encore")).build())
        .withMessage("capacities[8]: duplicate C3 (each may appear only once)");
  }

  @Test
  void blocksBelongToTheFiche() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().blocks(List.of(block(19454, 1, 1, 2, 3, 4, 5, 6, 7, 8))).build())
        .withMessage("blocks[0].code: RNCP19454BC01 is not a block of fiche 19453");
  }

  @Test
  void blocksHoldOnlyCapacitiesOfTheFiche() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().blocks(List.of(block(19453, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9))).build())
        .withMessage("blocks[0].capacities: C9 is not a capacity of this fiche");
  }

  @Test
  void blocksPartitionTheCapacities() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().blocks(List.of(block(19453, 1, 1, 2, 3, 4), block(19453, 2, 4, 5, 6, 7, 8))).build())
        .withMessage("blocks.capacities[4]: duplicate C4 (each may appear only once)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().blocks(List.of(block(19453, 1, 1, 2, 3), block(19453, 2, 4, 5))).build())
        .withMessage("capacities: C6 belongs to no block");
  }

  @Test
  void aBlockHoldsEachCapacityOnceAndAtLeastOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> block(19453, 1))
        .withMessage("capacities: a block holds at least one capacity");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> block(19453, 1, 2, 2))
        .withMessage("capacities[1]: duplicate C2 (each may appear only once)");
  }

  @Test
  void routesAndPathsAreListedOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().addAccessConditions(AccessCondition.builder().route(AccessRoute.VAE).open(false).build()).build())
        .withMessage("accessConditions[6]: duplicate VAE (each may appear only once)");
  }

  @Test
  void validityIsPositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().componentValidity(Period.ZERO).build())
        .withMessage("componentValidity: must be positive, was P0D");
  }

  @Test
  void registrationDatesAreOrdered() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registration.builder().from(REF.getRegistration()).endDay(LocalDate.of(2014, 8, 8)).build())
        .withMessage("endDay: must not be before the first day 2014-08-09, was 2014-08-08");
  }

  @Test
  void modalityMethodsBelongToTheModality() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ModalityDescription.builder()
                    .modality(EvaluationModality.PROJECT_PRESENTATION)
                    .title("t")
                    .description("d")
                    .putMethodLabels(EvaluationMethod.OBSERVATION_AT_WORK, "x")
                    .build())
        .withMessage("methodLabels: OBSERVATION_AT_WORK belongs to REAL_WORK_SITUATION, not PROJECT_PRESENTATION");
  }

  @Test
  void codesOfOtherNomenclaturesAreChecked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RomeJob.of("H290", "x"))
        .withMessage("code: expected a letter from A to N and four digits (e.g. H2903), was \"H290\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NsfDomain.of("2010", "x"))
        .withMessageStartingWith("code: expected three digits");
    assertThat(NsfDomain.of("201n", "x").getCode()).isEqualTo("201n");
  }

  @Test
  void lookUpsAnswerEmptyForWhatTheFicheLacks() {
    assertThat(REF.getCapacity(CapacityCode.of(9))).isEmpty();
    assertThat(REF.getBlock(BlockCode.of(19453, 4))).isEmpty();
    assertThat(REF.getAccessCondition(AccessRoute.VAE)).map(AccessCondition::isOpen).contains(true);
    assertThat(REF.getBlocks().get(0).getEvaluation().getModality(EvaluationModality.RECONSTITUTED_SITUATION)).isPresent();
    Referential withoutVae = copy().paths(List.of(REF.getPath(PathKind.TRAINING).orElseThrow())).build();
    assertThat(withoutVae.getPath(PathKind.VAE)).isEmpty();
  }

  @Test
  void activitiesBlocksAndPathsAreListedOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().addActivities(Activity.of(io.github.cqpm.model.code.ActivityCode.of(2), "encore")).build())
        .withMessage("activities[4]: duplicate A2 (each may appear only once)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().addBlocks(REF.getBlocks().get(0)).build())
        .withMessage("blocks[3]: duplicate RNCP19453BC01 (each may appear only once)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().addPaths(REF.getPath(PathKind.VAE).orElseThrow()).build())
        .withMessage("paths[2]: duplicate VAE (each may appear only once)");
  }

  @Test
  void whatIsStatedIsWellFormed() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().holdersPerYear(-1).build())
        .withMessage("holdersPerYear: must be zero or more, was -1");
    assertThat(copy().holdersPerYear(0).build().getHoldersPerYear()).hasValue(0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().certificationPlace(" ").build())
        .withMessageStartingWith("certificationPlace: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().addNotes("").build())
        .withMessageStartingWith("notes: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().number(0).build())
        .withMessage("number: must be 1 or more, was 0");
    assertThat(copy().number(1).blocks(List.of()).capacities(List.of()).build().getNumber()).isEqualTo(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> copy().componentValidity(Period.ofYears(-5)).build())
        .withMessage("componentValidity: must be positive, was P-5Y");
    assertThat(copy().componentValidity(Period.ofDays(1)).build().getComponentValidity()).contains(Period.ofDays(1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Certifier.of("UIMM", " "))
        .withMessageStartingWith("signatoryQuality: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Capacity.builder().code(CapacityCode.of(1)).label("l").summaryLabel("").build())
        .withMessageStartingWith("summaryLabel: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AccessCondition.builder().route(AccessRoute.VAE).open(true).juryComposition(" ").build())
        .withMessageStartingWith("juryComposition: ");
  }

  @Test
  void juryRulesCountNoFewerThanNobody() {
    JuryRules rules = REF.getJuryRules().orElseThrow();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JuryRules.builder().from(rules).maxMetallurgyEmployers(-1).build())
        .withMessageStartingWith("maxMetallurgyEmployers: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JuryRules.builder().from(rules).maxTemporaryWorkEmployers(-1).build())
        .withMessageStartingWith("maxTemporaryWorkEmployers: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JuryRules.builder().from(rules).maxTemporaryWorkEmployees(-1).build())
        .withMessageStartingWith("maxTemporaryWorkEmployees: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JuryRules.builder().from(rules).maxVotesPerUnion(-1).build())
        .withMessageStartingWith("maxVotesPerUnion: ");
    assertThat(JuryRules.builder().from(rules).maxTemporaryWorkEmployers(0).build().getMaxTemporaryWorkEmployers())
        .isZero();
  }

  @Test
  void anEvaluationSchemeOffersEachModalityOnceAndStatesNoBlankText() {
    EvaluationScheme scheme = REF.getBlocks().get(0).getEvaluation();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationScheme.builder().from(scheme).addModalities(scheme.getModalities().get(0)).build())
        .withMessage("modalities[3]: duplicate REAL_WORK_SITUATION (each may appear only once)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationScheme.builder().from(scheme).companyOpinion(" ").build())
        .withMessageStartingWith("companyOpinion: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationScheme.builder().from(scheme).attestation("").build())
        .withMessageStartingWith("attestation: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EvaluationScheme.builder().statement(" ").build())
        .withMessageStartingWith("statement: ");
    assertThat(scheme.getModality(EvaluationModality.PROJECT_PRESENTATION).orElseThrow().getModality())
        .isEqualTo(EvaluationModality.PROJECT_PRESENTATION);
  }

  @Test
  void aRegistrationIsPublishedNoEarlierThanOrdered() {
    Registration registration = REF.getRegistration();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registration.builder().from(registration).publicationDay(LocalDate.of(2014, 7, 28)).build())
        .withMessage("publicationDay: must not be before decisionDay 2014-07-29, was 2014-07-28");
    assertThat(Registration.builder().from(registration).publicationDay(LocalDate.of(2014, 7, 29)).build()
        .getPublicationDay()).contains(LocalDate.of(2014, 7, 29));
    assertThat(Registration.builder().from(registration).endDay(LocalDate.of(2014, 8, 9)).build().getEndDay())
        .contains(LocalDate.of(2014, 8, 9));
  }

  @Test
  void aRegistrationOnRequestStartsOnTheDecisionAndOneByRightOnItsEffect() {
    LocalDate decided = LocalDate.of(2023, 3, 30);
    LocalDate effect = LocalDate.of(2023, 9, 1);
    Registration onRequest = Registration.builder().kind(Registration.Kind.ON_REQUEST).decisionDay(decided)
        .duration("5 ans").endDay(LocalDate.of(2028, 3, 30)).build();
    assertThat(onRequest.getFirstDay()).contains(decided);
    assertThat(onRequest.getEffectiveDay()).isEmpty();
    Registration byRight = Registration.builder().kind(Registration.Kind.BY_RIGHT).effectiveDay(effect)
        .publicationDay(LocalDate.of(2023, 8, 20)).endDay(LocalDate.of(2026, 8, 31)).build();
    assertThat(byRight.getFirstDay()).contains(effect);
    assertThat(byRight.getDecisionDay()).isEmpty();
    // of unstated kind, both stated: the effective day, as RNCP 19453 reads
    assertThat(Registration.builder().decisionDay(decided).effectiveDay(effect).build().getFirstDay()).contains(effect);
    assertThat(Registration.builder().kind(Registration.Kind.ON_REQUEST).decisionDay(decided).effectiveDay(effect)
        .build().getFirstDay()).contains(decided);
  }

  @Test
  void aRegistrationIsAWindowWithAnEndOrAStartOrBoth() {
    Registration noEnd = Registration.builder().effectiveDay(LocalDate.of(2010, 1, 1)).build();
    assertThat(noEnd.getEndDay()).isEmpty();
    Registration noStart = Registration.builder().endDay(LocalDate.of(2012, 1, 1)).build();
    assertThat(noStart.getFirstDay()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registration.builder().publicationDay(LocalDate.of(2010, 1, 1)).duration("3 ans").build())
        .withMessageStartingWith("endDay: must state a first day");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registration.builder().endDay(LocalDate.of(2012, 1, 1)).duration(" ").build())
        .withMessageStartingWith("duration:");
  }

  @Test
  void eachFactOfARegistrationIsCheckedOnlyWhenStated() {
    LocalDate day = LocalDate.of(2020, 5, 4);
    // on request, stated without its decision: the window starts on the effective day
    assertThat(Registration.builder().kind(Registration.Kind.ON_REQUEST).effectiveDay(day).build().getFirstDay())
        .contains(day);
    // by right, stated without its effective day: the decision's day
    assertThat(Registration.builder().kind(Registration.Kind.BY_RIGHT).decisionDay(day).build().getFirstDay())
        .contains(day);
    // an end the same day as the first day is a window of one day
    assertThat(Registration.builder().decisionDay(day).endDay(day).build().getEndDay()).contains(day);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registration.builder().kind(Registration.Kind.ON_REQUEST).decisionDay(day)
            .effectiveDay(day.minusDays(10)).endDay(day.minusDays(1)).build())
        .withMessage("endDay: must not be before the first day 2020-05-04, was 2020-05-03");
    // a publication without a decision, or a decision without a publication: nothing to order
    assertThat(Registration.builder().publicationDay(day.minusYears(1)).endDay(day).build().getPublicationDay())
        .contains(day.minusYears(1));
    assertThat(Registration.builder().decisionDay(day).build().getPublicationDay()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Registration.builder().endDay(day).legalText("  ").build())
        .withMessageStartingWith("legalText:");
    assertThat(Registration.builder().endDay(day).legalText("Décision").duration("5 ans").build())
        .satisfies(r -> {
          assertThat(r.getLegalText()).contains("Décision");
          assertThat(r.getDuration()).contains("5 ans");
          assertThat(r.getKind()).isEmpty();
          assertThat(r.getLastJournalDay()).isEmpty();
        });
  }

  @Test
  @SuppressWarnings("deprecation")
  void theAccessorsOf010ReadTheFactsAndSayWhenOneIsNotStated() {
    Registration built = Registration.builder().orderDate(LocalDate.of(2014, 7, 29))
        .publicationDate(LocalDate.of(2014, 8, 9)).effectiveDate(LocalDate.of(2014, 8, 9))
        .endDate(LocalDate.of(2019, 8, 9)).legalBasis(REF.getRegistration().getLegalText().orElseThrow()).build();
    assertThat(built).isEqualTo(REF.getRegistration());
    assertThat(built.getOrderDate()).isEqualTo(LocalDate.of(2014, 7, 29));
    assertThat(built.getPublicationDate()).isEqualTo(LocalDate.of(2014, 8, 9));
    assertThat(built.getEffectiveDate()).isEqualTo(LocalDate.of(2014, 8, 9));
    assertThat(built.getEndDate()).isEqualTo(LocalDate.of(2019, 8, 9));
    assertThat(built.getLegalBasis()).startsWith("Arrêté du 29 juillet 2014");
    Registration onRequest = Registration.builder().decisionDay(LocalDate.of(2023, 3, 30)).build();
    assertThatIllegalStateException().isThrownBy(onRequest::getEndDate)
        .withMessage("the registration does not state its endDay: read getEndDay(), an Optional");
    assertThatIllegalStateException().isThrownBy(onRequest::getEffectiveDate)
        .withMessage("the registration does not state its effectiveDay: read getEffectiveDay(), an Optional");
  }

  @Test
  void aCertificationPathStatesEveryStepItHas() {
    CertificationPath training = REF.getPath(PathKind.TRAINING).orElseThrow();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CertificationPath.builder().from(training).putSteps(ProcedureStep.EVALUATION, " ").build())
        .withMessageStartingWith("steps.EVALUATION: ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CertificationPath.builder().from(training).addNotes("").build())
        .withMessageStartingWith("notes: ");
  }

  @Test
  void onlyTheTwoCollectivitiesTheFicheNamesCanBeClosed() {
    Referential open = copy().accessibleInNewCaledonia(true).accessibleInFrenchPolynesia(true).build();
    assertThat(open.isAccessibleIn(Territory.NEW_CALEDONIA)).isTrue();
    assertThat(open.isAccessibleIn(Territory.FRENCH_POLYNESIA)).isTrue();
    assertThat(REF.isAccessibleIn(Territory.NEW_CALEDONIA)).isFalse();
    assertThat(REF.isAccessibleIn(Territory.FRANCE)).isTrue();
  }
}
