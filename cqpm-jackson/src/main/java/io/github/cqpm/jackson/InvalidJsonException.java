package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON document that is not a valid cqpm document: the message starts with the JSON pointer of
 * the offending value and says what was expected, such as {@code /assessments/3/capacity:
 * expected a capacity code such as C5, was "X9"}.
 */
public final class InvalidJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value; empty for the document's root. */
  private final String pointer;

  InvalidJsonException(JsonParser parser, String pointer, String problem) {
    super(parser, (pointer.isEmpty() ? "(root)" : pointer) + ": " + problem);
    this.pointer = pointer;
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
