package io.github.cqpm.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The reader of standard output has gone ({@code cqpm audit … | head -3}): the command ends at
 * once, silently, with {@value #EXIT_CODE}, the status a shell gives a tool a closed pipe ends
 * (128 + SIGPIPE). The JVM ignores SIGPIPE, so the pipe's end shows as a write failing with
 * {@code EPIPE}; {@link #guard(OutputStream)} turns that failure into this exception, which no
 * command catches (it is not an {@code IOException}), so that it reaches {@link Main#run}.
 */
final class ClosedPipe extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code of a command whose output pipe was closed. */
  static final int EXIT_CODE = 141;

  private ClosedPipe(IOException cause) {
    super("the reader of standard output has gone", cause, false, false);
  }

  /**
   * Standard output, whose closed pipe ends the command.
   *
   * @param out the process's standard output
   * @return the same stream, throwing {@link ClosedPipe} when its pipe is closed; other failures
   *     (a full disk) stay {@code IOException}s
   */
  static OutputStream guard(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
          out.write(bytes, offset, length);
        } catch (IOException e) {
          throw closed(e);
        }
      }

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw closed(e);
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          out.flush();
        } catch (IOException e) {
          throw closed(e);
        }
      }
    };
  }

  /** The pipe's end as this exception; any other failure as it is. */
  private static IOException closed(IOException e) {
    if ("Broken pipe".equals(e.getMessage())) {
      throw new ClosedPipe(e);
    }
    return e;
  }
}
