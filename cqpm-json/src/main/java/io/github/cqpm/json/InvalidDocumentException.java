package io.github.cqpm.json;

/**
 * A JSON document that is not a valid cqpm document: the JSON pointer of the offending value, what
 * is wrong and what was expected, and where it stands (line and column). Each JSON library's
 * module turns it into an exception of its own ({@code InvalidJsonException} in cqpm-jackson).
 */
public final class InvalidDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value; empty for the root. */
  private final String pointer;
  /** What is wrong and what was expected. */
  private final String problem;
  /** The line, from 1; 0 when unknown. */
  private final int line;
  /** The column, from 1; 0 when unknown. */
  private final int column;

  /**
   * A problem at a place of a document.
   *
   * @param pointer the JSON pointer; empty for the root
   * @param problem what is wrong and what was expected
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   */
  public InvalidDocumentException(String pointer, String problem, int line, int column) {
    super((pointer.isEmpty() ? "(root)" : pointer) + ": " + problem);
    this.pointer = pointer;
    this.problem = problem;
    this.line = line;
    this.column = column;
  }

  /**
   * The JSON pointer (RFC 6901) of the offending value.
   *
   * @return e.g. {@code /assessments/3/capacity}; empty for the root
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * What is wrong and what was expected, without the pointer.
   *
   * @return e.g. {@code expected a capacity code such as C5, was "C0"}
   */
  public String getProblem() {
    return problem;
  }

  /**
   * The line where the problem was found.
   *
   * @return from 1; 0 when unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * The column where the problem was found, in characters.
   *
   * @return from 1; 0 when unknown
   */
  public int getColumn() {
    return column;
  }
}
