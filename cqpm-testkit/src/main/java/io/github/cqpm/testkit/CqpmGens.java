package io.github.cqpm.testkit;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
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
   * A generator from a recipe written over a {@link Draw}.
   *
   * @param recipe what to build from the draws
   * @param <T> what it builds
   * @return the generator
   */
  static <T> Gen<T> of(Function<Draw, T> recipe) {
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
