package io.github.cqpm.rncp;

import java.util.Optional;

/**
 * An export that cannot be read as the RNCP flux: not well-formed XML, a DTD or an entity refused,
 * a limit passed, an unknown flux version; or one fiche that cannot be read as the flux makes a
 * fiche (no number, no title, a field that is not what the flux puts there), which {@link
 * #isFicheOnly()} tells apart: the export is sound, the reader stands after that fiche and reads on.
 * The message names the source, the line and column, and what was expected.
 */
public final class RncpFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file or stream, as the caller named it. */
  private final String source;
  /** The line, from 1; 0 when unknown. */
  private final int line;
  /** The column, from 1; 0 when unknown. */
  private final int column;
  /** What is wrong, in the user's terms. */
  private final String problem;
  /** Whether only one fiche is refused, the export read on. */
  private final boolean ficheOnly;
  /** That fiche's number, when it has one that reads; null otherwise. */
  private final String ficheNumber;

  /** The export cannot be read on. */
  RncpFormatException(String source, int line, int column, String problem) {
    this(source, line, column, problem, false, null);
  }

  private RncpFormatException(String source, int line, int column, String problem, boolean ficheOnly,
      String ficheNumber) {
    super(source + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.ficheOnly = ficheOnly;
    this.ficheNumber = ficheNumber;
  }

  /**
   * One fiche cannot be read; the export can, on from the fiche's end.
   *
   * @param number the fiche's number, or null when it has none that reads
   */
  static RncpFormatException ficheOnly(String source, int line, int column, String problem, String number) {
    return new RncpFormatException(source, line, column, problem, true, number);
  }

  /**
   * The file or stream, as the caller named it.
   *
   * @return e.g. {@code export.xml}
   */
  public String getSource() {
    return source;
  }

  /**
   * The line of the problem.
   *
   * @return from 1; 0 when unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return from 1; 0 when unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * What is wrong and what was expected, without the location.
   *
   * @return e.g. {@code expected the flux version 4.1, was 3.0}
   */
  public String getProblem() {
    return problem;
  }

  /**
   * Whether only one fiche is refused: the export is sound so far, the reader stands after that
   * fiche and {@link RncpExportReader#next()} reads on. Otherwise the export cannot be read on.
   *
   * @return true for one fiche's flaw
   * @since 0.2.0
   */
  public boolean isFicheOnly() {
    return ficheOnly;
  }

  /**
   * The number of the fiche refused, when it has one that reads.
   *
   * @return e.g. {@code RNCP34762}; empty for a flaw of the export, or a fiche without a number
   * @since 0.2.0
   */
  public Optional<String> getFicheNumber() {
    return Optional.ofNullable(ficheNumber);
  }
}
