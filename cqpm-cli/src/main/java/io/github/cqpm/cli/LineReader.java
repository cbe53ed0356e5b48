package io.github.cqpm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines file as bytes, one at a time, each at most a given length: a longer
 * line is reported as too long (with its length) and skipped to its end without being held, so
 * that memory never depends on the input, even on a line that never ends. Lines end with
 * {@code \n}; a {@code \r} before it is dropped. Bytes are not decoded here: each line is decoded
 * on its own, so that a bad byte costs one line.
 */
final class LineReader {
  /** One line: its number, and its bytes, or its length when it was too long to keep. */
  record Line(long number, byte[] bytes, long length) {
    /** Whether the line was longer than the cap (then {@code bytes} is null). */
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int max;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long number;
  private byte[] line = new byte[256];

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.max = maxBytes;
  }

  /**
   * The next line.
   *
   * @return the line, or null at the end of the input
   * @throws IOException when reading fails
   */
  Line next() throws IOException {
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? end(length) : null;
        }
      }
      any = true;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int stop = newline < 0 ? limit : newline;
      int count = stop - position;
      if (length + count <= max) {
        if (length + count > line.length) {
          line = Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + count), max));
        }
        System.arraycopy(buffer, position, line, (int) length, count);
      }
      length += count;
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        return end(length);
      }
    }
  }

  private Line end(long length) {
    number++;
    if (length > max) {
      return new Line(number, null, length);
    }
    int kept = (int) length;
    if (kept > 0 && line[kept - 1] == '\r') {
      kept--;
    }
    return new Line(number, Arrays.copyOf(line, kept), length);
  }
}
