package io.github.cqpm.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one way the commands open what they are given: a file that exists, is not a directory and
 * can be read, whose bytes are UTF-8 (a UTF-8 byte order mark is skipped; UTF-16 and UTF-32 are
 * named and refused), read with a bound so that memory never depends on the input. Every failure
 * is an {@link Unreadable} whose message names the file (escaped for a terminal) and says what is
 * wrong in the user's terms.
 */
final class InputFile {
  /** The most bytes a document may have (the format's 10,000,000 characters, as bytes). */
  static final int MAX_DOCUMENT_BYTES = 10_000_000;

  private InputFile() {}

  /** A file that could not be read as a document, with a message naming it and what is wrong. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /** The name that stands for standard input where a file is expected. */
  static final String STANDARD_INPUT = "-";

  /**
   * The file's name as it is printed: escaped, so that a name cannot drive a terminal;
   * {@code standard input} for {@value #STANDARD_INPUT}.
   */
  static String name(Path file) {
    return isStandardInput(file) ? "standard input" : Printable.of(file.toString());
  }

  /** Whether the name given is {@value #STANDARD_INPUT}, standard input. */
  static boolean isStandardInput(Path file) {
    return STANDARD_INPUT.equals(file.toString());
  }

  /**
   * Opens a file to read, or standard input for {@value #STANDARD_INPUT}.
   *
   * @param file the file, or {@code -}
   * @param stdin standard input; left open when the stream returned is closed
   * @return its bytes, to close
   * @throws Unreadable if the file does not exist, is a directory or cannot be read
   */
  static InputStream open(Path file, InputStream stdin) throws Unreadable {
    if (isStandardInput(file)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input is the process's, not the command's
        }
      };
    }
    return open(file);
  }

  /**
   * Opens a file to read.
   *
   * @param file the file
   * @return its bytes, to close
   * @throws Unreadable if it does not exist, is a directory or cannot be read
   */
  static InputStream open(Path file) throws Unreadable {
    if (Files.isDirectory(file)) {
      throw new Unreadable(name(file) + ": a directory, not a file");
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** An I/O failure on a file, in the user's terms. */
  static Unreadable unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new Unreadable(name(file) + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new Unreadable(name(file) + ": permission denied");
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return new Unreadable(name(file) + ": " + Printable.of(((FileSystemException) e).getReason()));
    }
    return new Unreadable(name(file) + ": cannot be read ("
        + Printable.of(String.valueOf(e.getMessage())) + ")");
  }

  /** The refusal of a file whose byte order mark says it is not UTF-8. */
  static Unreadable notUtf8(Path file, Utf8.Mark mark) {
    String encoding = mark == Utf8.Mark.UTF_16 ? "UTF-16" : "UTF-32";
    return new Unreadable(name(file) + ": " + encoding + " text (it starts with a byte order mark);"
        + " cqpm reads UTF-8: convert it, e.g. iconv -f " + encoding + " -t UTF-8");
  }

  /**
   * Reads a whole document as text: at most {@value #MAX_DOCUMENT_BYTES} bytes, UTF-8.
   *
   * @param file the file
   * @return the text, without a byte order mark
   * @throws Unreadable if the file cannot be read, is larger, or is not UTF-8 (with the line and
   *     column of the first bad byte)
   */
  static String text(Path file) throws Unreadable {
    return text(file, null);
  }

  /**
   * Reads a whole document as text, from a file or, for {@value #STANDARD_INPUT}, from standard
   * input, as {@link #text(Path)} does.
   *
   * @param file the file, or {@code -}
   * @param stdin standard input
   * @return the text
   * @throws Unreadable as {@link #text(Path)}
   */
  static String text(Path file, InputStream stdin) throws Unreadable {
    byte[] bytes;
    int length;
    try (InputStream in = stdin == null ? open(file) : open(file, stdin)) {
      bytes = new byte[initialSize(file)];
      length = 0;
      int read;
      while ((read = in.read(bytes, length, bytes.length - length)) >= 0) {
        length += read;
        if (length > MAX_DOCUMENT_BYTES) {
          throw new Unreadable(name(file) + ": larger than "
              + String.format(Locale.ROOT, "%,d", MAX_DOCUMENT_BYTES)
              + " bytes, the most a document may have");
        }
        if (length == bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.min(bytes.length * 2, MAX_DOCUMENT_BYTES + 1));
        }
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    Utf8.Mark mark = Utf8.Mark.of(bytes, length);
    if (mark == Utf8.Mark.UTF_16 || mark == Utf8.Mark.UTF_32) {
      throw notUtf8(file, mark);
    }
    try {
      return Utf8.decode(bytes, mark.length(), length);
    } catch (Utf8.Malformed e) {
      throw new Unreadable(name(file) + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
    }
  }

  /** Room for a regular file's bytes and one more (to see its end); a little for anything else. */
  private static int initialSize(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        return (int) Math.min(Files.size(file) + 1, MAX_DOCUMENT_BYTES + 1L);
      }
    } catch (IOException e) {
      // the read that follows reports it
    }
    return 8192;
  }
}
