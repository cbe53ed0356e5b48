package io.github.cqpm.model.validation;

import static io.github.cqpm.model.dossier.Samples.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.ProfessionalSituation;
import io.github.cqpm.model.dossier.Samples;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's constraints are honoured by a stock Hibernate Validator, built with {@code
 * Validation.buildDefaultValidatorFactory()} and nothing else: every violation is reported at
 * once, with its property path and its message, against the référentiel the dossier names.
 */
class BeanValidationTest {
  private static Locale before;
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void stockValidator() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
    Locale.setDefault(before);
  }

  private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.toList());
  }

  /** The admissible training dossier, its jury reseated as {@code session}, with no votes. */
  static Dossier seated(JurySession session) {
    Dossier base = Samples.admissibleTrainingDossier().build();
    return Dossier.builder().from(base)
        .jury(JuryDeliberation.builder().session(session).declaredVerdict(base.getJury().orElseThrow().getDeclaredVerdict()).build())
        .build();
  }

  @Test
  void aConformDossierHasNoViolation() {
    assertThat(validator.validate(Samples.admissibleTrainingDossier().build())).isEmpty();
    Dossier vae = Samples.admissibleTrainingDossier()
        .candidacy(Candidacy.builder().from(Samples.admissibleTrainingDossier().build().getCandidacy()).route(AccessRoute.VAE).build())
        .vae(Samples.vaeFile().build()).build();
    assertThat(validator.validate(vae)).isEmpty();
  }

  @Test
  void aJuryOfSixEmployersIsReportedForEachBreachAtOnce() {
    JurySession.Builder six = JurySession.builder().date(Samples.JURY);
    for (int i = 1; i <= 6; i++) {
      six.addMembers(member("E" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    Set<ConstraintViolation<Dossier>> violations = validator.validate(seated(six.build()));
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("jury.session.members", "the jury is not paritaire: 0 employees' and 6 employers' representatives sit with a vote; the référentiel requires as many of each"),
            tuple("jury.session.members", "6 members of the metallurgy branch on the employers' side; the référentiel allows at most 5"),
            tuple("jury.session.members", "no representative of a union sits in the jury"),
            tuple("jury.session.president", "no president of the jury is designated"));
    assertThat(violations)
        .extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .containsOnly("ConformsToReferential");
  }

  @Test
  void employerDelegationAllowsOneTemporaryWorkMemberBesidesFiveOfMetallurgy() {
    JurySession withOne = Samples.juryOfTen()
        .addMembers(member("T1", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .build();
    assertThat(validator.validate(seated(withOne))).isEmpty();
    JurySession withTwo = JurySession.builder().from(withOne)
        .addMembers(member("T2", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .build();
    assertThat(paths(validator.validate(seated(withTwo)))).containsExactly("jury.session.members");
  }

  @Test
  void onlyOneRepresentativePerUnionVotesAndTheSecondIsNamedByItsIndex() {
    JurySession twoCgtVoters = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.METALLURGY, " cgt ", true))
        .addMembers(member("M12", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
        .build();
    assertThat(validator.validate(seated(twoCgtVoters)))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("jury.session.members[10]",
            "the union CGT has 2 representatives sitting with a vote; the référentiel allows one"));
    JurySession cgtSecondWithoutVote = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.METALLURGY, "CGT", false))
        .build();
    assertThat(validator.validate(seated(cgtSecondWithoutVote))).isEmpty();
  }

  @Test
  void thePresidentMustBeAMemberWithAVote() {
    assertThat(paths(validator.validate(seated(Samples.juryOfTen().president("M42").build()))))
        .containsExactly("jury.session.president");
    JurySession presidentWithoutVote = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .president("M11").build();
    assertThat(validator.validate(seated(presidentWithoutVote)))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("the president M11 sits without a vote and cannot cast the deciding vote");
  }

  @Test
  void aPresidentWithoutAVoteAndTwoTemporaryWorkUnionMembersAreBothReported() {
    JurySession session = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFDT", false))
        .addMembers(member("M12", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CGT", false))
        .addMembers(member("M13", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .president("M13").build();
    assertThat(validator.validate(seated(session)))
        .extracting(ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            "2 members of the temporary work branch on the unions' side; the référentiel allows at most 1",
            "the president M13 sits without a vote and cannot cast the deciding vote");
  }

  @Test
  void votesOfMembersWithoutAVoteAreReportedEachWithItsIndex() {
    JurySession session = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFDT", false))
        .addMembers(member("M12", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .build();
    Dossier dossier = Dossier.builder().from(seated(session))
        .jury(JuryDeliberation.builder().session(session)
            .addVotes(Vote.of("M1", VoteChoice.ADMISSIBLE), Vote.of("M11", VoteChoice.ADMISSIBLE), Vote.of("M12", VoteChoice.ABSTENTION))
            .build())
        .build();
    assertThat(paths(validator.validate(dossier))).containsExactly("jury.votes[1].member", "jury.votes[2].member");
  }

  @Test
  void aWholeDossierReportsEveryViolationWithItsPath() {
    Dossier dossier = Samples.admissibleTrainingDossier()
        .candidacy(Candidacy.builder().from(Samples.admissibleTrainingDossier().build().getCandidacy())
            .route(AccessRoute.VAE).territory(Territory.FRENCH_POLYNESIA).build())
        .addAssessments(Samples.assessment(9, EvaluationMethod.OBSERVATION_AT_WORK, AssessmentOutcome.VALIDATED))
        .addCompanyOpinions(CompanyOpinion.builder().from(Samples.favourable(1)).block(BlockCode.of(19453, 4)).build())
        .addAcquiredBlocks(AcquiredBlock.of(BlockCode.of(19453, 4), LocalDate.of(2015, 3, 2)))
        .vae(VaeFile.builder()
            .addEvidence(ProfessionalSituation.builder().description("x".repeat(ProfessionalSituation.MAX_DESCRIPTION_LENGTH + 1)).addCapacities(CapacityCode.of(12)).build())
            .addEvidence(ProfessionalSituation.builder().description("sans capacité").build())
            .build())
        .jury(JuryDeliberation.builder().from(Samples.admissibleTrainingDossier().build().getJury().orElseThrow())
            .session(Samples.juryOfTen().president("M99").date(LocalDate.of(2019, 8, 10)).build())
            .build())
        .build();
    Set<ConstraintViolation<Dossier>> violations = validator.validate(dossier);
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("candidacy.territory", "the certification is not accessible in FRENCH_POLYNESIA"),
            tuple("jury.session.date", "the jury sat on 2019-08-10, after the registration ended on 2019-08-09"),
            tuple("assessments[8].capacity", "C9 is not a capacity of the référentiel RNCP19453"),
            tuple("companyOpinions[3].block", "RNCP19453BC04 is not a block of the référentiel RNCP19453"),
            tuple("acquiredBlocks[0].block", "RNCP19453BC04 is not a block of the référentiel RNCP19453"),
            tuple("vae.evidence[0].capacities", "C12 is not a capacity of the référentiel RNCP19453"),
            tuple("vae.evidence[0].description", "the description of professional situation 1 has 4001 characters; the library takes at most 4000 as succinct"),
            tuple("vae.evidence[1].capacities", "professional situation 2 of the evidence dossier names no capacity"),
            tuple("jury.session.president", "the president M99 does not sit in the jury"));
  }

  @Test
  void aDossierForAnUnregisteredCertificationIsReportedOnItsCertification() {
    Dossier dossier = Samples.admissibleTrainingDossier().certification(RncpNumber.of(1)).build();
    assertThat(validator.validate(dossier))
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactly(tuple("certification", "the catalogue holds no référentiel under RNCP1"));
  }

  @Test
  void theCatalogueGivenIsTheOneADossierIsValidatedAgainst() {
    Referential rncp19453 = Referentials.rncp19453();
    int number = 99_453;
    Referential.Builder other = Referential.builder().from(rncp19453).number(number)
        .juryRules(JuryRules.builder().from(rncp19453.getJuryRules().orElseThrow()).maxMetallurgyEmployers(6).build())
        .blocks(List.of());
    for (Block block : rncp19453.getBlocks()) {
      other.addBlocks(Block.builder().from(block).code(BlockCode.of(number, block.getCode().getBlockNumber())).build());
    }
    ReferentialCatalog catalog = ReferentialCatalog.bundled().with(other.build());
    Validator withOther = ConformityValidation.validator(factory, catalog, Reading.defaults());
    JurySession sixEmployersSixUnions = JurySession.builder().date(Samples.JURY).president("E1")
        .addMembers(member("E1", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(member("E2", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(member("E3", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(member("E4", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(member("E5", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(member("E6", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(member("S1", College.EMPLOYEE, Branch.METALLURGY, "CFDT", true))
        .addMembers(member("S2", College.EMPLOYEE, Branch.METALLURGY, "CGT", true))
        .addMembers(member("S3", College.EMPLOYEE, Branch.METALLURGY, "CGT-FO", true))
        .addMembers(member("S4", College.EMPLOYEE, Branch.METALLURGY, "CFE-CGC", true))
        .addMembers(member("S5", College.EMPLOYEE, Branch.METALLURGY, "CFTC", true))
        .addMembers(member("S6", College.EMPLOYEE, Branch.METALLURGY, "UNSA", true))
        .build();
    Dossier for19453 = Dossier.builder().from(seated(sixEmployersSixUnions)).assessments(List.of()).companyOpinions(List.of()).build();
    assertThat(paths(withOther.validate(for19453))).containsExactly("jury.session.members");
    Dossier forOther = Dossier.builder().from(for19453).certification(RncpNumber.of(number)).build();
    assertThat(withOther.validate(forOther)).isEmpty();
    assertThat(paths(validator.validate(forOther)))
        .as("the factory's own validator knows the bundled catalogue only")
        .containsExactly("certification");
  }

  @Test
  void aValidatorJudgesUnderTheReadingItIsGiven() {
    Dossier individual = Samples.admissibleTrainingDossier()
        .candidacy(Candidacy.builder().from(Samples.admissibleTrainingDossier().build().getCandidacy())
            .route(AccessRoute.INDIVIDUAL_CANDIDACY).build())
        .build();
    assertThat(paths(validator.validate(individual))).containsExactly("candidacy.route");
    Validator everyRoute = ConformityValidation.validator(
        factory, ReferentialCatalog.bundled(), new Reading(true, true));
    assertThat(everyRoute.validate(individual)).isEmpty();
  }

  @Test
  void anEmptyEvidenceDossierIsReportedOnTheVaeRouteOnly() {
    Dossier base = Samples.admissibleTrainingDossier().vae(VaeFile.builder().build()).build();
    assertThat(validator.validate(base)).as("a VAE file on a training route: the rules' warning").isEmpty();
    Dossier vae = Dossier.builder().from(base)
        .candidacy(Candidacy.builder().from(base.getCandidacy()).route(AccessRoute.VAE).build()).build();
    assertThat(paths(validator.validate(vae))).containsExactly("vae.evidence");
  }

  @Test
  void aRouteTheReferentialDoesNotOpenIsReported() {
    for (AccessRoute route : List.of(AccessRoute.INITIAL_TRAINING, AccessRoute.APPRENTICESHIP, AccessRoute.INDIVIDUAL_CANDIDACY)) {
      Dossier dossier = Samples.admissibleTrainingDossier()
          .candidacy(Candidacy.builder().from(Samples.admissibleTrainingDossier().build().getCandidacy()).route(route).build())
          .build();
      assertThat(validator.validate(dossier))
          .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
          .as(route.toString())
          .containsExactly(tuple("candidacy.route", "the route " + route + " is not open for this certification"));
    }
  }

  @Test
  void aTargetedBlockOutsideTheReferentialIsReportedAtItsPlace() {
    Candidacy base = Samples.admissibleTrainingDossier().build().getCandidacy();
    Dossier dossier = Samples.admissibleTrainingDossier()
        .candidacy(Candidacy.builder().from(base)
            .targetedBlocks(List.of(BlockCode.of(19453, 2), BlockCode.of(19453, 4))).build())
        .build();
    assertThat(validator.validate(dossier)).extracting(v -> v.getPropertyPath().toString())
        .containsExactly("candidacy.targetedBlocks[1]");
    Dossier inside = Samples.admissibleTrainingDossier()
        .candidacy(Candidacy.builder().from(base).addTargetedBlocks(BlockCode.of(19453, 2)).build()).build();
    assertThat(validator.validate(inside)).isEmpty();
  }

  @Test
  void theApplicationsOwnValidationMessagesDoNotHideTheLibrarys() {
    // this module's test resources hold an application's ValidationMessages[_fr].properties
    assertThat(BeanValidationTest.class.getResource("/ValidationMessages.properties")).isNotNull();
    Dossier dossier = Samples.admissibleTrainingDossier()
        .addAssessments(Samples.assessment(9, EvaluationMethod.OBSERVATION_AT_WORK, AssessmentOutcome.VALIDATED)).build();
    assertThat(validator.validate(dossier)).extracting(ConstraintViolation::getMessage)
        .containsExactly("C9 is not a capacity of the référentiel RNCP19453");
  }

  @Test
  void messagesAreInFrenchForAFrenchLocale() {
    Locale.setDefault(Locale.FRANCE);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      Dossier dossier = Samples.admissibleTrainingDossier()
          .addAssessments(Samples.assessment(9, EvaluationMethod.OBSERVATION_AT_WORK, AssessmentOutcome.VALIDATED)).build();
      assertThat(french.getValidator().validate(dossier)).extracting(ConstraintViolation::getMessage)
          .containsExactly("C9 n'est pas une capacité du référentiel RNCP19453");
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }
}
