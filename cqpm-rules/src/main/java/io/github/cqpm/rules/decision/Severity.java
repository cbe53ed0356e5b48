package io.github.cqpm.rules.decision;

/** How much a finding weighs on a decision. */
public enum Severity {
  /** A fact worth stating (a block attested, the president's casting vote used). */
  INFO,
  /** Something an auditor should look at, which does not by itself make the outcome negative. */
  WARNING,
  /** A breach of the fiche: the outcome is negative, or the dossier is not conform. */
  ERROR
}
