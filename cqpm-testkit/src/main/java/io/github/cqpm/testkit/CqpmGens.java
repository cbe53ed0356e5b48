package io.github.cqpm.testkit;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.rules.RulePolicy;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of CQPM values, valid by construction (no structural error, no Bean
 * Validation violation). Each draw shrinks toward its smallest value, so a failing case shrinks
 * toward a small jury, few acquired blocks and early dates.
 *
 * <pre>{@code
 * qt().forAll(CqpmGens.dossiers(DossierSpec.any().route(AccessRoute.VAE)))
 *     .checkAssert(dossier -> assertThat(myApp.accept(dossier)).isTrue());
 * }</pre>
 */
public final class CqpmGens {
  private CqpmGens() {}

  /**
   * A generator from a recipe written over a {@link Draw}, as this class's own are: each draw
   * shrinks toward its {@code min}. Combine it with the others to vary a generated value:
   *
   * <pre>{@code
   * Gen<Dossier> retaken = CqpmGens.dossiers().flatMap(d -> CqpmGens.of(draw ->
   *     Dossier.builder().from(d).addAssessments(...drawn from d's own...).build()));
   * }</pre>
   *
   * @param recipe what to build from the draws
   * @param <T> what it builds
   * @return the generator
   */
  public static <T> Gen<T> of(Function<Draw, T> recipe) {
    return source -> recipe.apply((min, max) -> source.next(Constraint.between(min, max)));
  }

  /**
   * Capacity codes of the fiche, C1 to C8.
   *
   * @return the generator
   */
  public static Gen<CapacityCode> capacityCodes() {
    return of(d -> CapacityCode.of(d.intBetween(1, 8)));
  }

  /**
   * Block codes of the fiche, {@code RNCP19453BC01} to {@code RNCP19453BC03}.
   *
   * @return the generator
   */
  public static Gen<BlockCode> blockCodes() {
    return of(d -> BlockCode.of(19453, d.intBetween(1, 3)));
  }

  /**
   * Activity codes of the fiche, A1 to A4.
   *
   * @return the generator
   */
  public static Gen<ActivityCode> activityCodes() {
    return of(d -> ActivityCode.of(d.intBetween(1, 4)));
  }

  /**
   * The capacities of the bundled référentiel.
   *
   * @return the generator
   */
  public static Gen<Capacity> capacities() {
    return of(d -> d.pick(Recipes.REF.getCapacities()));
  }

  /**
   * The blocks of the bundled référentiel.
   *
   * @return the generator
   */
  public static Gen<Block> blocks() {
    return of(d -> d.pick(Recipes.REF.getBlocks()));
  }

  /**
   * The référentiel: the bundled RNCP 19453, the one the fiche describes.
   *
   * @return a generator of that one value
   */
  public static Gen<Referential> referentials() {
    return of(d -> Recipes.REF);
  }

  /**
   * Candidates with opaque identifiers.
   *
   * @return the generator
   */
  public static Gen<Candidate> candidates() {
    return of(Recipes::candidate);
  }

  /**
   * Candidacies in France, on any route, registered inside the fiche's registration, with a
   * sponsor except on the VAE route.
   *
   * @return the generator
   */
  public static Gen<Candidacy> candidacies() {
    return of(d -> dossier(d).getCandidacy());
  }

  /**
   * Assessments of the fiche's capacities, by any modality and one of its methods, validated or
   * not.
   *
   * @return the generator
   */
  public static Gen<CapacityAssessment> assessments() {
    return of(d -> Recipes.assessment(d, CapacityCode.of(d.intBetween(1, 8)), Recipes.juryDate(d),
        d.pick(AssessmentOutcome.class)));
  }

  /**
   * Company opinions on the fiche's blocks, favourable or not, by any author.
   *
   * @return the generator
   */
  public static Gen<CompanyOpinion> companyOpinions() {
    return of(d -> CompanyOpinion.builder()
        .block(BlockCode.of(19453, d.intBetween(1, 3)))
        .date(Recipes.juryDate(d))
        .polarity(d.pick(OpinionPolarity.class))
        .authorRole(d.pick(OpinionAuthorRole.class))
        .build());
  }

  /**
   * Blocks acquired earlier, from the fiche's registration on.
   *
   * @return the generator
   */
  public static Gen<AcquiredBlock> acquiredBlocks() {
    return of(d -> AcquiredBlock.of(BlockCode.of(19453, d.intBetween(1, 3)), Recipes.juryDate(d)));
  }

  /**
   * VAE files with every step, in order.
   *
   * @return the generator
   */
  public static Gen<VaeFile> vaeFiles() {
    return of(d -> dossier(d, DossierSpec.any().route(AccessRoute.VAE)).getVae().orElseThrow());
  }

  /**
   * Members of conform juries.
   *
   * @return the generator
   */
  public static Gen<JuryMember> juryMembers() {
    return of(d -> d.pick(Recipes.jury(d, Recipes.juryDate(d)).getMembers()));
  }

  private static Dossier dossier(Draw d) {
    return Recipes.dossier(d, DossierSpec.any());
  }

  private static Dossier dossier(Draw d, DossierSpec spec) {
    return Recipes.dossier(d, spec);
  }

  /**
   * Conform jury sessions: one to five employers of metallurgy and as many unions'
   * representatives, all with a vote, maybe a temporary-work member without a vote on each side,
   * and a president among the employers.
   *
   * @return the generator
   */
  public static Gen<JurySession> juries() {
    return of(d -> Recipes.jury(d, Recipes.juryDate(d)));
  }

  /**
   * Deliberations of conform juries whose every voting member votes for a drawn verdict's side
   * by a majority or, when {@code tie}, splits evenly and the president decides.
   *
   * @param tie whether the votes are tied
   * @return the generator
   */
  public static Gen<JuryDeliberation> deliberations(boolean tie) {
    return of(d -> Recipes.deliberation(
        d, Recipes.jury(d, Recipes.juryDate(d)), d.pick(Verdict.class), tie));
  }

  /**
   * The votes of {@link #deliberations(boolean)}, tied or not.
   *
   * @return the generator
   */
  public static Gen<java.util.List<Vote>> votes() {
    return of(d -> Recipes.deliberation(
        d, Recipes.jury(d, Recipes.juryDate(d)), d.pick(Verdict.class), d.bool()).getVotes());
  }

  /**
   * Conform dossiers, everything drawn.
   *
   * @return the generator
   */
  public static Gen<Dossier> dossiers() {
    return dossiers(DossierSpec.any());
  }

  /**
   * Conform dossiers as {@code spec} narrows them. Each declares the verdict its evidence calls
   * for, carried by its votes.
   *
   * @param spec what the test cares about
   * @return the generator
   */
  public static Gen<Dossier> dossiers(DossierSpec spec) {
    return of(d -> Recipes.dossier(d, spec));
  }

  /**
   * Rule policies, every option drawn, the quorum from 0 to 7; shrinks toward the documented
   * defaults.
   *
   * @return the generator
   */
  public static Gen<RulePolicy> policies() {
    return of(d -> new RulePolicy(!d.bool(), d.pick(RulePolicy.OpinionPolicy.class),
        d.pick(RulePolicy.TieFallback.class), d.intBetween(0, 7), d.pick(RulePolicy.ValidityScope.class),
        d.pick(RulePolicy.RouteReading.class)));
  }

  /**
   * Byte-level damage to a document: one to three of cutting it short, flipping a bit, inserting
   * a byte, repeating a stretch of up to 64 bytes. For fuzzing a reader: whatever the damage, it
   * should fail cleanly, with its own error and a location, never crash. Shrinks toward one small
   * change near the start.
   *
   * @param document the document's bytes, e.g. a golden file
   * @return the generator of damaged copies
   */
  public static Gen<byte[]> mutationsOf(byte[] document) {
    byte[] original = document.clone();
    return of(d -> Mutations.mutate(d, original));
  }

  /**
   * Dossiers with one deliberate non-conformity.
   *
   * @param kind which one
   * @return the generator; every dossier produces {@link NonConformity#getExpectedCode()}
   */
  public static Gen<Dossier> nonConforming(NonConformity kind) {
    return of(kind::draw);
  }

  /**
   * Dossiers with any one of the non-conformities, labelled.
   *
   * @return the generator
   */
  public static Gen<Labelled<Dossier>> nonConforming() {
    return of(d -> {
      NonConformity kind = d.pick(NonConformity.class);
      return new Labelled<>(kind.draw(d), kind);
    });
  }
}
