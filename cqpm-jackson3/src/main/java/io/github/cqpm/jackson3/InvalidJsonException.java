package io.github.cqpm.jackson3;

import io.github.cqpm.json.InvalidDocumentException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A JSON document that is not a valid cqpm document, read through Jackson 3: the message starts
 * with the JSON pointer of the offending value and says what was expected, as the Jackson 2
 * module's does, word for word (both say what cqpm-json's reader says).
 */
public final class InvalidJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value; empty for the root. */
  private final String pointer;
  /** What is wrong and what was expected, without the pointer. */
  private final String problem;

  InvalidJsonException(JsonParser parser, String pointer, String problem, TokenStreamLocation at) {
    super(parser, (pointer.isEmpty() ? "(root)" : pointer) + ": " + problem, at);
    this.pointer = pointer;
    this.problem = problem;
  }

  /** The format's refusal, at the parser's current token. */
  static InvalidJsonException of(JsonParser parser, InvalidDocumentException e) {
    return new InvalidJsonException(
        parser, e.getPointer(), e.getProblem(), parser.currentTokenLocation());
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
   * The line of the document where the problem was found.
   *
   * @return from 1; 0 when unknown
   */
  public int getLine() {
    return getLocation() == null ? 0 : Math.max(0, getLocation().getLineNr());
  }

  /**
   * The column of the document where the problem was found, in characters.
   *
   * @return from 1; 0 when unknown
   */
  public int getColumn() {
    return getLocation() == null ? 0 : Math.max(0, getLocation().getColumnNr());
  }
}
