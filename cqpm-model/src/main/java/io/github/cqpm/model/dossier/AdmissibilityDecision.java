package io.github.cqpm.model.dossier;

/** The decision on the admissibility of a VAE request ("recevabilité de la demande"). */
public enum AdmissibilityDecision {
  /** The request is admissible ("recevable"). */
  ADMISSIBLE,
  /** The request is not admissible ("non recevable"). */
  NOT_ADMISSIBLE
}
