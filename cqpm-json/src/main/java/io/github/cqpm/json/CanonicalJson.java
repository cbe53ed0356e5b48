package io.github.cqpm.json;

import io.github.cqpm.model.internal.IsoDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

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
  /** The most bytes one character takes: a control character's escape, <code>&#92;u00XX</code>. */
  private static final int MOST_BYTES_A_CHAR = 6;

  /** A name as this writer writes it, quoted and followed by a colon: made once a name. */
  private static final Function<String, byte[]> NAME = name -> encoded(sink -> sink.name(name));
  /** A constant as this writer writes it, quoted: made once a constant. */
  private static final Function<String, byte[]> STRING = text -> encoded(sink -> sink.string(text));

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

  /** What a fresh sink writes for one name or string, alone. */
  private static byte[] encoded(Token token) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32);
    try {
      Sink sink = new Sink(out);
      token.write(sink);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One token written to a sink. */
  @FunctionalInterface
  private interface Token {
    void write(Sink sink) throws IOException;
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
    /** Where a date's characters are made. */
    private final char[] date = new char[IsoDates.MOST_CHARS];
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
    public void name(JsonText name) throws IOException {
      separate();
      bytes(name.getEncoded(NAME));
      named = true;
    }

    @Override
    public void string(JsonText value) throws IOException {
      separate();
      bytes(value.getEncoded(STRING));
    }

    /** Bytes already encoded. */
    private void bytes(byte[] encoded) throws IOException {
      if (buffer.length - used < encoded.length) {
        flush();
      }
      if (encoded.length > buffer.length) {
        out.write(encoded);
      } else {
        System.arraycopy(encoded, 0, buffer, used, encoded.length);
        used += encoded.length;
      }
    }

    @Override
    public void string(String value) throws IOException {
      separate();
      quoted(value);
    }

    @Override
    public void date(LocalDate value) throws IOException {
      separate();
      int length = IsoDates.write(value, date);
      if (buffer.length - used < length + 2) {
        flush();
      }
      buffer[used++] = '"';
      for (int i = 0; i < length; i++) {
        buffer[used++] = (byte) date[i]; // ASCII: digits, '-' and '+', none escaped
      }
      buffer[used++] = '"';
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
      int i = 0;
      while (i < length) {
        int room = (buffer.length - used) / MOST_BYTES_A_CHAR;
        if (room == 0) {
          flush();
        } else {
          i = encode(text, i, Math.min(length, i + room));
        }
      }
      put('"');
    }

    /**
     * Writes the characters of {@code text} from {@code from} to {@code to} (and the second half of a
     * surrogate pair the last one starts) into the buffer, which has room for them however they are
     * written; returns where it stopped. One loop over local variables, without a check of the
     * buffer's room per byte.
     */
    private int encode(String text, int from, int to) {
      byte[] out = buffer;
      int at = used;
      int i = from;
      while (i < to) {
        char c = text.charAt(i++);
        if (c < 0x80) {
          if (c >= 0x20 && c != '"' && c != '\\') {
            out[at++] = (byte) c;
          } else {
            at = escape(c, out, at);
          }
        } else if (c < 0x800) {
          out[at++] = (byte) (0xC0 | c >> 6);
          out[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
          int code = Character.toCodePoint(c, text.charAt(i++));
          out[at++] = (byte) (0xF0 | code >> 18);
          out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
          out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | code & 0x3F);
        } else if (Character.isSurrogate(c)) {
          out[at++] = '?'; // a lone surrogate is no character: as String.getBytes writes it
        } else {
          out[at++] = (byte) (0xE0 | c >> 12);
          out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
          out[at++] = (byte) (0x80 | c & 0x3F);
        }
      }
      used = at;
      return i;
    }

    /** RFC 8785's escape of a quote, a backslash or a control character, at {@code at}; returns its end. */
    private static int escape(char c, byte[] out, int at) {
      out[at++] = '\\';
      switch (c) {
        case '"', '\\' -> out[at++] = (byte) c;
        case '\b' -> out[at++] = 'b';
        case '\f' -> out[at++] = 'f';
        case '\n' -> out[at++] = 'n';
        case '\r' -> out[at++] = 'r';
        case '\t' -> out[at++] = 't';
        default -> {
          out[at++] = 'u';
          out[at++] = '0';
          out[at++] = '0';
          out[at++] = (byte) HEX.toLowHexDigit(c >> 4);
          out[at++] = (byte) HEX.toLowHexDigit(c);
        }
      }
      return at;
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

    void flush() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }
  }
}
