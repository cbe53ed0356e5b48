package io.github.cqpm.cdc;

import io.github.cqpm.model.referential.AccessRoute;

/**
 * How the holder came to the certification, as the CDC records it ({@code modaliteAcces}); the
 * constants are the format's values. Each of the fiche's routes maps to one, here only.
 */
public enum AccessMode {
  /** Initial training, apprenticeship aside. */
  FORMATION_INITIALE_HORS_APPRENTISSAGE,
  /** Apprenticeship. */
  FORMATION_INITIALE_APPRENTISSAGE,
  /** Continuing training, professionalisation contract aside. */
  FORMATION_CONTINUE_HORS_CONTRAT_DE_PROFESSIONNALISATION,
  /** Professionalisation contract. */
  FORMATION_CONTINUE_CONTRAT_DE_PROFESSIONNALISATION,
  /** Validation of experience. */
  VAE,
  /** Equivalence of a foreign diploma: no route of the fiche leads to it. */
  EQUIVALENCE_DIPLOME_ETRANGER,
  /** Individual candidacy ("candidat libre"). */
  CANDIDAT_LIBRE;

  /**
   * The mode a route of the fiche is declared as.
   *
   * @param route the dossier's route
   * @return initial training → {@link #FORMATION_INITIALE_HORS_APPRENTISSAGE}, apprenticeship →
   *     {@link #FORMATION_INITIALE_APPRENTISSAGE}, continuing training → {@link
   *     #FORMATION_CONTINUE_HORS_CONTRAT_DE_PROFESSIONNALISATION}, professionalisation contract →
   *     {@link #FORMATION_CONTINUE_CONTRAT_DE_PROFESSIONNALISATION}, VAE → {@link #VAE},
   *     individual candidacy → {@link #CANDIDAT_LIBRE}
   */
  public static AccessMode of(AccessRoute route) {
    return switch (route) {
      case INITIAL_TRAINING -> FORMATION_INITIALE_HORS_APPRENTISSAGE;
      case APPRENTICESHIP -> FORMATION_INITIALE_APPRENTISSAGE;
      case CONTINUING_TRAINING -> FORMATION_CONTINUE_HORS_CONTRAT_DE_PROFESSIONNALISATION;
      case PROFESSIONALISATION_CONTRACT -> FORMATION_CONTINUE_CONTRAT_DE_PROFESSIONNALISATION;
      case VAE -> VAE;
      case INDIVIDUAL_CANDIDACY -> CANDIDAT_LIBRE;
    };
  }
}
