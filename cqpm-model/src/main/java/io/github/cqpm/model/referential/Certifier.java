package io.github.cqpm.model.referential;

import io.github.cqpm.model.internal.Checks;
import java.util.Optional;
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
   * @return e.g. "Président"; empty when the source does not say (the RNCP export does not)
   */
  @Value.Parameter
  public abstract Optional<String> getSignatoryQuality();

  /**
   * A certifier.
   *
   * @param name the authority's name
   * @param signatoryQuality the signatory's quality
   * @return the certifier
   */
  public static Certifier of(String name, String signatoryQuality) {
    return ImmutableCertifier.of(name, Optional.of(signatoryQuality));
  }

  /**
   * A certifier whose signatory's quality is not known.
   *
   * @param name the authority's name
   * @return the certifier
   */
  public static Certifier of(String name) {
    return ImmutableCertifier.of(name, Optional.empty());
  }

  @Value.Check
  void check() {
    Checks.nonBlank("name", getName());
    getSignatoryQuality().ifPresent(quality -> Checks.nonBlank("signatoryQuality", quality));
  }
}
