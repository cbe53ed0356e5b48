package io.github.cqpm.rules;

/** Whether a jury's declared verdict is consistent with the evidence and the jury's composition. */
public enum AuditOutcome {
  /** Consistent: no finding of severity ERROR. */
  CONSISTENT,
  /** Inconsistent: the findings say why. */
  INCONSISTENT
}
