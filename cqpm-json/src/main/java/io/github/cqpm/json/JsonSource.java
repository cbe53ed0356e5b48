package io.github.cqpm.json;

import java.io.IOException;

/**
 * The tokens of a JSON document, one at a time, as a JSON library's parser gives them: what the
 * format's reader needs and nothing more, so that Jackson 2, Jackson 3 or another library adapts
 * it in a few lines. The adapter keeps its library's input limits and reports its syntax errors;
 * the reader makes every check of the format.
 */
public interface JsonSource {
  /**
   * The token the source stands on.
   *
   * @return the token, or null before the first and after the last
   */
  Token currentToken();

  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException on a syntax error, a broken limit or a failure to read
   */
  Token nextToken() throws IOException;

  /**
   * The name of the property the source stands on or in.
   *
   * @return the name
   * @throws IOException on a failure to read
   */
  String currentName() throws IOException;

  /**
   * The text of the current string, name or number.
   *
   * @return the text
   * @throws IOException on a failure to read
   */
  String text() throws IOException;

  /**
   * Whether the current token is the name of one of these constants, compared without making a
   * string where the library allows.
   *
   * @param names candidate names
   * @return the index of the name it is, or -1
   * @throws IOException on a failure to read
   */
  default int textIndexIn(String[] names) throws IOException {
    String text = text();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the name that {@code chars[offset, offset + length)} spells, for a source that
   * keeps its text in a buffer ({@link #textIndexIn} without making a string).
   *
   * @param names candidate names
   * @param chars the buffer
   * @param offset where the text starts in it
   * @param length the text's length
   * @return the index of the name, or -1
   */
  static int indexIn(String[] names, char[] chars, int offset, int length) {
    for (int n = 0; n < names.length; n++) {
      String name = names[n];
      if (name.length() == length && same(name, chars, offset)) {
        return n;
      }
    }
    return -1;
  }

  private static boolean same(String name, char[] chars, int offset) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the current number fits an {@code int}.
   *
   * @return true for an integer from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}
   * @throws IOException on a failure to read
   */
  boolean isInt() throws IOException;

  /**
   * The current number as an {@code int}.
   *
   * @return the number
   * @throws IOException on a failure to read
   */
  int intValue() throws IOException;

  /**
   * The JSON pointer (RFC 6901) of the current value.
   *
   * @return e.g. {@code /assessments/3/capacity}; empty for the root
   */
  String pointer();

  /**
   * The line of the current token.
   *
   * @return from 1; 0 when unknown
   */
  int line();

  /**
   * The column of the current token, in characters.
   *
   * @return from 1; 0 when unknown
   */
  int column();
}
