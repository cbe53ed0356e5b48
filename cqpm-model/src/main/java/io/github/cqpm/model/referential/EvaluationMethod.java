package io.github.cqpm.model.referential;

/**
 * How a capacity is evaluated within an {@link EvaluationModality}; each method belongs to exactly
 * one modality, as the fiche lists them.
 */
public enum EvaluationMethod {
  /** Real work situation: "une observation en situation de travail". */
  OBSERVATION_AT_WORK(EvaluationModality.REAL_WORK_SITUATION),
  /**
   * Real work situation: "des questionnements avec apport d'éléments de preuve par le candidat".
   */
  QUESTIONING_WITH_EVIDENCE(EvaluationModality.REAL_WORK_SITUATION),
  /**
   * Project presentation: "Le candidat transmet un rapport à l'UIMM territoriale centre d'examen"
   * and presents the projects or activities "devant une commission d'évaluation".
   */
  REPORT_AND_PRESENTATION(EvaluationModality.PROJECT_PRESENTATION),
  /** Reconstituted situation: "par observation avec questionnements". */
  OBSERVATION_WITH_QUESTIONING(EvaluationModality.RECONSTITUTED_SITUATION),
  /** Reconstituted situation: "avec restitution écrite et/ou orale par le candidat". */
  WRITTEN_OR_ORAL_RESTITUTION(EvaluationModality.RECONSTITUTED_SITUATION);

  private final EvaluationModality modality;

  EvaluationMethod(EvaluationModality modality) {
    this.modality = modality;
  }

  /**
   * The modality this method belongs to.
   *
   * @return the modality
   */
  public EvaluationModality getModality() {
    return modality;
  }
}
