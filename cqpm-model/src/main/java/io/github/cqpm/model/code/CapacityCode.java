package io.github.cqpm.model.code;

import io.github.cqpm.model.internal.Codes;

/**
 * The code of a professional capacity of a CQPM référentiel, such as {@code C5}.
 *
 * <p>The fiche numbers its capacities "C1" to "C8" ("Les capacités attestées : C1 Conduire
 * différents postes opérateurs…"). A code is the letter {@code C} followed by a number from 1,
 * written without leading zero; {@link #parse(CharSequence)} and {@link #toString()} are inverse.
 *
 * <p>This class is immutable and thread-safe; instances compare by number.
 */
public final class CapacityCode implements Comparable<CapacityCode> {
  private static final String PREFIX = "C";
  private static final String KIND = "capacity code";

  private final int number;

  private CapacityCode(int number) {
    this.number = number;
  }

  /**
   * Obtains the code with the given number.
   *
   * @param number the number, 1 or more
   * @return the code, e.g. {@code C5} for 5
   * @throws IllegalArgumentException if {@code number} is less than 1
   */
  public static CapacityCode of(int number) {
    return new CapacityCode(Codes.positive(KIND, number));
  }

  /**
   * Parses a code such as {@code C5}.
   *
   * @param text the text, {@code C} then a number without leading zero
   * @return the code
   * @throws IllegalArgumentException saying what was expected if the text does not match
   */
  public static CapacityCode parse(CharSequence text) {
    return new CapacityCode(Codes.parsePrefixed(KIND, PREFIX, text));
  }

  /**
   * The number of the capacity.
   *
   * @return 5 for {@code C5}
   */
  public int getNumber() {
    return number;
  }

  @Override
  public int compareTo(CapacityCode other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CapacityCode && ((CapacityCode) other).number == number;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(number);
  }

  /**
   * The code as the fiche writes it.
   *
   * @return e.g. {@code C5}
   */
  @Override
  public String toString() {
    return PREFIX + number;
  }
}
