package io.github.cqpm.rncp;

import java.util.Objects;
import java.util.Optional;

/**
 * An access route as the export states it ({@code SI_JURY_FI}, {@code SI_JURY_VAE}, …): whether it
 * is open ({@code ACTIF}) and the composition of its jury ({@code COMPOSITION}), verbatim.
 *
 * @param open whether the route leads to the certification
 * @param juryComposition the jury's composition, when the export gives one
 */
public record RncpRoute(boolean open, Optional<String> juryComposition) {
  /**
   * Checks the components.
   *
   * @param open whether open
   * @param juryComposition the composition
   */
  public RncpRoute {
    Objects.requireNonNull(juryComposition, "juryComposition");
  }
}
