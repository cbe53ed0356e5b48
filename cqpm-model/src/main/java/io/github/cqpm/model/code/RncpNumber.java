package io.github.cqpm.model.code;

import io.github.cqpm.model.internal.Codes;

/**
 * The number of a fiche of the Répertoire national des certifications professionnelles, as France
 * Compétences' RNCP export writes it in {@code NUMERO_FICHE}: {@code RNCP} followed by the number,
 * such as {@code RNCP19453}. A dossier names the certification it is for by this number, and
 * everything that needs a référentiel looks it up by it.
 *
 * <p>{@link #parse(CharSequence)} and {@link #toString()} are inverse. This class is immutable and
 * thread-safe; instances compare by number.
 */
public final class RncpNumber implements Comparable<RncpNumber> {
  private static final String KIND = "RNCP number";
  private static final String PREFIX = "RNCP";

  private final int number;

  private RncpNumber(int number) {
    this.number = number;
  }

  /**
   * Obtains the number of a fiche.
   *
   * @param number the fiche's number, 1 or more (19453 for the bundled fiche)
   * @return the RNCP number, e.g. {@code RNCP19453}
   * @throws IllegalArgumentException if the number is below 1
   */
  public static RncpNumber of(int number) {
    return new RncpNumber(Codes.positive(KIND, number));
  }

  /**
   * Parses a number such as {@code RNCP19453}.
   *
   * @param text {@code RNCP} followed by a number from 1 without leading zero
   * @return the RNCP number
   * @throws IllegalArgumentException saying what was expected if the text does not match
   */
  public static RncpNumber parse(CharSequence text) {
    return new RncpNumber(Codes.parsePrefixed(KIND, PREFIX, text));
  }

  /**
   * The fiche's number.
   *
   * @return 19453 for {@code RNCP19453}
   */
  public int getNumber() {
    return number;
  }

  @Override
  public int compareTo(RncpNumber other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RncpNumber && ((RncpNumber) other).number == number;
  }

  @Override
  public int hashCode() {
    return number;
  }

  /**
   * The number as the RNCP export writes it.
   *
   * @return e.g. {@code RNCP19453}
   */
  @Override
  public String toString() {
    return PREFIX + number;
  }
}
