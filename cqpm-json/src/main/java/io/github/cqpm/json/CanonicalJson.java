package io.github.cqpm.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The canonical JSON of a value, and its SHA-256: the same bytes from any JSON library and on every
 * JVM, since this module writes them itself. Canonical means: UTF-8, no white space, an object's
 * properties in the order the format declares them (absent optional ones left out), numbers as
 * whole decimal numbers, strings escaped as RFC 8785 (JCS) escapes them ({@code \"}, {@code \\},
 * {@code \b \f \n \r \t}, other control characters as <code>&#92;u00XX</code> in lower case, every other
 * character as itself, in UTF-8; a lone surrogate, which is no character, as {@code ?}). It is the
 * compact form of what the Jackson modules write.
 *
 * <pre>{@code
 * String revision = CanonicalJson.sha256(CqpmFormat.binding(Referential.class).getJsonType(), ref);
 * }</pre>
 *
 * <p>A digest names a revision: two référentiels (or dossiers) have the same digest exactly when
 * they have the same canonical JSON, that is, when they are equal.
 */
public final class CanonicalJson {
  /** Lower-case hexadecimal, for the digest and the escapes of control characters. */
  private static final HexFormat HEX = HexFormat.of();

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
    return HEX.formatHex(digest.digest());
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
    private final byte[] buffer = new byte[1024];
    /** The characters of the text being written. */
    private char[] chars = new char[64];
    private int used;
    /** By depth: whether the container open there has had a value already. */
    private boolean[] started = new boolean[16];
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
      if (depth == started.length) {
        started = Arrays.copyOf(started, depth * 2);
      }
      started[depth] = false;
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
      if (started[depth]) {
        put(',');
      }
      started[depth] = true;
    }

    private void quoted(String text) throws IOException {
      put('"');
      int length = text.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      text.getChars(0, length, chars, 0);
      if (buffer.length - used < length) {
        flush();
      }
      // the plain ASCII run, most of every text, copied without a check per byte
      int room = Math.min(length, buffer.length - used);
      int i = 0;
      for (; i < room; i++) {
        char c = chars[i];
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
          break;
        }
        buffer[used++] = (byte) c;
      }
      for (; i < length; i++) {
        char c = chars[i];
        if (c == '"' || c == '\\') {
          put('\\');
          put(c);
        } else if (c < 0x20) {
          escaped(c);
        } else if (c < 0x80) {
          put(c);
        } else if (c < 0x800) {
          utf8(0xC0 | c >> 6);
          utf8(0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
          int code = Character.toCodePoint(c, chars[++i]);
          utf8(0xF0 | code >> 18);
          utf8(0x80 | code >> 12 & 0x3F);
          utf8(0x80 | code >> 6 & 0x3F);
          utf8(0x80 | code & 0x3F);
        } else if (Character.isSurrogate(c)) {
          put('?'); // a lone surrogate is no character: as String.getBytes writes it
        } else {
          utf8(0xE0 | c >> 12);
          utf8(0x80 | c >> 6 & 0x3F);
          utf8(0x80 | c & 0x3F);
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
          ascii(HEX.toHexDigits((byte) c));
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

    private void utf8(int b) throws IOException {
      if (used == buffer.length) {
        flush();
      }
      buffer[used++] = (byte) b;
    }

    void flush() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }
  }
}
