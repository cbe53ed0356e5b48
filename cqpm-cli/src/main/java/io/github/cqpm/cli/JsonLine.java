package io.github.cqpm.cli;

import io.github.cqpm.jackson3.InvalidJsonException;
import java.util.Locale;

/**
 * A JSON Lines line as text, decoded on its own: a line longer than the cap, or whose bytes are
 * not UTF-8, is that line's error (with the column of the first bad byte), never the file's end;
 * a UTF-8 byte order mark on the first line is skipped.
 *
 * @param number the line's number, from 1
 * @param text the line's text, when it could be decoded
 * @param error why it could not, printable, when it could not
 */
record JsonLine(long number, String text, String error) {
  /** Whether the line holds nothing but spaces. */
  boolean blank() {
    return error == null && text.isBlank();
  }

  /**
   * Decodes a line.
   *
   * @param line the line's bytes, or its length when too long
   * @param maxBytes the cap it was read with, for the message
   * @param option the option that sets the cap, for the message; null when none does
   * @return its text, or its error
   */
  static JsonLine of(LineReader.Line line, int maxBytes, String option) {
    long number = line.number();
    if (line.tooLong()) {
      return new JsonLine(number, null, String.format(Locale.ROOT,
          "%,d bytes, longer than %,d, the most a line may have", line.length(), maxBytes)
          + (option == null ? "" : " (" + option + ")"));
    }
    byte[] bytes = line.bytes();
    int from = number == 1 && Utf8.Mark.of(bytes, bytes.length) == Utf8.Mark.UTF_8 ? 3 : 0;
    try {
      return new JsonLine(number, Utf8.decode(bytes, from, bytes.length), null);
    } catch (Utf8.Malformed e) {
      return new JsonLine(number, null, Printable.of("column " + e.column() + ": " + e.getMessage()));
    }
  }

  /**
   * A reading error of the line's JSON, as a line's error is printed.
   *
   * @param e the error
   * @return e.g. {@code column 12: /titulaire/nomNaissance: 1 to 60 characters, has 61}
   */
  static String error(InvalidJsonException e) {
    return (e.getColumn() > 0 ? "column " + e.getColumn() + ": " : "") + Documents.problem(e);
  }
}
