package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress meter: what it says, how often, and when it says anything at all. */
class ProgressTest {
  @TempDir Path dir;

  @Test
  void saysTheShareTheRateAndTheTimeLeftAFewTimesASecond() {
    AtomicLong nanos = new AtomicLong();
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), OptionalLong.of(1_000_000), nanos::get);
    nanos.set(100_000_000);
    progress.update(1_000, 40_000);
    assertThat(err.toString()).as("not before %d ms", Progress.EVERY_MILLIS).isEmpty();
    nanos.set(2_000_000_000);
    progress.update(50_000, 250_000);
    assertThat(err.toString()).isEqualTo("\r25% 50,000 lines, 25,000 lines/s, 0:06 left   ");
    nanos.set(8_000_000_000L);
    progress.end(200_000, 1_000_000);
    assertThat(err.toString()).endsWith("\r100% 200,000 lines, 25,000 lines/s   " + System.lineSeparator());
  }

  @Test
  void withoutASizeItSaysTheLinesAndTheRate() {
    Progress progress = new Progress(new PrintWriter(new StringWriter()), OptionalLong.empty(), () -> 0);
    assertThat(progress.line(7_200_000, 123, 3_600_000_000_000L)).isEqualTo("7,200,000 lines, 2,000 lines/s");
    Progress sized = new Progress(new PrintWriter(new StringWriter()), OptionalLong.of(100), () -> 0);
    assertThat(sized.line(10, 1, 60_000_000_000L)).isEqualTo("1% 10 lines, 0 lines/s, 1:39:00 left");
  }

  @Test
  void nothingIsShownUnlessSomethingWasAndStandardErrorIsATerminal() throws Exception {
    StringWriter err = new StringWriter();
    new Progress(new PrintWriter(err), OptionalLong.empty(), () -> 0).end(10, 10);
    assertThat(err.toString()).isEmpty();
    Path fd = Files.createDirectory(dir.resolve("fd"));
    assertThat(Progress.isTerminal(Files.createSymbolicLink(fd.resolve("2"), Path.of("/dev/pts/3")))).isTrue();
    assertThat(Progress.isTerminal(Files.createSymbolicLink(fd.resolve("3"), Path.of("/dev/tty1")))).isTrue();
    assertThat(Progress.isTerminal(Files.createSymbolicLink(fd.resolve("4"), Path.of("/tmp/err.log")))).isFalse();
    assertThat(Progress.isTerminal(Files.createSymbolicLink(fd.resolve("5"), Path.of("pipe:[1234]")))).isFalse();
    assertThat(Progress.isTerminal(Path.of("/proc/self/fd/2"))).as("the tests' stderr is a pipe").isFalse();
  }
}
