package io.github.cqpm.model.dossier;

/** Whether the company's opinion supports the candidate. */
public enum OpinionPolarity {
  /** A favourable opinion. */
  FAVOURABLE,
  /** An unfavourable opinion. */
  UNFAVOURABLE
}
