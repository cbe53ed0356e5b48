package io.github.cqpm.rules;

import io.github.cqpm.model.code.BlockCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Whether the CQPM is due at a date, with every block's status: "Pour que le candidat soit déclaré
 * admissible au CQPM par le jury paritaire de délibération l'ensemble des blocs de compétences …
 * doit être acquis." Each block acquired and valid is attested on its own ("Chaque bloc est
 * certifié").
 *
 * @param due whether every block is acquired and valid at {@code date}
 * @param date the decision date (the jury's)
 * @param blocks each block's status, in the fiche's order
 */
public record CertificationOutcome(boolean due, LocalDate date, List<BlockStatus> blocks) {

  /**
   * Checks the components and copies the blocks.
   *
   * @param due whether due
   * @param date the decision date
   * @param blocks the blocks' statuses
   */
  public CertificationOutcome {
    Objects.requireNonNull(date, "date");
    blocks = List.copyOf(blocks);
  }

  /**
   * The blocks attested on their own: acquired and valid at the date.
   *
   * @return their statuses, in order
   */
  public List<BlockStatus> attestedBlocks() {
    return blocks.stream().filter(BlockStatus::valid).toList();
  }

  /**
   * The blocks that keep the CQPM from being due: not acquired, acquired after the date, or no
   * longer valid at it. At a jury's date, empty exactly when the CQPM is due.
   *
   * @return their statuses, in order
   */
  public List<BlockStatus> missingBlocks() {
    return blocks.stream().filter(b -> !b.valid()).toList();
  }

  /**
   * The blocks among {@code targeted} that are missing: not acquired, acquired after the date, or no
   * longer valid at it.
   *
   * @param targeted the blocks a candidacy targets
   * @return their statuses, in the référentiel's order
   * @since 0.2.0
   */
  public List<BlockStatus> missingBlocks(Collection<BlockCode> targeted) {
    return blocks.stream().filter(b -> targeted.contains(b.block()) && !b.valid()).toList();
  }

  /**
   * Whether what a candidacy aims at is acquired: the CQPM ({@link #due()}) for a candidacy to the
   * whole certification, every targeted block for one that targets part of it.
   *
   * @param partialTarget the blocks a candidacy targets when it targets part of the certification
   *     ({@code Candidacy.getPartialTarget}); empty for the whole certification
   * @return whether acquired and valid at the date
   * @since 0.2.0
   */
  public boolean acquired(Collection<BlockCode> partialTarget) {
    return partialTarget.isEmpty() ? due : missingBlocks(partialTarget).isEmpty();
  }

  /**
   * The capacities still to validate: those of the {@linkplain #missingBlocks() missing blocks}
   * that are not validated at the date (not assessed, not validated, or validated too long ago).
   * A block can be missing with none, when its company opinion is what it lacks.
   *
   * @return their statuses, in the order of the blocks, then of the fiche
   */
  public List<CapacityStatus> missingCapacities() {
    return missingBlocks().stream()
        .flatMap(b -> b.capacities().stream())
        .filter(c -> c.state() != CapacityStatus.State.VALIDATED)
        .toList();
  }
}
