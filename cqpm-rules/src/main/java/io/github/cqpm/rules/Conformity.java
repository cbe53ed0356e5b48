package io.github.cqpm.rules;

/** Whether something conforms to the fiche. */
public enum Conformity {
  /** No finding of severity ERROR. */
  CONFORM,
  /** At least one finding of severity ERROR. */
  NOT_CONFORM
}
