package io.github.cqpm.model.referential;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The three modalities through which a capacity is evaluated. The fiche joins them with "Ou": a
 * capacity is evaluated through one of them, and the company's opinion is required besides ("Et
 * Avis de l'entreprise").
 */
public enum EvaluationModality {
  /**
   * "Evaluation en situation professionnelle réelle : L'évaluation des capacités professionnelles
   * s'effectue dans le cadre d'activités professionnelles réelles."
   */
  REAL_WORK_SITUATION(false),
  /** "Présentation des projets ou activités réalisés en milieu professionnel". */
  PROJECT_PRESENTATION(false),
  /**
   * "Evaluation à partir d'une situation professionnelle reconstituée : Si nécessaire, la
   * commission d'évaluation pourra mettre en œuvre une évaluation en situation professionnelle
   * reconstituée."
   */
  RECONSTITUTED_SITUATION(true);

  private final boolean onlyIfNecessary;

  EvaluationModality(boolean onlyIfNecessary) {
    this.onlyIfNecessary = onlyIfNecessary;
  }

  /**
   * Whether the fiche allows this modality only "si nécessaire" (the reconstituted situation).
   *
   * @return true for {@link #RECONSTITUTED_SITUATION}
   */
  public boolean isOnlyIfNecessary() {
    return onlyIfNecessary;
  }

  /**
   * The methods the fiche lists under this modality, in the fiche's order.
   *
   * @return the methods whose {@link EvaluationMethod#getModality()} is this
   */
  public List<EvaluationMethod> getMethods() {
    return Arrays.stream(EvaluationMethod.values())
        .filter(m -> m.getModality() == this)
        .collect(Collectors.toUnmodifiableList());
  }
}
