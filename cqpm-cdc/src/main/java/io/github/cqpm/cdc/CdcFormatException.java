package io.github.cqpm.cdc;

/**
 * A file that is not what the CDC's format says: not well-formed XML, a DTD refused, a limit
 * passed, an element out of place, a flux the schema refuses. The message names the source, the
 * line and column, and what was expected.
 */
public final class CdcFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The file or stream, as the caller named it. */
  private final String source;
  /** The line, from 1; 0 when unknown. */
  private final int line;
  /** The column, from 1; 0 when unknown. */
  private final int column;
  /** What is wrong, in the user's terms. */
  private final String problem;

  CdcFormatException(String source, int line, int column, String problem) {
    super(source + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * The file or stream, as the caller named it.
   *
   * @return e.g. {@code rapport.xml}
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
   * @return e.g. {@code unexpected element foo in passage}
   */
  public String getProblem() {
    return problem;
  }
}
