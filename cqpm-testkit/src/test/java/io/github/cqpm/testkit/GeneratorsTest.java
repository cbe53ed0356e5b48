package io.github.cqpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.Conformity;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.decision.Decision;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The conforming generators: valid, conform, and faithful to their knobs; reproducible. */
class GeneratorsTest {
  private static final CqpmRules RULES = CqpmRules.standard();
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

  @Test
  void dossiersHaveNoViolationAndDeclareWhatTheEvidenceCallsFor() {
    qt().forAll(CqpmGens.dossiers()).checkAssert(dossier -> {
      assertThat(validator.validate(dossier)).isEmpty();
      Decision<DossierOutcome> decision = RULES.decide(dossier);
      assertThat(RULES.candidacy(dossier).outcome()).isEqualTo(Conformity.CONFORM);
      assertThat(RULES.procedure(dossier).outcome()).isEqualTo(Conformity.CONFORM);
      assertThat(RULES.juryComposition(dossier.getJury().orElseThrow().getSession()).outcome()).isEqualTo(Conformity.CONFORM);
      assertThat(dossier.getJury().orElseThrow().getDeclaredVerdict()).isEqualTo(decision.outcome().ruling().verdict());
      assertThat(RULES.audit(dossier).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
    });
  }

  @ParameterizedTest
  @EnumSource(value = AccessRoute.class, names = {"CONTINUING_TRAINING", "PROFESSIONALISATION_CONTRACT", "VAE"})
  void theRouteKnob(AccessRoute route) {
    qt().withExamples(30).forAll(CqpmGens.dossiers(DossierSpec.any().route(route))).checkAssert(d -> {
      assertThat(d.getCandidacy().getRoute()).isEqualTo(route);
      assertThat(d.getVae().isPresent()).isEqualTo(route == AccessRoute.VAE);
    });
  }

  @ParameterizedTest
  @EnumSource(value = AccessRoute.class, names = {"INITIAL_TRAINING", "APPRENTICESHIP", "INDIVIDUAL_CANDIDACY"})
  void aRouteTheReferentialDoesNotOpenIsRefusedByTheKnob(AccessRoute route) {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierSpec.any().route(route))
        .withMessageContaining(route + " is not open to RNCP 19453");
  }

  @Test
  void theAcquiredBlocksKnob() {
    for (int k = 0; k <= 3; k++) {
      int blocks = k;
      qt().withExamples(40).forAll(CqpmGens.dossiers(DossierSpec.any().acquiredBlocks(k))).checkAssert(d ->
          assertThat(RULES.certification(d).outcome().attestedBlocks()).hasSize(blocks));
    }
  }

  @Test
  void theTieKnob() {
    qt().withExamples(50).forAll(CqpmGens.dossiers(DossierSpec.any().tie(true))).checkAssert(d -> {
      DeliberationOutcome tally = RULES.deliberation(d.getJury().orElseThrow()).outcome();
      assertThat(tally.admissible()).isEqualTo(tally.notAdmissible());
      assertThat(tally.presidentDecided()).isTrue();
    });
    qt().withExamples(50).forAll(CqpmGens.deliberations(false)).checkAssert(d ->
        assertThat(RULES.deliberation(d).outcome().presidentDecided()).isFalse());
  }

  @Test
  void theTargetAndAttendanceKnobs() {
    io.github.cqpm.model.code.BlockCode two = io.github.cqpm.model.code.BlockCode.of(19453, 2);
    qt().withExamples(30).forAll(CqpmGens.dossiers(DossierSpec.any().targeting(two))).checkAssert(d ->
        assertThat(d.getCandidacy().getTargetedBlocks()).containsExactly(two));
    qt().withExamples(30).forAll(CqpmGens.dossiers(DossierSpec.any())).checkAssert(d -> {
      assertThat(d.getCandidacy().hasTargetedBlocks()).isFalse();
      assertThat(d.getJury().orElseThrow().getAttendance()).isEqualTo(io.github.cqpm.model.jury.Attendance.PRESENT);
    });
    for (io.github.cqpm.model.jury.Attendance away : List.of(io.github.cqpm.model.jury.Attendance.ABSENT,
        io.github.cqpm.model.jury.Attendance.EXCUSED)) {
      qt().withExamples(30).forAll(CqpmGens.dossiers(DossierSpec.any().attendance(away))).checkAssert(d -> {
        assertThat(d.getJury().orElseThrow().getAttendance()).isEqualTo(away);
        assertThat(d.getJury().orElseThrow().getVotes()).isEmpty();
        assertThat(d.getJury().orElseThrow().getDeclaredVerdict()).isEmpty();
      });
    }
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierSpec.any().targeting())
        .withMessageStartingWith("targetedBlocks: name at least one block");
  }

  @Test
  void theValidityBoundaryKnobPutsABlockWithinThreeDaysOfFiveYears() {
    qt().withExamples(60).forAll(CqpmGens.dossiers(DossierSpec.any().withBlockNearValidityBoundary())).checkAssert(d -> {
      LocalDate jury = d.getJury().orElseThrow().getSession().getDate();
      assertThat(d.getAcquiredBlocks()).singleElement().satisfies(a ->
          assertThat(ChronoUnit.DAYS.between(jury.minusYears(5), a.getAcquiredOn())).isBetween(-3L, 3L));
    });
  }

  @Test
  void juriesAreConformAndDeliberationsBreakTiesByThePresident() {
    qt().forAll(CqpmGens.juries()).checkAssert(j -> {
      assertThat(RULES.juryComposition(j).outcome()).isEqualTo(Conformity.CONFORM);
      assertThat(validator.validate(j)).isEmpty();
    });
    qt().forAll(CqpmGens.deliberations(true)).checkAssert(d -> {
      assertThat(validator.validate(d)).isEmpty();
      assertThat(RULES.deliberation(d).outcome().verdict()).isEqualTo(d.getDeclaredVerdict());
    });
    qt().forAll(CqpmGens.votes()).checkAssert(v -> assertThat(v).isNotEmpty());
    qt().forAll(CqpmGens.capacityCodes(), CqpmGens.blockCodes()).checkAssert((c, b) -> {
      assertThat(Referentials.rncp19453().getCapacity(c)).isPresent();
      assertThat(Referentials.rncp19453().getBlock(b)).isPresent();
    });
  }

  @Test
  void everyModelTypeHasAGeneratorOfValuesWithoutViolation() {
    List<org.quicktheories.core.Gen<?>> gens = List.of(
        CqpmGens.capacityCodes(), CqpmGens.blockCodes(), CqpmGens.activityCodes(), CqpmGens.capacities(),
        CqpmGens.blocks(), CqpmGens.referentials(), CqpmGens.candidates(), CqpmGens.candidacies(),
        CqpmGens.assessments(), CqpmGens.companyOpinions(), CqpmGens.acquiredBlocks(), CqpmGens.vaeFiles(),
        CqpmGens.juryMembers(), CqpmGens.juries(), CqpmGens.deliberations(false), CqpmGens.votes(), CqpmGens.dossiers());
    for (org.quicktheories.core.Gen<?> gen : gens) {
      qt().withExamples(40).forAll(gen).checkAssert(value -> {
        assertThat(value).isNotNull();
        assertThat(validator.validate(value)).isEmpty();
      });
    }
    qt().withExamples(40).forAll(CqpmGens.candidacies()).checkAssert(c ->
        assertThat(c.getSponsor().isPresent()).isEqualTo(c.getRoute() != AccessRoute.VAE));
  }

  @Test
  void samplesAreReproducibleFromASeed() {
    int count = 20;
    CqpmSamples a = CqpmSamples.seeded(20261124L);
    CqpmSamples b = CqpmSamples.seeded(20261124L);
    List<Dossier> fromA = new ArrayList<>();
    List<Dossier> fromB = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      fromA.add(a.dossier());
      fromB.add(b.dossier());
    }
    assertThat(fromA).isEqualTo(fromB);
    assertThat(fromA).doesNotHaveDuplicates();
    assertThat(CqpmSamples.seeded(1).dossier()).isNotEqualTo(CqpmSamples.seeded(2).dossier());
    assertThat(CqpmSamples.seeded(7).jury()).isEqualTo(CqpmSamples.seeded(7).jury());
  }

  @Test
  void quickTheoriesGeneratorsAreReproducibleFromASeed() {
    List<Dossier> first = new ArrayList<>();
    List<Dossier> second = new ArrayList<>();
    qt().withFixedSeed(42).withExamples(15).forAll(CqpmGens.dossiers()).checkAssert(first::add);
    qt().withFixedSeed(42).withExamples(15).forAll(CqpmGens.dossiers()).checkAssert(second::add);
    assertThat(first).hasSize(15).isEqualTo(second);
  }

  @Test
  void samplesAreConformToo() {
    CqpmSamples samples = CqpmSamples.seeded(5);
    for (int i = 0; i < 100; i++) {
      Dossier d = samples.dossier(DossierSpec.any().route(AccessRoute.VAE));
      assertThat(validator.validate(d)).isEmpty();
      assertThat(RULES.audit(d).outcome()).isEqualTo(AuditOutcome.CONSISTENT);
    }
  }

  @Test
  void aSpecRejectsWhatCannotBe() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierSpec.any().acquiredBlocks(4))
        .withMessage("acquiredBlocks: expected 0 to 3, was 4");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierSpec.any().acquiredBlocks(3).withBlockNearValidityBoundary())
        .withMessageStartingWith("acquiredBlocks: at most 2 with nearValidityBoundary");
  }

}
