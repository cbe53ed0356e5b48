package io.github.cqpm.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The input as it is read, counted and hashed on the way: what an audit's trail says of the file
 * it audited (its size and SHA-256), without reading it twice, standard input included.
 */
final class TrailInput extends FilterInputStream {
  private final MessageDigest sha256;
  private long bytes;

  TrailInput(InputStream in) {
    super(in);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      sha256.update((byte) b);
      bytes++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      sha256.update(buffer, offset, read);
      bytes += read;
    }
    return read;
  }

  /** No mark: a byte read again would be hashed again (a buffer above may mark, over its own). */
  @Override
  public boolean markSupported() {
    return false;
  }

  /** How many bytes have been read. */
  long bytes() {
    return bytes;
  }

  /** The SHA-256 of the bytes read, in hexadecimal; call once, at the end. */
  String sha256() {
    return HexFormat.of().formatHex(sha256.digest());
  }
}
