package io.github.cqpm.model.internal;

/**
 * Parsing shared by the code value types: a fixed prefix followed by a positive decimal number
 * written without leading zero, such as {@code C5} or {@code A4}.
 */
public final class Codes {
  private Codes() {}

  /**
   * Reads the number that follows {@code prefix} in {@code text}.
   *
   * @param kind what is parsed, for the message (e.g. "capacity code")
   * @param prefix the expected prefix (e.g. "C")
   * @param text the text to parse
   * @return the number, at least 1
   * @throws IllegalArgumentException saying what was expected when {@code text} does not match
   */
  public static int parsePrefixed(String kind, String prefix, CharSequence text) {
    String s = text.toString();
    if (!s.startsWith(prefix) || !isPositiveNumber(s, prefix.length(), s.length())) {
      throw new IllegalArgumentException(
          kind + ": expected " + prefix + " followed by a number from 1 without leading zero (e.g. "
              + prefix + "1), was \"" + s + "\"");
    }
    return Integer.parseInt(s.substring(prefix.length()));
  }

  /**
   * Fails unless {@code number} is at least 1.
   *
   * @param kind what is built, for the message
   * @param number the number
   * @return {@code number}
   */
  public static int positive(String kind, int number) {
    if (number < 1) {
      throw new IllegalArgumentException(kind + ": number must be 1 or more, was " + number);
    }
    return number;
  }

  /**
   * Whether {@code s[from, to)} is a decimal number from 1 to {@link Integer#MAX_VALUE} with no
   * leading zero.
   *
   * @param s the text
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return true when it is
   */
  public static boolean isPositiveNumber(String s, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 10 || s.charAt(from) == '0') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return Long.parseLong(s.substring(from, to)) <= Integer.MAX_VALUE;
  }
}
