package io.github.cqpm.cli;

/** The exit codes of {@code cqpm}. */
final class ExitCode {
  /** Admissible, valid, consistent: nothing to report. */
  static final int OK = 0;
  /** Not admissible, or some dossier inconsistent. */
  static final int NOT_ADMISSIBLE = 1;
  /** The input could not be read as a cqpm document. */
  static final int BAD_INPUT = 2;

  private ExitCode() {}
}
