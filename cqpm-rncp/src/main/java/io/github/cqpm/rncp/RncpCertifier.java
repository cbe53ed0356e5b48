package io.github.cqpm.rncp;

import java.util.Objects;

/**
 * A certifier as the export names it.
 *
 * @param siret its SIRET number; empty when the export gives none
 * @param name its name, verbatim
 */
public record RncpCertifier(String siret, String name) {
  /**
   * Checks the components.
   *
   * @param siret the SIRET
   * @param name the name
   */
  public RncpCertifier {
    Objects.requireNonNull(siret, "siret");
    Objects.requireNonNull(name, "name");
  }
}
