package io.github.cqpm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A long run's progress on standard error, when standard error is a terminal, and nothing
 * otherwise: the share of the input's bytes read (when its size is known), the lines done, the
 * lines a second and the time left, rewritten in place at most every {@value #EVERY_MILLIS} ms.
 */
final class Progress {
  /** The least time between two updates. */
  static final long EVERY_MILLIS = 250;

  private final PrintWriter err;
  private final OptionalLong total;
  private final LongSupplier nanos;
  private final long start;
  private long last;
  private boolean shown;

  /**
   * A meter.
   *
   * @param err standard error
   * @param total the input's size in bytes, when known
   * @param nanos the clock, {@code System::nanoTime} but in tests
   */
  Progress(PrintWriter err, OptionalLong total, LongSupplier nanos) {
    this.err = err;
    this.total = total;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
    this.last = start;
  }

  /**
   * Shows where the run is, if the last update is old enough.
   *
   * @param lines the lines done
   * @param bytes the bytes read
   */
  void update(long lines, long bytes) {
    long now = nanos.getAsLong();
    if (now - last >= EVERY_MILLIS * 1_000_000) {
      last = now;
      shown = true;
      err.print("\r" + line(lines, bytes, now - start) + "   ");
      err.flush();
    }
  }

  /** Ends the meter's line, if it showed anything. */
  void end(long lines, long bytes) {
    if (shown) {
      err.println("\r" + line(lines, bytes, nanos.getAsLong() - start) + "   ");
      err.flush();
    }
  }

  /**
   * What the meter says.
   *
   * @return e.g. {@code 42% 123,456 lines, 10,288 lines/s, 0:17 left}
   */
  String line(long lines, long bytes, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    StringBuilder text = new StringBuilder();
    if (total.isPresent() && total.getAsLong() > 0) {
      long share = Math.min(100, bytes * 100 / total.getAsLong());
      text.append(share).append("% ");
    }
    text.append(String.format(Locale.ROOT, "%,d lines, %,d lines/s", lines, Math.round(lines / seconds)));
    if (total.isPresent() && bytes > 0 && bytes < total.getAsLong()) {
      long left = Math.round(seconds * (total.getAsLong() - bytes) / bytes);
      text.append(", ").append(clock(Duration.ofSeconds(left))).append(" left");
    }
    return text.toString();
  }

  private static String clock(Duration left) {
    long hours = left.toHours();
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, left.toMinutesPart(), left.toSecondsPart())
        : String.format(Locale.ROOT, "%d:%02d", left.toMinutesPart(), left.toSecondsPart());
  }

  /**
   * Whether standard error is a terminal. Java 17 cannot ask ({@code System.console()} answers
   * for standard input and output); on Linux the process's file descriptor 2 names its terminal
   * ({@code /dev/pts/N}, {@code /dev/ttyN}); elsewhere, a console means a terminal.
   *
   * @param fd2 where the process's descriptor 2 is listed ({@code /proc/self/fd/2})
   * @return true when standard error is a terminal
   */
  static boolean isTerminal(Path fd2) {
    try {
      String target = Files.readSymbolicLink(fd2).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return !Files.exists(fd2.getParent()) && System.console() != null;
    }
  }
}
