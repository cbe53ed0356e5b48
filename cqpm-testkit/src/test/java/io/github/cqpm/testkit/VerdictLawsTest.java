package io.github.cqpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

/**
 * Laws of the verdict over generated dossiers: the jury decides, the evidence bounds it, an
 * irregular deliberation has no valid verdict; and Bean Validation and the rules say the same of
 * every jury.
 */
class VerdictLawsTest {
  private static final CqpmRules RULES = CqpmRules.standard();
  private static final Set<String> COMPOSITION = Set.of(
      "JURY_NOT_PARITARY", "TOO_MANY_METALLURGY_EMPLOYERS", "TOO_MANY_TEMPORARY_WORK_EMPLOYERS",
      "TOO_MANY_TEMPORARY_WORK_EMPLOYEES", "NO_UNION_REPRESENTATIVE", "UNION_HAS_SEVERAL_VOTES",
      "PRESIDENT_MISSING", "PRESIDENT_NOT_MEMBER", "PRESIDENT_WITHOUT_VOTE");
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

  /** A generated dossier whose voting members (and, at times, others) vote as drawn; nothing declared. */
  private static Gen<Dossier> revoted(DossierSpec spec) {
    return CqpmGens.dossiers(spec).flatMap(base -> CqpmGens.of(d -> {
      JuryDeliberation jury = base.getJury().orElseThrow();
      List<Vote> votes = new ArrayList<>();
      for (JuryMember member : jury.getSession().getMembers()) {
        if (d.between(0, 5) > 0) {
          votes.add(Vote.of(member.getId(), d.pick(VoteChoice.class)));
        }
      }
      return Dossier.builder().from(base).jury(JuryDeliberation.builder().from(jury)
          .votes(votes).declaredVerdict(Optional.empty()).build()).build();
    }));
  }

  @Test
  void withCompleteEvidenceAndAConformJuryTheDecisionIsTheVotesVerdict() {
    qt().forAll(revoted(DossierSpec.any().acquiredBlocks(3))).checkAssert(dossier -> {
      Decision<DossierOutcome> decision = RULES.decide(dossier);
      assertThat(decision.outcome().evidence()).isEqualTo(io.github.cqpm.model.jury.Verdict.ADMISSIBLE);
      JuryDeliberation jury = dossier.getJury().orElseThrow();
      if (jury.getVotes().isEmpty()) {
        assertThat(decision.outcome().ruling()).isEqualTo(Ruling.PENDING);
        return;
      }
      Optional<io.github.cqpm.model.jury.Verdict> votes = RULES.deliberation(jury).outcome().verdict();
      assertThat(decision.outcome().ruling().verdict()).isEqualTo(votes);
      if (votes.isEmpty()) {
        assertThat(decision.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
        assertThat(decision.outcome().irregularities()).containsExactly(FindingCode.TIE_UNRESOLVED);
      }
    });
  }

  /**
   * Law: a candidate absent or excused from the jury never gets a verdict, whatever the votes and
   * the declared verdict recorded, and their blocks are judged as if they had attended.
   */
  @Test
  void aCandidateWhoDidNotAttendNeverGetsAVerdictWhateverTheVotes() {
    qt().forAll(CqpmGens.dossiers(), CqpmGens.votes(), CqpmGens.of(d -> d.bool())).checkAssert((base, votes, excused) -> {
      io.github.cqpm.model.jury.JuryDeliberation jury = base.getJury().orElseThrow();
      java.util.List<io.github.cqpm.model.jury.Vote> cast = votes.stream()
          .filter(v -> jury.getSession().getMember(v.getMember()).isPresent())
          .collect(java.util.stream.Collectors.toMap(io.github.cqpm.model.jury.Vote::getMember, v -> v, (a, b) -> a,
              java.util.LinkedHashMap::new)).values().stream().toList();
      io.github.cqpm.model.jury.Attendance away = excused ? io.github.cqpm.model.jury.Attendance.EXCUSED
          : io.github.cqpm.model.jury.Attendance.ABSENT;
      Dossier dossier = Dossier.builder().from(base).jury(io.github.cqpm.model.jury.JuryDeliberation.builder()
          .from(jury).votes(cast).attendance(away).build()).build();
      DossierOutcome outcome = RULES.decide(dossier).outcome();
      assertThat(outcome.ruling()).isEqualTo(excused ? io.github.cqpm.rules.Ruling.EXCUSED
          : io.github.cqpm.rules.Ruling.ABSENT);
      assertThat(outcome.ruling().verdict()).isEmpty();
      assertThat(outcome.certification()).isEqualTo(RULES.decide(base).outcome().certification());
    });
  }

  /** Law: a candidacy that targets every block is decided as one that targets none. */
  @Test
  void targetingEveryBlockIsTargetingNone() {
    qt().forAll(CqpmGens.dossiers(), CqpmGens.policies()).checkAssert((base, policy) -> {
      java.util.List<io.github.cqpm.model.code.BlockCode> every = new java.util.ArrayList<>();
      Referentials.rncp19453().getBlocks().forEach(b -> every.add(b.getCode()));
      java.util.Collections.reverse(every);
      Dossier all = Dossier.builder().from(base).candidacy(io.github.cqpm.model.dossier.Candidacy.builder()
          .from(base.getCandidacy()).targetedBlocks(every).build()).build();
      CqpmRules rules = CqpmRules.of(Referentials.rncp19453(), policy);
      assertThat(rules.decide(all)).isEqualTo(rules.decide(base));
    });
  }

  /**
   * Law: for a partial target, the result depends only on the targeted blocks: taking away every
   * assessment and opinion of the other blocks changes neither the ruling nor the targeted blocks'
   * statuses.
   */
  @Test
  void aPartialTargetDependsOnlyOnItsBlocks() {
    qt().forAll(CqpmGens.dossiers(), CqpmGens.of(d -> d.intBetween(1, 3))).checkAssert((base, n) -> {
      io.github.cqpm.model.referential.Block block = Referentials.rncp19453().getBlocks().get(n - 1);
      Dossier targeted = Dossier.builder().from(base).candidacy(io.github.cqpm.model.dossier.Candidacy.builder()
          .from(base.getCandidacy()).targetedBlocks(java.util.List.of(block.getCode())).build()).build();
      Dossier onlyIts = Dossier.builder().from(targeted)
          .assessments(targeted.getAssessments().stream().filter(a -> block.getCapacities().contains(a.getCapacity()))
              .toList())
          .companyOpinions(targeted.getCompanyOpinions().stream().filter(o -> o.getBlock().equals(block.getCode()))
              .toList())
          .acquiredBlocks(targeted.getAcquiredBlocks().stream().filter(a -> a.getBlock().equals(block.getCode()))
              .toList())
          .build();
      DossierOutcome full = RULES.decide(targeted).outcome();
      DossierOutcome reduced = RULES.decide(onlyIts).outcome();
      assertThat(reduced.ruling()).isEqualTo(full.ruling());
      assertThat(full.ruling()).isIn(io.github.cqpm.rules.Ruling.TARGET_MET, io.github.cqpm.rules.Ruling.TARGET_NOT_MET,
          io.github.cqpm.rules.Ruling.UNDECIDED);
      assertThat(reduced.certification().blocks().get(n - 1)).isEqualTo(full.certification().blocks().get(n - 1));
    });
  }

  /**
   * Law: the France VAE result written from a decision, read back, asserts that decision (no
   * contradiction), for candidacies to the whole CQPM or to part of it, present, absent or excused;
   * it has no result exactly when the ruling is no verdict of the jury's.
   */
  @Test
  void theFranceVaeResultReadBackAssertsTheDecision() {
    qt().forAll(CqpmGens.dossiers(), CqpmGens.of(d -> d.intBetween(0, 7)), CqpmGens.of(d -> d.intBetween(0, 2)))
        .checkAssert((base, mask, away) -> {
          java.util.List<io.github.cqpm.model.code.BlockCode> target = new java.util.ArrayList<>();
          for (int b = 0; b < 3; b++) {
            if ((mask & (1 << b)) != 0) {
              target.add(Referentials.rncp19453().getBlocks().get(b).getCode());
            }
          }
          Dossier targeted = Dossier.builder().from(base).candidacy(io.github.cqpm.model.dossier.Candidacy.builder()
              .from(base.getCandidacy()).targetedBlocks(target).build()).build();
          Dossier dossier = away == 0 ? targeted : Dossier.builder().from(targeted)
              .jury(io.github.cqpm.model.jury.JuryDeliberation.builder()
                  .session(targeted.getJury().orElseThrow().getSession())
                  .attendance(away == 1 ? io.github.cqpm.model.jury.Attendance.ABSENT
                      : io.github.cqpm.model.jury.Attendance.EXCUSED).build()).build();
          DossierOutcome outcome = RULES.decide(dossier).outcome();
          java.util.Optional<io.github.cqpm.rules.francevae.FranceVaeResult> written =
              io.github.cqpm.rules.francevae.FranceVae.of(dossier, outcome, Referentials.rncp19453());
          assertThat(written.isEmpty()).isEqualTo(outcome.ruling() == io.github.cqpm.rules.Ruling.UNDECIDED
              || outcome.ruling() == io.github.cqpm.rules.Ruling.PENDING);
          written.ifPresent(result -> {
            assertThat(io.github.cqpm.rules.francevae.FranceVae.contradictions(result, dossier, outcome,
                Referentials.rncp19453())).isEmpty();
            assertThat(result.estViseePartiellement()).isEqualTo(!target.isEmpty() && target.size() < 3);
          });
        });
  }

  @Test
  void withIncompleteEvidenceTheDecisionIsNeverAdmissible() {
    qt().forAll(CqpmGens.of(d -> d.intBetween(0, 2)).flatMap(k -> revoted(DossierSpec.any().acquiredBlocks(k))))
        .checkAssert(dossier -> {
          Decision<DossierOutcome> decision = RULES.decide(dossier);
          assertThat(decision.outcome().ruling()).isNotEqualTo(Ruling.ADMISSIBLE);
          if (decision.outcome().juryVerdict().equals(Optional.of(io.github.cqpm.model.jury.Verdict.ADMISSIBLE))) {
            assertThat(decision.codes()).contains(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE);
          }
        });
  }

  @ParameterizedTest
  @EnumSource(NonConformity.class)
  void aLabelledIrregularDeliberationHasNoValidVerdict(NonConformity kind) {
    if (!kind.isIrregularDeliberation()) {
      qt().withExamples(30).forAll(CqpmGens.nonConforming(kind))
          .checkAssert(d -> assertThat(RULES.decide(d).outcome().ruling()).isNotEqualTo(Ruling.UNDECIDED));
      return;
    }
    qt().withExamples(50).forAll(CqpmGens.nonConforming(kind)).checkAssert(d -> {
      DossierOutcome outcome = RULES.decide(d).outcome();
      assertThat(outcome.ruling()).isEqualTo(Ruling.UNDECIDED);
      assertThat(outcome.irregularities()).contains(kind.getExpectedCode());
    });
  }

  @ParameterizedTest
  @EnumSource(NonConformity.class)
  void everyLabelledNonConformityOfAModelValueIsBothAFindingAndAViolation(NonConformity kind) {
    Optional<Nonconformity.Kind> modelKind = Arrays.stream(Nonconformity.Kind.values())
        .filter(k -> k.name().equals(kind.getExpectedCode().name())).findFirst();
    qt().withExamples(30).forAll(CqpmGens.nonConforming(kind)).checkAssert(d -> {
      Set<String> templates = validator.validate(d).stream()
          .map(ConstraintViolation::getMessageTemplate).collect(Collectors.toSet());
      if (modelKind.isPresent()) {
        assertThat(templates).contains("{" + modelKind.get().messageKey() + "}");
      } else {
        assertThat(templates).as("what only the rules judge (evidence, procedure, declaration)").isEmpty();
      }
    });
  }

  /** Any jury at all: drawn members of any delegation, branch, union and voting right; any president. */
  private static Gen<JurySession> anyJuries() {
    return CqpmGens.of(d -> {
      JurySession.Builder session = JurySession.builder().date(Recipes.juryDate(d));
      int size = d.intBetween(0, 14);
      for (int i = 0; i < size; i++) {
        College college = d.pick(College.class);
        session.addMembers(Recipes.member("M" + i, college, d.pick(Branch.class),
            college == College.EMPLOYER ? "UIMM" : d.pick(Recipes.UNIONS), d.bool()));
      }
      int president = d.intBetween(-1, size);
      if (president >= 0) {
        session.president("M" + president);
      }
      return session.build();
    });
  }

  @Test
  void forEveryJuryBeanValidationReportsAViolationExactlyWhereTheRulesReportACompositionError() {
    qt().forAll(anyJuries(), CqpmGens.dossiers()).checkAssert((session, base) -> {
      Dossier dossier = Dossier.builder().from(base)
          .jury(JuryDeliberation.builder().session(session).build()).build();
      List<String> violations = validator.validate(dossier).stream()
          .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate()).sorted().toList();
      List<Finding> errors = RULES.juryComposition(session).findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).toList();
      assertThat(errors).allMatch(f -> COMPOSITION.contains(f.code().name()));
      assertThat(violations.isEmpty()).isEqualTo(errors.isEmpty());
      List<String> expected = errors.stream().map(f -> path(f, session) + " {"
          + Nonconformity.Kind.valueOf(f.code().name()).messageKey() + "}").sorted().toList();
      assertThat(violations).isEqualTo(expected);
    });
  }

  /** Where Bean Validation must report a composition finding, from the finding's subject. */
  private static String path(Finding finding, JurySession session) {
    if (finding.code().name().startsWith("PRESIDENT")) {
      return "jury.session.president";
    }
    if (finding.subject().kind() == Subject.Kind.MEMBER) {
      List<String> ids = session.getMembers().stream().map(JuryMember::getId).toList();
      return "jury.session.members[" + ids.indexOf(finding.subject().id()) + "]";
    }
    return "jury.session.members";
  }
}
