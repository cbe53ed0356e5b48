package io.github.cqpm.model.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
        .isThrownBy(() -> Registration.builder().from(REF.getRegistration()).endDate(LocalDate.of(2014, 8, 8)).build())
        .withMessage("endDate: must not be before effectiveDate 2014-08-09, was 2014-08-08");
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
        .isThrownBy(() -> Registration.builder().from(registration).publicationDate(LocalDate.of(2014, 7, 28)).build())
        .withMessage("publicationDate: must not be before orderDate 2014-07-29, was 2014-07-28");
    assertThat(Registration.builder().from(registration).publicationDate(LocalDate.of(2014, 7, 29)).build()
        .getPublicationDate()).isEqualTo(LocalDate.of(2014, 7, 29));
    assertThat(Registration.builder().from(registration).endDate(LocalDate.of(2014, 8, 9)).build().getEndDate())
        .isEqualTo(LocalDate.of(2014, 8, 9));
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
