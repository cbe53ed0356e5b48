package io.github.cqpm.model.validation;

import io.github.cqpm.model.code.RncpNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.dossier.Samples;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Laws of the model over generated values. */
class ModelPropertiesTest {
  private static final List<String> UNIONS = List.of("CFDT", "CGT", "CGT-FO", "CFE-CGC", "CFTC");
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void stockValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  /** A conform jury (sitting inside the registration, 2014-08-09 to 2019-08-09): n voting employers of metallurgy, n unions' voting representatives, up to two non-voting extras. */
  static Gen<JurySession> conformJuries() {
    return Generate.range(1, 5)
        .zip(Generate.range(0, 2), Generate.booleans(), SourceDSL.integers().between(0, 1826),
            (n, extras, employerTemp, day) -> {
              JurySession.Builder jury = JurySession.builder().date(LocalDate.of(2014, 8, 9).plusDays(day));
              for (int i = 0; i < n; i++) {
                jury.addMembers(Samples.member("P" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
                jury.addMembers(Samples.member("S" + i, College.EMPLOYEE, Branch.METALLURGY, UNIONS.get(i), true));
              }
              for (int i = 0; i < extras; i++) {
                // at most one temporary work member in each delegation, without a vote
                jury.addMembers(Samples.member("X" + i, employerTemp == (i == 0) ? College.EMPLOYER : College.EMPLOYEE,
                    Branch.TEMPORARY_WORK, UNIONS.get(i), false));
              }
              return jury.president("P0").build();
            });
  }

  /** Any jury at all: members of random college, branch, union and voting right. */
  static Gen<JurySession> anyJuries() {
    Gen<JuryMember> members = Generate.enumValues(College.class)
        .zip(Generate.enumValues(Branch.class), Generate.pick(UNIONS), Generate.booleans(),
            (college, branch, union, voting) -> Samples.member("tmp", college, branch, union, voting));
    return SourceDSL.lists().of(members).ofSizeBetween(0, 14)
        .zip(Generate.booleans(), (list, presided) -> {
          JurySession.Builder jury = JurySession.builder().date(Samples.JURY);
          for (int i = 0; i < list.size(); i++) {
            jury.addMembers(JuryMember.builder().from(list.get(i)).id("M" + i).build());
          }
          if (presided && !list.isEmpty()) {
            jury.president("M0");
          }
          return jury.build();
        });
  }

  static Gen<Dossier> conformDossiers() {
    Gen<List<CapacityAssessment>> assessments = SourceDSL.lists()
        .of(Generate.range(1, 8).zip(Generate.enumValues(EvaluationMethod.class), Generate.enumValues(AssessmentOutcome.class),
            (c, m, o) -> Samples.assessment(c, m, o)))
        .ofSizeBetween(0, 12);
    Gen<List<CompanyOpinion>> opinions = SourceDSL.lists()
        .of(Generate.range(1, 3).zip(Generate.enumValues(OpinionPolarity.class), Generate.enumValues(OpinionAuthorRole.class),
            (b, p, r) -> CompanyOpinion.builder().block(Samples.block(b)).date(Samples.ASSESSED).polarity(p).authorRole(r).build()))
        .ofSizeBetween(0, 4);
    Gen<JuryDeliberation> juries = conformJuries().zip(SourceDSL.longs().all(), (session, seed) -> {
      JuryDeliberation.Builder d = JuryDeliberation.builder().session(session);
      Random random = new Random(seed);
      session.getVotingMembers().forEach(m -> d.addVotes(Vote.of(m.getId(), VoteChoice.values()[random.nextInt(3)])));
      return d.build();
    });
    return Generate.pick(List.of(AccessRoute.CONTINUING_TRAINING, AccessRoute.PROFESSIONALISATION_CONTRACT, AccessRoute.VAE))
        .zip(assessments, opinions, juries.toOptionals(20),
            (route, a, o, jury) -> {
              Dossier.Builder dossier = Dossier.builder().certification(RncpNumber.of(19453))
                  .candidate(Candidate.of("CAND-1"))
                  .candidacy(Candidacy.builder().route(route).territory(Territory.FRANCE).registrationDate(Samples.REGISTERED).build())
                  .assessments(a)
                  .companyOpinions(o)
                  .jury(jury);
              if (route == AccessRoute.VAE) {
                dossier.vae(Samples.vaeFile().build());
              }
              return dossier.build();
            });
  }

  @Test
  void everyConformDossierHasNoViolationAndRebuildsEqual() {
    qt().forAll(conformDossiers()).checkAssert(dossier -> {
      assertThat(validator.validate(dossier)).isEmpty();
      Dossier copy = Dossier.builder().from(dossier).build();
      assertThat(copy).isEqualTo(dossier).hasSameHashCodeAs(dossier);
    });
  }

  /** A conform dossier whose jury is reseated as {@code session}, with no votes. */
  private static Dossier seated(JurySession session) {
    return BeanValidationTest.seated(session);
  }

  private static Set<String> kinds(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
  }

  private static String template(Nonconformity.Kind kind) {
    return "{" + kind.messageKey() + "}";
  }

  @Test
  void parityIsReportedExactlyWhenVotingDelegationsDiffer() {
    qt().forAll(anyJuries()).checkAssert(jury -> {
      boolean reported = kinds(validator.validate(seated(jury))).contains(template(Nonconformity.Kind.JURY_NOT_PARITARY));
      long employers = jury.getMembers().stream().filter(m -> m.isVoting() && m.getCollege() == College.EMPLOYER).count();
      long employees = jury.getMembers().stream().filter(m -> m.isVoting() && m.getCollege() == College.EMPLOYEE).count();
      assertThat(reported).isEqualTo(employers != employees);
    });
  }

  @Test
  void aJuryIsReportedExactlyWhenItsCompositionIsNotConformAndAtTheSamePaths() {
    qt().forAll(anyJuries()).checkAssert(jury -> {
      JuryComposition composition = JuryComposition.of(jury, Referentials.rncp19453().getJuryRules().orElseThrow());
      List<String> expected = composition.getNonconformities().stream()
          .map(n -> "jury.session." + n.path()).sorted().collect(Collectors.toList());
      List<String> reported = validator.validate(seated(jury)).stream()
          .map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.toList());
      assertThat(reported).isEqualTo(expected);
      assertThat(reported.isEmpty()).isEqualTo(composition.isConform());
    });
  }

  @Test
  void addingAnEmployerVoterToAConformJuryBreaksParity() {
    qt().forAll(conformJuries()).checkAssert(jury -> {
      assertThat(validator.validate(seated(jury))).isEmpty();
      JurySession more = JurySession.builder().from(jury)
          .addMembers(Samples.member("Z", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true)).build();
      assertThat(kinds(validator.validate(seated(more)))).contains(template(Nonconformity.Kind.JURY_NOT_PARITARY));
    });
  }

  @Test
  void theOrderOfMembersNeverChangesWhatIsReported() {
    qt().forAll(anyJuries(), SourceDSL.longs().all()).checkAssert((jury, seed) -> {
      List<JuryMember> shuffled = new ArrayList<>(jury.getMembers());
      Collections.shuffle(shuffled, new Random(seed));
      JurySession permuted = JurySession.builder().from(jury).members(shuffled).build();
      assertThat(describe(validator.validate(seated(permuted)))).isEqualTo(describe(validator.validate(seated(jury))));
    });
  }

  @Test
  void everyCapacityOfTheFicheIsKnownAndNoOther() {
    qt().forAll(SourceDSL.integers().between(1, 10_000)).checkAssert(n -> {
      Dossier dossier = Samples.admissibleTrainingDossier()
          .addAssessments(Samples.assessment(n, EvaluationMethod.REPORT_AND_PRESENTATION, AssessmentOutcome.VALIDATED)).build();
      assertThat(validator.validate(dossier).isEmpty()).isEqualTo(n <= 8);
    });
  }

  private static Set<String> describe(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath().toString().replaceAll("members\\[\\d+]", "members[]") + ": " + v.getMessage())
        .collect(Collectors.toSet());
  }

}
