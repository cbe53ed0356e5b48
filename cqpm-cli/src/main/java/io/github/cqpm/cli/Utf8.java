package io.github.cqpm.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding, the one way the command line turns bytes into text: a malformed byte is
 * an error that says where it stands (line and column) and what it is, never a replacement
 * character, never a silent loss.
 */
final class Utf8 {
  private Utf8() {}

  /** Bytes that are not UTF-8, where they are. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Malformed(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** The line of the first malformed byte, from 1. */
    int line() {
      return line;
    }

    /** Its column, in characters, from 1. */
    int column() {
      return column;
    }
  }

  /** What the first bytes of a file say of its encoding, and how many of them to skip. */
  enum Mark {
    /** No byte order mark. */
    NONE(0),
    /** The UTF-8 byte order mark EF BB BF, skipped. */
    UTF_8(3),
    /** A UTF-16 byte order mark (FE FF or FF FE): not UTF-8. */
    UTF_16(2),
    /** A UTF-32 byte order mark (00 00 FE FF or FF FE 00 00): not UTF-8. */
    UTF_32(4);

    private final int length;

    Mark(int length) {
      this.length = length;
    }

    /** How many bytes the mark takes. */
    int length() {
      return length;
    }

    /** The mark that {@code bytes[0, available)} begin with. */
    static Mark of(byte[] bytes, int available) {
      int b0 = available > 0 ? bytes[0] & 0xFF : -1;
      int b1 = available > 1 ? bytes[1] & 0xFF : -1;
      int b2 = available > 2 ? bytes[2] & 0xFF : -1;
      int b3 = available > 3 ? bytes[3] & 0xFF : -1;
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
        return UTF_8;
      }
      if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF
          || b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
        return UTF_32;
      }
      if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
        return UTF_16;
      }
      return NONE;
    }
  }

  /**
   * Decodes {@code bytes[from, to)}.
   *
   * @param bytes the bytes
   * @param from the first, included
   * @param to the last, excluded
   * @return the text
   * @throws Malformed at the first byte that is not UTF-8, with its line and column
   */
  static String decode(byte[] bytes, int from, int to) throws Malformed {
    // The JDK's decoding is the fast one, and writes U+FFFD for every malformed sequence: only
    // when one shows (malformed input, or a U+FFFD written as such) is the strict decoder asked.
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : strict(bytes, from, to);
  }

  private static String strict(byte[] bytes, int from, int to) throws Malformed {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw malformed(bytes, from, in.position(), result.length());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw malformed(bytes, from, in.position(), result.length());
    }
    return out.flip().toString();
  }

  private static Malformed malformed(byte[] bytes, int from, int at, int length) {
    int line = 1;
    int column = 1;
    for (int i = from; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (int i = at; i < Math.min(at + Math.max(length, 1), bytes.length); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return new Malformed(line, column, "not UTF-8: byte " + shown + " cannot stand here");
  }

}
