package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.BlockCode;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A block the candidate acquired before this dossier, attested on its own ("Chaque bloc est
 * certifié"). It stays valid for the fiche's validity of acquired components ("Validité des
 * composantes acquises : 5 an(s)"), counted from {@link #getAcquiredOn()}; cqpm-rules judges it.
 */
@Value.Immutable
public abstract class AcquiredBlock {
  AcquiredBlock() {}

  /**
   * The block.
   *
   * @return e.g. {@code RNCP19453BC01}
   */
  @Value.Parameter
  public abstract BlockCode getBlock();

  /**
   * The date the block was acquired (the jury's deliberation that attested it).
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate getAcquiredOn();

  /**
   * A block acquired on a date.
   *
   * @param block the block
   * @param acquiredOn the date
   * @return the acquired block
   */
  public static AcquiredBlock of(BlockCode block, LocalDate acquiredOn) {
    return ImmutableAcquiredBlock.of(block, acquiredOn);
  }
}
