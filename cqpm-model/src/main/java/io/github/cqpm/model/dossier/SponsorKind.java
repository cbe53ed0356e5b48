package io.github.cqpm.model.dossier;

/**
 * Through whom a candidate on a training path registered: "une phase d'inscription préalable, par
 * l'intermédiaire d'une entreprise ou d'un organisme".
 */
public enum SponsorKind {
  /** A company ("une entreprise"). */
  COMPANY,
  /** An organisation, such as a training organisation ("un organisme"). */
  ORGANISATION
}
