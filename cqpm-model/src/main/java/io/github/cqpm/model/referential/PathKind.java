package io.github.cqpm.model.referential;

/**
 * The two ways to the certificate: "Les CQPM sont accessibles soit à l'issue de parcours de
 * formation professionnelle, soit à l'issue d'actions de validation des acquis de l'expérience
 * (VAE)."
 */
public enum PathKind {
  /** A professional training path ("parcours de formation professionnelle"). */
  TRAINING,
  /** Validation of prior experience ("validation des acquis de l'expérience"). */
  VAE
}
