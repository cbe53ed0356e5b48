package io.github.cqpm.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The canonical JSON of a value, and its SHA-256: the same bytes from any JSON library and on every
 * JVM, since this module writes them itself. Canonical means: UTF-8, no white space, an object's
 * properties in the order the format declares them (absent optional ones left out), numbers as
 * whole decimal numbers, strings escaped as RFC 8785 (JCS) escapes them ({@code \"}, {@code \\},
 * {@code \b \f \n \r \t}, other control characters as <code>&#92;u00XX</code> in lower case, every other
 * character as itself). It is the compact form of what the Jackson modules write.
 *
 * <pre>{@code
 * String revision = CanonicalJson.sha256(CqpmFormat.binding(Referential.class).getJsonType(), ref);
 * }</pre>
 *
 * <p>A digest names a revision: two référentiels (or dossiers) have the same digest exactly when
 * they have the same canonical JSON, that is, when they are equal.
 */
public final class CanonicalJson {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private CanonicalJson() {}

  /**
   * The canonical JSON of a value.
   *
   * @param type the value's JSON
   * @param value the value
   * @param <T> its type
   * @return UTF-8 bytes
   */
  public static <T> byte[] bytes(JsonType<T> type, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(type, value, out);
    return out.toByteArray();
  }

  /**
   * The SHA-256 of the canonical JSON of a value.
   *
   * @param type the value's JSON
   * @param value the value
   * @param <T> its type
   * @return 64 lower-case hexadecimal digits
   */
  public static <T> String sha256(JsonType<T> type, T value) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    write(type, value, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static <T> void write(JsonType<T> type, T value, OutputStream out) {
    Objects.requireNonNull(type, "type");
    try {
      Sink sink = new Sink(out);
      type.write(value, sink);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes canonical JSON through a small buffer. */
  private static final class Sink implements JsonSink {
    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int used;
    /** By depth: whether the container open there has had a value already. */
    private final BitSet started = new BitSet();
    private int depth;
    /** Whether the value to come follows a property's name (and so takes no comma). */
    private boolean named;

    Sink(OutputStream out) {
      this.out = out;
    }

    @Override
    public void startObject() throws IOException {
      open('{');
    }

    @Override
    public void endObject() throws IOException {
      close('}');
    }

    @Override
    public void startArray() throws IOException {
      open('[');
    }

    @Override
    public void endArray() throws IOException {
      close(']');
    }

    @Override
    public void name(String name) throws IOException {
      separate();
      quoted(name);
      put(':');
      named = true;
    }

    @Override
    public void string(String value) throws IOException {
      separate();
      quoted(value);
    }

    @Override
    public void number(long value) throws IOException {
      separate();
      ascii(Long.toString(value));
    }

    @Override
    public void bool(boolean value) throws IOException {
      separate();
      ascii(value ? "true" : "false");
    }

    private void open(char bracket) throws IOException {
      separate();
      put(bracket);
      depth++;
      started.clear(depth);
    }

    private void close(char bracket) throws IOException {
      depth--;
      put(bracket);
    }

    /** A comma before a value or name that is not the first of its container. */
    private void separate() throws IOException {
      if (named) {
        named = false;
        return;
      }
      if (started.get(depth)) {
        put(',');
      }
      started.set(depth);
    }

    private void quoted(String text) throws IOException {
      put('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          put('\\');
          put(c);
        } else if (c < 0x20) {
          escaped(c);
        } else if (c < 0x80) {
          put(c);
        } else {
          int end = i + 1;
          while (end < text.length() && text.charAt(end) >= 0x80) {
            end++;
          }
          bytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
          i = end - 1;
        }
      }
      put('"');
    }

    private void escaped(char c) throws IOException {
      put('\\');
      switch (c) {
        case '\b':
          put('b');
          break;
        case '\f':
          put('f');
          break;
        case '\n':
          put('n');
          break;
        case '\r':
          put('r');
          break;
        case '\t':
          put('t');
          break;
        default:
          ascii("u00");
          put((char) HEX[c >> 4]);
          put((char) HEX[c & 0xF]);
      }
    }

    private void ascii(String text) throws IOException {
      for (int i = 0; i < text.length(); i++) {
        put(text.charAt(i));
      }
    }

    private void put(char c) throws IOException {
      if (used == buffer.length) {
        flush();
      }
      buffer[used++] = (byte) c;
    }

    private void bytes(byte[] more) throws IOException {
      for (byte b : more) {
        if (used == buffer.length) {
          flush();
        }
        buffer[used++] = b;
      }
    }

    void flush() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }
  }
}
