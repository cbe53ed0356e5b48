package io.github.cqpm.cdc;

import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.invariant.InvalidValueException;
import java.util.Optional;

/**
 * Who holds the certification, for the CDC: the candidate of the dossiers (their opaque
 * identifier, the only thing the two files share), how the CDC is to find the person, and, for a
 * VAE, how it was taken. Kept apart from the dossiers, which carry no personal data.
 *
 * @param candidate the dossiers' candidate
 * @param identity how the CDC finds the person
 * @param vaeAccess for a VAE, how it was taken; empty: {@link VaeAccess#VAE_CLASSIQUE}
 */
public record Holder(Candidate candidate, HolderIdentity identity, Optional<VaeAccess> vaeAccess) {
  /**
   * Checks that each part is given.
   *
   * @param candidate the candidate
   * @param identity the identity
   * @param vaeAccess the VAE's access
   * @throws InvalidValueException naming the part missing
   */
  public Holder {
    if (candidate == null) {
      throw InvalidValueException.at("required, was not set", "candidate");
    }
    if (identity == null) {
      throw InvalidValueException.at("required, was not set", "titulaire");
    }
    if (vaeAccess == null) {
      throw InvalidValueException.at("required (empty when absent), was null", "voieAccessVAE");
    }
  }

  /**
   * A holder with no VAE access stated.
   *
   * @param candidate the candidate
   * @param identity the identity
   * @return the holder
   */
  public static Holder of(Candidate candidate, HolderIdentity identity) {
    return new Holder(candidate, identity, Optional.empty());
  }

  /**
   * The candidate and how the person is identified, never their data.
   *
   * @return e.g. {@code Holder[CAND-1, identifiantNational]}
   */
  @Override
  public String toString() {
    String kind = identity instanceof Titulaire ? "titulaire"
        : identity instanceof IdentifiantNational ? "identifiantNational" : "dossierFormation";
    return "Holder[" + candidate.getId() + ", " + kind + "]";
  }
}
