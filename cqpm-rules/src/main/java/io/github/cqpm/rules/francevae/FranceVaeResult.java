package io.github.cqpm.rules.francevae;

import io.github.cqpm.model.code.BlockCode;
import java.util.List;
import java.util.Objects;

/**
 * A jury's result as France VAE records it.
 *
 * @param resultat the result ({@code resultat})
 * @param estViseePartiellement whether the candidacy aimed at part of the certification
 * @param blocs the blocks the candidacy aimed at: the targeted ones, or every block of the
 *     référentiel
 * @param commentaire the comment, in French: each block's outcome (France VAE has no per-block
 *     field)
 * @since 0.2.0
 */
public record FranceVaeResult(JuryResult resultat, boolean estViseePartiellement, List<BlockCode> blocs,
    String commentaire) {
  /**
   * Checks the components and copies the blocks.
   *
   * @param resultat the result
   * @param estViseePartiellement whether partial
   * @param blocs the blocks
   * @param commentaire the comment
   */
  public FranceVaeResult {
    Objects.requireNonNull(resultat, "resultat");
    blocs = List.copyOf(blocs);
    Objects.requireNonNull(commentaire, "commentaire");
  }
}
