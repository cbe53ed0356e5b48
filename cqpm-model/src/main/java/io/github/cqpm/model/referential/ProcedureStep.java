package io.github.cqpm.model.referential;

/**
 * The steps of the two paths to the certificate, as the fiche lists them ("l'accès à la
 * certification est constitué des étapes suivantes").
 */
public enum ProcedureStep {
  /**
   * Training path: "En amont, une phase d'inscription préalable, par l'intermédiaire d'une
   * entreprise ou d'un organisme."
   */
  PRIOR_REGISTRATION,
  /** Training path: "Une phase constitutive de l'évaluation." */
  EVALUATION,
  /** VAE path: "En amont, une phase de recevabilité de la demande." */
  ADMISSIBILITY_OF_REQUEST,
  /**
   * VAE path: "Une phase constitutive de la commission de validation : un entretien de validation,
   * à l'appui d'un dossier de preuves…".
   */
  VALIDATION_COMMISSION,
  /** Both paths: "Une phase de jury paritaire de délibération…". */
  JURY_DELIBERATION
}
