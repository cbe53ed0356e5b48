package io.github.cqpm.testkit;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JurySession;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The generators of {@link CqpmGens}, drawn from a {@link RandomGenerator} instead of
 * QuickTheories: for teams that use another property-testing library, or none. Same recipes, same
 * distributions; reproducible from a seed.
 *
 * <pre>{@code
 * CqpmSamples samples = CqpmSamples.seeded(42);
 * Dossier dossier = samples.dossier(DossierSpec.any().acquiredBlocks(2));
 * }</pre>
 *
 * <p>Not thread-safe when the generator is not (a {@link SplittableRandom} is not).
 */
public final class CqpmSamples {
  private final Draw draw;

  /**
   * Samples drawn from a generator.
   *
   * @param random the source of randomness
   */
  public CqpmSamples(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    this.draw = (min, max) -> min == max ? min : random.nextLong(min, max + 1);
  }

  /**
   * Samples drawn from a {@link SplittableRandom} seeded with {@code seed}: the same seed gives
   * the same values.
   *
   * @param seed the seed
   * @return the samples
   */
  public static CqpmSamples seeded(long seed) {
    return new CqpmSamples(new SplittableRandom(seed));
  }

  /**
   * A conform dossier, everything drawn.
   *
   * @return the dossier
   */
  public Dossier dossier() {
    return dossier(DossierSpec.any());
  }

  /**
   * A conform dossier as {@code spec} narrows it.
   *
   * @param spec what the test cares about
   * @return the dossier
   */
  public Dossier dossier(DossierSpec spec) {
    return Recipes.dossier(draw, spec);
  }

  /**
   * A conform jury session.
   *
   * @return the session
   */
  public JurySession jury() {
    return Recipes.jury(draw, Recipes.juryDate(draw));
  }

  /**
   * A dossier with one deliberate non-conformity.
   *
   * @param kind which one
   * @return the dossier; it produces {@link NonConformity#getExpectedCode()}
   */
  public Dossier nonConforming(NonConformity kind) {
    return kind.draw(draw);
  }
}
