package io.github.cqpm.model.referential;

/**
 * The conditions of registration to the certification ("CONDITIONS D'INSCRIPTION À LA
 * CERTIFICATION"), in the fiche's order. Each names the suffix of the RNCP export's {@code
 * SI_JURY_*} element that describes it.
 */
public enum AccessRoute {
  /** "Après un parcours de formation sous statut d'élève ou d'étudiant" ({@code SI_JURY_FI}). */
  INITIAL_TRAINING("FI", PathKind.TRAINING),
  /** "En contrat d'apprentissage" ({@code SI_JURY_CA}). */
  APPRENTICESHIP("CA", PathKind.TRAINING),
  /** "Après un parcours de formation continue" ({@code SI_JURY_FC}). */
  CONTINUING_TRAINING("FC", PathKind.TRAINING),
  /** "En contrat de professionnalisation" ({@code SI_JURY_CQ}). */
  PROFESSIONALISATION_CONTRACT("CQ", PathKind.TRAINING),
  /** "Par candidature individuelle" ({@code SI_JURY_CL}). */
  INDIVIDUAL_CANDIDACY("CL", PathKind.TRAINING),
  /** "Par expérience dispositif VAE prévu en 2007" ({@code SI_JURY_VAE}). */
  VAE("VAE", PathKind.VAE);

  private final String exportSuffix;
  private final PathKind path;

  AccessRoute(String exportSuffix, PathKind path) {
    this.exportSuffix = exportSuffix;
    this.path = path;
  }

  /**
   * The suffix of the RNCP export's element for this route.
   *
   * @return e.g. {@code FC} for {@code SI_JURY_FC}
   */
  public String getExportSuffix() {
    return exportSuffix;
  }

  /**
   * The path a candidate on this route follows. Policy: the fiche describes two paths only,
   * training and VAE; every route but VAE leads to the training path, an individual candidacy
   * included (the fiche does not describe a third path for it).
   *
   * @return {@link PathKind#VAE} for {@link #VAE}, {@link PathKind#TRAINING} otherwise
   */
  public PathKind getPath() {
    return path;
  }
}
