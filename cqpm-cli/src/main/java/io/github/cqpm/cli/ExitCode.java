package io.github.cqpm.cli;

/** The exit codes of {@code cqpm}. */
final class ExitCode {
  /** Admissible, valid, consistent: nothing to report. */
  static final int OK = 0;
  /** Not admissible, or some dossier inconsistent. */
  static final int NOT_ADMISSIBLE = 1;
  /** {@code referential --check}: a fiche of the export that has blocks does not import. */
  static final int NOT_ALL_IMPORTED = 1;
  /** {@code accrochage}: no dossier is admissible, there is nothing to declare. */
  static final int NOTHING_TO_DECLARE = 1;
  /** {@code accrochage-report}: the CDC refused some passage. */
  static final int SOME_REFUSED = 1;
  /** The input could not be read as a cqpm document, or the command line is wrong. */
  static final int BAD_INPUT = 2;
  /**
   * No valid verdict: the deliberation is irregular (a composition not conform, a quorum not met,
   * a tie left unresolved), or there is no verdict yet (no jury, or nothing recorded).
   */
  static final int NO_VALID_VERDICT = 3;
  /** The output could not be written (a full disk, a closed pipe): what was printed is not whole. */
  static final int OUTPUT_FAILED = 4;
  /** An internal failure of cqpm (a bug), reported in one line, without a stack trace. */
  static final int INTERNAL_ERROR = 5;

  private ExitCode() {}
}
