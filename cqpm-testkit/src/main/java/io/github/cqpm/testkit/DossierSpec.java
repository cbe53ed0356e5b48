package io.github.cqpm.testkit;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.referential.AccessRoute;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a test cares about in the dossiers it draws; what it leaves unset is drawn. Start from
 * {@link #any()} and narrow: {@code DossierSpec.any().route(AccessRoute.VAE).acquiredBlocks(3)}.
 *
 * @param route the route, or empty to draw one
 * @param acquiredBlocks how many blocks this dossier's evidence acquires (0 to 3), or empty to draw
 * @param tie whether the jury's votes are tied (and broken by the president), or empty to draw
 * @param nearValidityBoundary whether the dossier also lists a block acquired about five years
 *     before the jury (from three days inside to three days outside the validity), in place of
 *     fresh evidence for that block
 * @param targetedBlocks the blocks the candidacy targets; empty (the default, not drawn) for the
 *     whole certification
 * @param attendance whether the candidate attended the jury; {@link Attendance#PRESENT} (the
 *     default, not drawn) has the jury vote and declare, otherwise the jury records neither
 */
public record DossierSpec(
    Optional<AccessRoute> route,
    OptionalInt acquiredBlocks,
    Optional<Boolean> tie,
    boolean nearValidityBoundary,
    List<BlockCode> targetedBlocks,
    Attendance attendance) {

  /**
   * Checks the components.
   *
   * @param route the route
   * @param acquiredBlocks how many blocks are acquired
   * @param tie whether tied
   * @param nearValidityBoundary whether a block sits near the validity boundary
   * @param targetedBlocks the blocks targeted
   * @param attendance the attendance
   * @since 0.2.0
   */
  public DossierSpec {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(acquiredBlocks, "acquiredBlocks");
    Objects.requireNonNull(tie, "tie");
    targetedBlocks = List.copyOf(targetedBlocks);
    Objects.requireNonNull(attendance, "attendance");
    if (acquiredBlocks.isPresent() && (acquiredBlocks.getAsInt() < 0 || acquiredBlocks.getAsInt() > 3)) {
      throw new IllegalArgumentException("acquiredBlocks: expected 0 to 3, was " + acquiredBlocks.getAsInt());
    }
    if (nearValidityBoundary && acquiredBlocks.orElse(0) == 3) {
      throw new IllegalArgumentException(
          "acquiredBlocks: at most 2 with nearValidityBoundary (the third block is the boundary's), was 3");
    }
  }

  /**
   * A spec as 0.1.0 made it: the whole certification, the candidate present.
   *
   * @param route the route
   * @param acquiredBlocks how many blocks are acquired
   * @param tie whether tied
   * @param nearValidityBoundary whether a block sits near the validity boundary
   */
  public DossierSpec(Optional<AccessRoute> route, OptionalInt acquiredBlocks, Optional<Boolean> tie,
      boolean nearValidityBoundary) {
    this(route, acquiredBlocks, tie, nearValidityBoundary, List.of(), Attendance.PRESENT);
  }

  /**
   * Everything drawn.
   *
   * @return the widest spec
   */
  public static DossierSpec any() {
    return new DossierSpec(Optional.empty(), OptionalInt.empty(), Optional.empty(), false);
  }

  /**
   * This spec with a fixed route, one the référentiel opens (for RNCP 19453: continuing training,
   * professionalisation contract, VAE). A closed route is drawn by {@link
   * NonConformity#ROUTE_CLOSED}.
   *
   * @param value the route
   * @return the spec
   * @throws IllegalArgumentException if the route is not open to RNCP 19453
   */
  public DossierSpec route(AccessRoute value) {
    if (!Recipes.OPEN_ROUTES.contains(value)) {
      throw new IllegalArgumentException(
          "route: " + value + " is not open to RNCP 19453 (open: " + Recipes.OPEN_ROUTES + ")");
    }
    return new DossierSpec(Optional.of(value), acquiredBlocks, tie, nearValidityBoundary, targetedBlocks, attendance);
  }

  /**
   * This spec with a fixed number of blocks acquired by the dossier's evidence.
   *
   * @param value 0 to 3
   * @return the spec
   */
  public DossierSpec acquiredBlocks(int value) {
    return new DossierSpec(route, OptionalInt.of(value), tie, nearValidityBoundary, targetedBlocks, attendance);
  }

  /**
   * This spec with tied votes or not.
   *
   * @param value whether tied
   * @return the spec
   */
  public DossierSpec tie(boolean value) {
    return new DossierSpec(route, acquiredBlocks, Optional.of(value), nearValidityBoundary, targetedBlocks, attendance);
  }

  /**
   * This spec with a block near the validity boundary (and so at most two blocks acquired by
   * evidence, the third being the boundary's).
   *
   * @return the spec
   */
  public DossierSpec withBlockNearValidityBoundary() {
    return new DossierSpec(route, acquiredBlocks, tie, true, targetedBlocks, attendance);
  }

  /**
   * This spec with a candidacy that targets these blocks only.
   *
   * @param blocks blocks of RNCP 19453, at least one, each once
   * @return the spec
   * @since 0.2.0
   */
  public DossierSpec targeting(BlockCode... blocks) {
    if (blocks.length == 0) {
      throw new IllegalArgumentException("targetedBlocks: name at least one block (the whole certification is the"
          + " default)");
    }
    return new DossierSpec(route, acquiredBlocks, tie, nearValidityBoundary, List.of(blocks), attendance);
  }

  /**
   * This spec with the candidate's attendance at the jury.
   *
   * @param value the attendance
   * @return the spec
   * @since 0.2.0
   */
  public DossierSpec attendance(Attendance value) {
    return new DossierSpec(route, acquiredBlocks, tie, nearValidityBoundary, targetedBlocks, value);
  }
}
