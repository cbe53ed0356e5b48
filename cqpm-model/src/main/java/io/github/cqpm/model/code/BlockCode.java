package io.github.cqpm.model.code;

import io.github.cqpm.model.internal.Codes;

/**
 * The code of a competence block, as France Compétences' RNCP export writes it: {@code RNCP},
 * the fiche number, {@code BC} and the block number on two digits, such as {@code RNCP19453BC02}.
 *
 * <p>The fiche names the blocks "Bloc de compétence n°2 de la fiche n° 19453"; this code carries
 * both numbers. {@link #parse(CharSequence)} and {@link #toString()} are inverse.
 *
 * <p>This class is immutable and thread-safe; instances compare by fiche number then block number.
 */
public final class BlockCode implements Comparable<BlockCode> {
  private static final String KIND = "block code";
  private static final String RNCP = "RNCP";
  private static final String BC = "BC";
  /** The largest block number that two digits can write. */
  public static final int MAX_BLOCK_NUMBER = 99;

  private final int ficheNumber;
  private final int blockNumber;
  private final String text;

  private BlockCode(int ficheNumber, int blockNumber) {
    this.ficheNumber = ficheNumber;
    this.blockNumber = blockNumber;
    this.text = RNCP + ficheNumber + BC + (blockNumber < 10 ? "0" : "") + blockNumber;
  }

  /**
   * Obtains the code of a block of a fiche.
   *
   * @param ficheNumber the RNCP fiche number, 1 or more (19453 here)
   * @param blockNumber the block's number in the fiche, from 1 to {@value #MAX_BLOCK_NUMBER}
   * @return the code, e.g. {@code RNCP19453BC02} for (19453, 2)
   * @throws IllegalArgumentException if a number is out of range
   */
  public static BlockCode of(int ficheNumber, int blockNumber) {
    Codes.positive(KIND + " fiche", ficheNumber);
    Codes.positive(KIND + " block", blockNumber);
    if (blockNumber > MAX_BLOCK_NUMBER) {
      throw new IllegalArgumentException(
          KIND + " block: number must be " + MAX_BLOCK_NUMBER + " or less, was " + blockNumber);
    }
    return new BlockCode(ficheNumber, blockNumber);
  }

  /**
   * Parses a code such as {@code RNCP19453BC02}.
   *
   * @param text {@code RNCP}, a fiche number without leading zero, {@code BC}, two digits from 01
   * @return the code
   * @throws IllegalArgumentException saying what was expected if the text does not match
   */
  public static BlockCode parse(CharSequence text) {
    String s = text.toString();
    int bc = s.lastIndexOf(BC);
    boolean matches =
        s.startsWith(RNCP)
            && bc > RNCP.length()
            && Codes.isPositiveNumber(s, RNCP.length(), bc)
            && s.length() == bc + BC.length() + 2
            && isAsciiDigit(s.charAt(bc + 2))
            && isAsciiDigit(s.charAt(bc + 3))
            && !s.endsWith("00");
    if (!matches) {
      throw new IllegalArgumentException(
          KIND + ": expected RNCP, the fiche number, BC and a two-digit block number (e.g."
              + " RNCP19453BC01), was \"" + s + "\"");
    }
    return new BlockCode(
        Integer.parseInt(s.substring(RNCP.length(), bc)), Integer.parseInt(s.substring(bc + 2)));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The RNCP number of the fiche the block belongs to.
   *
   * @return 19453 for {@code RNCP19453BC02}
   */
  public int getFicheNumber() {
    return ficheNumber;
  }

  /**
   * The block's number in its fiche.
   *
   * @return 2 for {@code RNCP19453BC02}
   */
  public int getBlockNumber() {
    return blockNumber;
  }

  @Override
  public int compareTo(BlockCode other) {
    int byFiche = Integer.compare(ficheNumber, other.ficheNumber);
    return byFiche != 0 ? byFiche : Integer.compare(blockNumber, other.blockNumber);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof BlockCode)) {
      return false;
    }
    BlockCode that = (BlockCode) other;
    return ficheNumber == that.ficheNumber && blockNumber == that.blockNumber;
  }

  @Override
  public int hashCode() {
    return 31 * ficheNumber + blockNumber;
  }

  /**
   * The code as the RNCP export writes it.
   *
   * @return e.g. {@code RNCP19453BC02}
   */
  @Override
  public String toString() {
    return text;
  }
}
