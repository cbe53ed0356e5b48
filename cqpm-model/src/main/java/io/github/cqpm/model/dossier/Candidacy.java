package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.internal.Checks;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a candidate came to the certification: the route, the territory, the date of registration
 * and, on a training path, the company or organisation through which they registered.
 *
 * <p>The registration date is the "inscription préalable" on a training path, and the date the
 * request was filed on the VAE route (before its "recevabilité").
 */
@Value.Immutable
public abstract class Candidacy {
  Candidacy() {}

  /**
   * The route ("condition d'inscription").
   *
   * @return the route
   */
  public abstract AccessRoute getRoute();

  /**
   * Where the candidate seeks the certification.
   *
   * @return the territory
   */
  public abstract Territory getTerritory();

  /**
   * The date of registration (or of the VAE request).
   *
   * @return the date
   */
  public abstract LocalDate getRegistrationDate();

  /**
   * The company or organisation through which the candidate registered ("par l'intermédiaire d'une
   * entreprise ou d'un organisme").
   *
   * @return the sponsor, or empty when none is recorded
   */
  public abstract Optional<Sponsor> getSponsor();

  /**
   * The blocks the candidacy targets, when it targets some only: the fiche certifies each block on
   * its own ("Attestation : Chaque bloc est certifié, il donne lieu à une évaluation et une
   * validation"), and France VAE lets a candidate aim at part of a certification
   * ({@code estViseePartiellement}).
   *
   * @return the blocks, each once, in the dossier's order; empty when the candidacy targets the
   *     whole certification
   * @since 0.2.0
   */
  public abstract List<BlockCode> getTargetedBlocks();

  /**
   * Whether the candidacy names the blocks it targets. The rules read a target of every block of
   * the référentiel as the whole certification.
   *
   * @return true when {@link #getTargetedBlocks()} names blocks
   * @since 0.2.0
   */
  public boolean hasTargetedBlocks() {
    return !getTargetedBlocks().isEmpty();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The blocks the candidacy targets when it targets part of the certification: a target of every
   * block of the référentiel is the whole certification.
   *
   * @param referential the référentiel the candidacy is judged against
   * @return the targeted blocks; empty for the whole certification
   * @since 0.2.0
   */
  public List<BlockCode> getPartialTarget(Referential referential) {
    List<BlockCode> targeted = getTargetedBlocks();
    for (Block block : referential.getBlocks()) {
      if (!targeted.contains(block.getCode())) {
        return targeted;
      }
    }
    return List.of();
  }

  @Value.Check
  void check() {
    Checks.distinct("targetedBlocks", getTargetedBlocks(), b -> b);
  }

  /**
   * Builds a {@link Candidacy}; all but {@code sponsor} and {@code targetedBlocks} are required,
   * and no block is targeted twice.
   */
  public static final class Builder extends ImmutableCandidacy.Builder {
    Builder() {}
  }
}
