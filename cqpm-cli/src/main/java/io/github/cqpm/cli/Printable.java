package io.github.cqpm.cli;

/**
 * Text made safe to print: whatever comes from the input (a value quoted in a message, a file
 * name) may hold control characters that a terminal would obey (an escape sequence that clears
 * the screen) or a lone surrogate that no encoder can write. Every message the command line
 * prints, to a terminal or into a report, goes through {@link #of(String)}.
 */
final class Printable {
  private Printable() {}

  /**
   * The text with every character that is not safe to print written as {@code \\uXXXX}: C0 and C1
   * controls, DEL, lone surrogates, the line and paragraph separators and the bidirectional
   * controls (which reorder what a terminal shows).
   *
   * @param text any text
   * @return the same text where it is safe, escaped where not
   */
  static String of(String text) {
    String value = String.valueOf(text);
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(value.length() + 16).append(value, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c)
        || c == '\u2028' || c == '\u2029'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
        || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
