package io.github.cqpm.model.validation;

import static io.github.cqpm.model.dossier.Samples.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Candidacy;
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
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
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
 * once, with its property path and its message.
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

  @Test
  void aConformDossierHasNoViolation() {
    assertThat(validator.validate(Samples.admissibleTrainingDossier().build())).isEmpty();
    assertThat(validator.validate(Samples.admissibleTrainingDossier().vae(Samples.vaeFile().build()).build())).isEmpty();
  }

  @Test
  void aJuryOfSixEmployersIsReportedForEachBreachAtOnce() {
    JurySession.Builder six = JurySession.builder().date(Samples.JURY);
    for (int i = 1; i <= 6; i++) {
      six.addMembers(member("E" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    Set<ConstraintViolation<JurySession>> violations = validator.validate(six.build());
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("members", "the jury is not paritaire: as many employees' as employers' representatives must sit with a vote"),
            tuple("members", "the employers' delegation is too large: at most five qualified members of the metallurgy branch and one member of the temporary work branch"),
            tuple("president", "the jury has no president sitting in it: a president must be designated among the members"));
    assertThat(violations)
        .extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .containsExactlyInAnyOrder("ParitaryJury", "EmployerDelegation", "PresidentSits");
  }

  @Test
  void employerDelegationAllowsOneTemporaryWorkMemberBesidesFiveOfMetallurgy() {
    JurySession withOne = Samples.juryOfTen()
        .addMembers(member("T1", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .build();
    assertThat(validator.validate(withOne)).isEmpty();
    JurySession withTwo = JurySession.builder().from(withOne)
        .addMembers(member("T2", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .build();
    assertThat(paths(validator.validate(withTwo))).containsExactly("members");
  }

  @Test
  void onlyOneRepresentativePerUnionVotes() {
    JurySession twoCgtVoters = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.METALLURGY, " cgt ", true))
        .addMembers(member("M12", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
        .build();
    Set<ConstraintViolation<JurySession>> violations = validator.validate(twoCgtVoters);
    assertThat(violations).extracting(ConstraintViolation::getMessage)
        .containsExactly("a union has more than one representative sitting with a vote: only one representative per union votes");
    JurySession cgtSecondWithoutVote = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.METALLURGY, "CGT", false))
        .build();
    assertThat(validator.validate(cgtSecondWithoutVote)).isEmpty();
  }

  @Test
  void thePresidentMustSitInTheJury() {
    assertThat(paths(validator.validate(Samples.juryOfTen().president("M42").build()))).containsExactly("president");
  }

  @Test
  void votesOfMembersWithoutAVoteAreReportedEachWithItsIndex() {
    JurySession session = Samples.juryOfTen()
        .addMembers(member("M11", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFDT", false))
        .addMembers(member("M12", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false))
        .build();
    JuryDeliberation deliberation = JuryDeliberation.builder()
        .session(session)
        .addVotes(Vote.of("M1", VoteChoice.ADMISSIBLE), Vote.of("M11", VoteChoice.ADMISSIBLE), Vote.of("M12", VoteChoice.ABSTENTION))
        .build();
    assertThat(paths(validator.validate(deliberation))).containsExactly("votes[1].member", "votes[2].member");
  }

  @Test
  void aWholeDossierReportsEveryViolationWithItsPath() {
    Dossier dossier = Samples.admissibleTrainingDossier()
        .candidacy(Candidacy.builder().from(Samples.admissibleTrainingDossier().build().getCandidacy()).territory(Territory.FRENCH_POLYNESIA).build())
        .addAssessments(Samples.assessment(9, EvaluationMethod.OBSERVATION_AT_WORK, AssessmentOutcome.VALIDATED))
        .addAcquiredBlocks(AcquiredBlock.of(BlockCode.of(19453, 4), LocalDate.of(2015, 3, 2)))
        .vae(VaeFile.builder()
            .addEvidence(ProfessionalSituation.builder().description("x".repeat(ProfessionalSituation.MAX_DESCRIPTION_LENGTH + 1)).addCapacities(CapacityCode.of(12)).build())
            .addEvidence(ProfessionalSituation.builder().description("sans capacité").build())
            .build())
        .jury(JuryDeliberation.builder().from(Samples.admissibleTrainingDossier().build().getJury().orElseThrow())
            .session(Samples.juryOfTen().president("M99").build())
            .build())
        .build();
    Set<ConstraintViolation<Dossier>> violations = validator.validate(dossier);
    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("candidacy.territory", "the certification is not accessible in this territory (not in New Caledonia, not in French Polynesia)"),
            tuple("assessments[8].capacity", "not a capacity of the référentiel RNCP 19453 (expected C1 to C8)"),
            tuple("acquiredBlocks[0].block", "not a block of the référentiel RNCP 19453 (expected RNCP19453BC01 to RNCP19453BC03)"),
            tuple("vae.evidence[0].description", "size must be between 0 and 4000"),
            tuple("vae.evidence[0].capacities[].<iterable element>", "not a capacity of the référentiel RNCP 19453 (expected C1 to C8)"),
            tuple("vae.evidence[1].capacities", "must not be empty"),
            tuple("jury.session.president", "the jury has no president sitting in it: a president must be designated among the members"));
  }

  @Test
  void anEmptyEvidenceDossierIsReported() {
    assertThat(paths(validator.validate(VaeFile.builder().build()))).containsExactly("evidence");
  }

  @Test
  void messagesAreInFrenchForAFrenchLocale() {
    Locale.setDefault(Locale.FRANCE);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<CapacityAssessment>> violations =
          french.getValidator().validate(Samples.assessment(9, EvaluationMethod.OBSERVATION_AT_WORK, AssessmentOutcome.VALIDATED));
      assertThat(violations).extracting(ConstraintViolation::getMessage)
          .containsExactly("pas une capacité du référentiel RNCP 19453 (attendu : C1 à C8)");
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }
}
