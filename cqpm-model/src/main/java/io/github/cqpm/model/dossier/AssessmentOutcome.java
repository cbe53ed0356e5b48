package io.github.cqpm.model.dossier;

/** What the evaluation commission concluded of a capacity. */
public enum AssessmentOutcome {
  /** The capacity is validated. */
  VALIDATED,
  /** The capacity is not validated. */
  NOT_VALIDATED
}
