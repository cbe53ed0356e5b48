package io.github.cqpm.cdc;

/**
 * How a holder who came by VAE took it, as the CDC records it ({@code voieAccessVAE}); the
 * constants are the format's values.
 */
public enum VaeAccess {
  /** On a VAE leave ({@code CONGES_VAE}). */
  CONGES_VAE,
  /** Any other VAE ({@code VAE_CLASSIQUE}): what a passage by VAE says unless told otherwise. */
  VAE_CLASSIQUE
}
