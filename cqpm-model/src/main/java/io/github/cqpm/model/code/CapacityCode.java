package io.github.cqpm.model.code;

import io.github.cqpm.model.internal.Codes;

/**
 * The code of a professional capacity (a competence) of a référentiel, as its fiche writes it:
 * {@code C5} in RNCP 19453.
 *
 * <p>RNCP 19453 numbers its capacities "C1" to "C8" ("Les capacités attestées : C1 Conduire
 * différents postes opérateurs…"). Other fiches of the RNCP number their competences otherwise:
 * by activity and competence ({@code A1C1}, {@code A5.C1}), or with dotted parts ({@code C1.2}). A
 * code is one or two capital letters and a number from 1 without leading zero, repeated at will
 * ({@code A1C1}), a dot allowed between the repeats ({@code A5.C1}, since 0.2.0), then optional
 * dotted numbers ({@code .2}), then optionally a hyphen and a number ({@code A5-2}, since 0.2.0: a
 * code a fiche repeats, told apart on import); at most 32 characters. {@link
 * #parse(CharSequence)} and {@link #toString()} are inverse.
 *
 * <p>This class is immutable and thread-safe. Codes compare part by part, letters as text and
 * numbers as numbers: {@code C2 < C10 < D1}, {@code A1C2 < A1C10 < A2C1}, {@code C1 < C1.1}.
 */
public final class CapacityCode implements Comparable<CapacityCode> {
  private static final String KIND = "capacity code";
  private static final int MAX_LENGTH = 32;
  /** The most digits of a number. */
  private static final int NUMBER_DIGITS = 10;

  private final String text;

  private CapacityCode(String text) {
    this.text = text;
  }

  /**
   * Obtains the code {@code C} and a number, as RNCP 19453 writes its capacities.
   *
   * @param number the number, 1 or more
   * @return the code, e.g. {@code C5} for 5
   * @throws IllegalArgumentException if {@code number} is less than 1
   */
  public static CapacityCode of(int number) {
    return new CapacityCode("C" + Codes.positive(KIND, number));
  }

  /**
   * Parses a code such as {@code C5}, {@code A1C1} or {@code C1.2}.
   *
   * @param text the text
   * @return the code
   * @throws IllegalArgumentException saying what was expected if the text is not a code
   */
  public static CapacityCode parse(CharSequence text) {
    String s = text.toString();
    if (s.length() > MAX_LENGTH || !isCode(s)) {
      throw new IllegalArgumentException(KIND + ": expected capitals and numbers from 1 without leading zero,"
          + " such as C5, A1C1, A5.C1 or C1.2, at most " + MAX_LENGTH + " characters; was \""
          + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"");
    }
    return new CapacityCode(s);
  }

  /**
   * Whether a text is a code, read left to right (each part is told by its first character, so
   * nothing is read twice): letter parts, each one or two capitals and a number, a dot allowed
   * before each but the first; then dotted numbers; then a hyphen and a number; a number being a
   * digit from 1 and at most {@value #NUMBER_DIGITS} digits in all.
   */
  private static boolean isCode(String s) {
    int at = letterPart(s, 0);
    if (at < 0) {
      return false;
    }
    while (true) {
      int from = at < s.length() && s.charAt(at) == '.' ? at + 1 : at;
      int next = from < s.length() && isCapital(s.charAt(from)) ? letterPart(s, from) : -1;
      if (next < 0) {
        break;
      }
      at = next;
    }
    while (at + 1 < s.length() && s.charAt(at) == '.' && isDigit(s.charAt(at + 1))) {
      at = number(s, at + 1);
      if (at < 0) {
        return false;
      }
    }
    if (at < s.length() && s.charAt(at) == '-') {
      at = number(s, at + 1);
    }
    return at == s.length();
  }

  /** Where one or two capitals and a number from {@code at} end, or -1. */
  private static int letterPart(String s, int at) {
    int i = at;
    while (i < s.length() && i - at < 2 && isCapital(s.charAt(i))) {
      i++;
    }
    return i == at ? -1 : number(s, i);
  }

  /** Where a number from {@code at} ends (a digit from 1, at most ten digits), or -1. */
  private static int number(String s, int at) {
    if (at >= s.length() || s.charAt(at) < '1' || s.charAt(at) > '9') {
      return -1;
    }
    int end = digitsEnd(s, at);
    return end - at > NUMBER_DIGITS ? -1 : end;
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  @Override
  public int compareTo(CapacityCode other) {
    String a = text;
    String b = other.text;
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        // no leading zero: a longer number is a larger one
        int byValue = endA - i != endB - j ? Integer.compare(endA - i, endB - j)
            : a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byValue != 0) {
          return byValue;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CapacityCode && ((CapacityCode) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The code as the fiche writes it.
   *
   * @return e.g. {@code C5}
   */
  @Override
  public String toString() {
    return text;
  }
}
