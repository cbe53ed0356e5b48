package io.github.cqpm.model.dossier;

/**
 * Who in the company gave the opinion: "L'entreprise (tuteur, responsable fonctionnel ou
 * hiérarchique...) donne un avis".
 */
public enum OpinionAuthorRole {
  /** The candidate's tutor ("tuteur"). */
  TUTOR,
  /** A functional manager ("responsable fonctionnel"). */
  FUNCTIONAL_MANAGER,
  /** A line manager ("responsable hiérarchique"). */
  LINE_MANAGER,
  /** Another person of the company (the fiche's "..."). */
  OTHER
}
