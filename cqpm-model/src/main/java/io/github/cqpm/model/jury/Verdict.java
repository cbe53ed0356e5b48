package io.github.cqpm.model.jury;

/**
 * What the jury declares of a candidate: it "déclare admissibles ou non admissibles les
 * candidats".
 */
public enum Verdict {
  /** Declared admissible: the CQPM is delivered. */
  ADMISSIBLE,
  /** Declared not admissible. */
  NOT_ADMISSIBLE
}
