package io.github.cqpm.model.code;

import io.github.cqpm.model.internal.Codes;

/**
 * The code of an activity of the job described by a CQPM référentiel, such as {@code A4}.
 *
 * <p>The fiche numbers the activities of the holder "A1" to "A4" ("A1. Conduite de plusieurs
 * installations de production automatisée…"). A code is the letter {@code A} followed by a number from 1,
 * written without leading zero; {@link #parse(CharSequence)} and {@link #toString()} are inverse.
 *
 * <p>This class is immutable and thread-safe; instances compare by number.
 */
public final class ActivityCode implements Comparable<ActivityCode> {
  private static final String PREFIX = "A";
  private static final String KIND = "activity code";

  private final int number;

  private ActivityCode(int number) {
    this.number = number;
  }

  /**
   * Obtains the code with the given number.
   *
   * @param number the number, 1 or more
   * @return the code, e.g. {@code A4} for 4
   * @throws IllegalArgumentException if {@code number} is less than 1
   */
  public static ActivityCode of(int number) {
    return new ActivityCode(Codes.positive(KIND, number));
  }

  /**
   * Parses a code such as {@code A4}.
   *
   * @param text the text, {@code A} then a number without leading zero
   * @return the code
   * @throws IllegalArgumentException saying what was expected if the text does not match
   */
  public static ActivityCode parse(CharSequence text) {
    return new ActivityCode(Codes.parsePrefixed(KIND, PREFIX, text));
  }

  /**
   * The number of the activity.
   *
   * @return 4 for {@code A4}
   */
  public int getNumber() {
    return number;
  }

  @Override
  public int compareTo(ActivityCode other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActivityCode && ((ActivityCode) other).number == number;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(number);
  }

  /**
   * The code as the fiche writes it.
   *
   * @return e.g. {@code A4}
   */
  @Override
  public String toString() {
    return PREFIX + number;
  }
}
