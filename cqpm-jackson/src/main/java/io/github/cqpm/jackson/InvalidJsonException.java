package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.cqpm.json.InvalidDocumentException;

/**
 * A JSON document that is not a valid cqpm document: the message starts with the JSON pointer of
 * the offending value and says what was expected, such as {@code /assessments/3/capacity:
 * expected a capacity code such as C5, was "C0"}. The library's reader ({@link CqpmJson}) reports
 * every problem of its input so, syntax errors and input limits included, with the line and
 * column where it was found.
 */
public final class InvalidJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value; empty for the document's root. */
  private final String pointer;

  /** What is wrong and what was expected, without the pointer. */
  private final String problem;

  InvalidJsonException(JsonParser parser, String pointer, String problem) {
    super(parser, (pointer.isEmpty() ? "(root)" : pointer) + ": " + problem);
    this.pointer = pointer;
    this.problem = problem;
  }

  InvalidJsonException(JsonParser parser, String pointer, String problem, JsonLocation location) {
    super(parser, (pointer.isEmpty() ? "(root)" : pointer) + ": " + problem, location);
    this.pointer = pointer;
    this.problem = problem;
  }

  /** The format's refusal, at the parser's current token. */
  static InvalidJsonException of(JsonParser parser, InvalidDocumentException e) {
    return new InvalidJsonException(parser, e.getPointer(), e.getProblem());
  }

  /**
   * What is wrong and what was expected, in the user's terms, without the pointer.
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

  /**
   * The JSON pointer (RFC 6901) of the offending value.
   *
   * @return e.g. {@code /assessments/3/capacity}; empty for the root
   */
  public String getPointer() {
    return pointer;
  }
}
