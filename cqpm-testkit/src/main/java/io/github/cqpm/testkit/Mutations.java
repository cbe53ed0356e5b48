package io.github.cqpm.testkit;

import java.util.Arrays;

/**
 * Byte-level damage to a document, as a hostile or careless sender deals it: cut short, a bit
 * flipped, a byte inserted, a stretch repeated. Written once over a {@link Draw}, so that a
 * failing case shrinks toward the smallest damage near the document's start.
 */
final class Mutations {
  private Mutations() {}

  /** One to three mutations of {@code original}; never the original itself unchanged by design. */
  static byte[] mutate(Draw d, byte[] original) {
    byte[] bytes = original.clone();
    int count = d.intBetween(1, 3);
    for (int m = 0; m < count && bytes.length > 0; m++) {
      int at = d.intBetween(0, bytes.length - 1);
      switch (d.intBetween(0, 3)) {
        case 0:
          bytes = Arrays.copyOf(bytes, at);
          break;
        case 1:
          bytes[at] ^= (byte) (1 << d.intBetween(0, 7));
          break;
        case 2:
          bytes = insert(bytes, at, new byte[] {(byte) d.intBetween(0, 255)});
          break;
        default:
          int to = d.intBetween(at, Math.min(bytes.length, at + 64));
          bytes = insert(bytes, d.intBetween(0, bytes.length), Arrays.copyOfRange(bytes, at, to));
      }
    }
    return bytes;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] more) {
    byte[] out = new byte[bytes.length + more.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(more, 0, out, at, more.length);
    System.arraycopy(bytes, at, out, at + more.length, bytes.length - at);
    return out;
  }
}
