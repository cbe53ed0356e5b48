package io.github.cqpm.cdc;

/** A text from a file, made safe to repeat in a message: control characters escaped, clipped. */
final class Printable {
  private static final int MAX = 80;

  private Printable() {}

  /**
   * The text, its control characters as {@code \}{@code uXXXX}, at most {@value #MAX} characters.
   *
   * @param text the text
   * @return the printable text
   */
  static String clip(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < MAX || text.length() <= MAX ? out.toString() : out + "…";
  }
}
