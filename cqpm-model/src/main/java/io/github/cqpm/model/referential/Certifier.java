package io.github.cqpm.model.referential;

import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The authority responsible for the certification and the quality of whoever signs it
 * ("AUTORITÉ RESPONSABLE DE LA CERTIFICATION / QUALITÉ DU(ES) SIGNATAIRE(S) DE LA
 * CERTIFICATION").
 */
@Value.Immutable
public abstract class Certifier {
  Certifier() {}

  /**
   * The authority's name, verbatim.
   *
   * @return e.g. "Commission paritaire nationale de l'emploi (CPNE) de la métallurgie - Union des
   *     industries et métiers de la métallurgie (UIMM)"
   */
  @Value.Parameter
  public abstract String getName();

  /**
   * The quality of the signatory.
   *
   * @return e.g. "Président"
   */
  @Value.Parameter
  public abstract String getSignatoryQuality();

  /**
   * A certifier.
   *
   * @param name the authority's name
   * @param signatoryQuality the signatory's quality
   * @return the certifier
   */
  public static Certifier of(String name, String signatoryQuality) {
    return ImmutableCertifier.of(name, signatoryQuality);
  }

  @Value.Check
  void check() {
    Checks.nonBlank("name", getName());
    Checks.nonBlank("signatoryQuality", getSignatoryQuality());
  }
}
