/**
 * Generators and named fixtures for downstream tests. Every generator is written once, over a
 * {@link io.github.cqpm.testkit.Draw} (the randomness it consumes), and offered twice: as a
 * QuickTheories {@code Gen} in {@link io.github.cqpm.testkit.CqpmGens} (which shrinks each draw
 * toward its smallest value, so failing cases shrink toward small, readable dossiers), and from a
 * seedable {@link java.util.random.RandomGenerator} in {@link io.github.cqpm.testkit.CqpmSamples}.
 *
 * <p>On the module path the testkit is the automatic module {@code io.github.cqpm.testkit}: it has
 * no {@code module-info}, since QuickTheories, whose types it exposes, has no module name to
 * require.
 */
package io.github.cqpm.testkit;
