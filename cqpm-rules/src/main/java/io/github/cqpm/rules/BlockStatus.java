package io.github.cqpm.rules;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.OpinionPolarity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a block stands at the decision date.
 *
 * @param block the block
 * @param capacities each of its capacities, in the fiche's order
 * @param opinion the company's latest opinion on the block, if any
 * @param acquiredOn when the block was acquired: the decision date when this dossier's evidence
 *     acquires it, or the date of an earlier acquisition; empty when it is not acquired
 * @param firstInvalidDay the first day the acquisition is no longer valid, when acquired
 * @param valid whether the block is acquired and valid at the decision date
 */
public record BlockStatus(
    BlockCode block,
    List<CapacityStatus> capacities,
    Optional<OpinionPolarity> opinion,
    Optional<LocalDate> acquiredOn,
    Optional<LocalDate> firstInvalidDay,
    boolean valid) {

  /**
   * Checks the components and copies the capacities.
   *
   * @param block the block
   * @param capacities its capacities
   * @param opinion the latest opinion
   * @param acquiredOn the acquisition date
   * @param firstInvalidDay the end of validity, excluded
   * @param valid whether acquired and valid
   */
  public BlockStatus {
    Objects.requireNonNull(block, "block");
    capacities = List.copyOf(capacities);
    Objects.requireNonNull(opinion, "opinion");
    Objects.requireNonNull(acquiredOn, "acquiredOn");
    Objects.requireNonNull(firstInvalidDay, "firstInvalidDay");
  }
}
