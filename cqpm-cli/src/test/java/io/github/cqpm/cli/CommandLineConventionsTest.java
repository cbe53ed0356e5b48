package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.Fixtures;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions of a Unix command line, as a person used to them expects them. */
class CommandLineConventionsTest {
  @TempDir Path dir;

  /** Every subcommand answers {@code --version} (through picocli) as {@code cqpm --version} does (before it). */
  @Test
  void everySubcommandAnswersVersion() {
    Run alone = Run.of("--version");
    assertThat(alone.exitCode()).isZero();
    assertThat(alone.out()).startsWith("cqpm ").endsWith(" (RNCP 19453)" + System.lineSeparator());
    assertThat(Run.of("-V").out()).isEqualTo(alone.out());
    assertThat(Run.of("--verbose", "--version").out()).isEqualTo(alone.out());
    for (String command : Cqpm.commandLine().getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;  // picocli's own: help's operand is a command's name
      }
      Run run = Run.of(command, "--version");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).isEqualTo(alone.out());
    }
  }

  /** A run builds the subcommand it names, no other; the usage and its helpers build them all. */
  @Test
  void onlyTheCommandNamedIsBuilt() {
    List<String> all = List.copyOf(Cqpm.commandLine().getSubcommands().keySet());
    assertThat(all).hasSize(9).startsWith("decide", "validate", "audit");
    Cqpm.commandLine().getSubcommands().forEach((name, command) -> assertThat(
        command.getCommand().getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name));
    assertThat(Cqpm.commandLine(new String[] {"--verbose", "decide", "x.json"}).getSubcommands())
        .containsOnlyKeys("decide");
    assertThat(Cqpm.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "decide"},
        new String[] {"completion", "bash"}, new String[] {"decdie"}, new String[] {"--verbose"}, new String[] {"--version", "--help"})) {
      assertThat(List.copyOf(Cqpm.commandLine(args).getSubcommands().keySet())).as(String.join(" ", args))
          .isEqualTo(all);
    }
  }

  /** The version is answered from the options alone: the library (its référentiel) is not loaded. */
  @Test
  void versionLoadsNothingOfTheLibrary() throws Exception {
    Process cqpm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--version")
        .redirectErrorStream(true).start();
    List<String> loaded = new String(cqpm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(cqpm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(loaded).anyMatch(line -> line.startsWith("cqpm ") && line.endsWith("(RNCP 19453)"));
    // (picocli loads the types of the commands' fields; the référentiel's data is another matter)
    assertThat(loaded).filteredOn(line -> line.matches(".*\\[class,load\\] io\\.github\\.cqpm\\.("
        + "model\\.referential\\.(Rncp19453|Referentials|ImmutableReferential|Block|Capacity)"
        + "|json\\.CqpmFormat|rules\\.decision\\.Messages)\\b.*")).isEmpty();
    // nor any subcommand, nor java.util.logging (told to start silent, not started), until the
    // version is printed (from JDK 21 the JVM's own System.exit logs through it, silent)
    List<String> untilPrinted = loaded.subList(0, loaded.indexOf(loaded.stream()
        .filter(line -> line.startsWith("cqpm ")).findFirst().orElseThrow()));
    assertThat(untilPrinted).filteredOn(line -> line.matches(".*\\[class,load\\] (io\\.github\\.cqpm\\.cli\\.\\w+Command"
        + "|java\\.util\\.logging\\.LogManager) .*")).isEmpty();
    // nor picocli, nor the command line: `cqpm --version` alone is answered first
    assertThat(untilPrinted).filteredOn(line -> line.matches(".*\\[class,load\\] (picocli\\..*"
        + "|io\\.github\\.cqpm\\.cli\\.Cqpm\\b.*) .*")).isEmpty();
  }

  /** A second command line in one JVM is silent again after a {@code --verbose} one. */
  @Test
  void verboseThenQuietAgain() {
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    java.util.logging.Level before = root.getLevel();
    try {
      Logging.quiet();
      Logging.verbose(true);
      assertThat(root.getLevel()).isEqualTo(java.util.logging.Level.INFO);
      Logging.quiet();
      assertThat(root.getLevel()).isEqualTo(java.util.logging.Level.OFF);
      assertThat(System.getProperty("java.util.logging.config.class")).isEqualTo(Logging.Quiet.class.getName());
    } finally {
      root.setLevel(before);
    }
  }

  @Test
  void helpCommandPrintsACommandsHelp() {
    Run run = Run.of("help", "decide");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: cqpm decide");
  }

  @Test
  void aUsageErrorIsTheErrorAndTheWayToTheHelp() {
    Run run = Run.of("decide", "--bogus", "x.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: Unknown option: '--bogus'" + System.lineSeparator()
        + "Try 'cqpm decide --help' for more information." + System.lineSeparator());
    Run misspelt = Run.of("audti", "x.jsonl");
    assertThat(misspelt.exitCode()).isEqualTo(2);
    assertThat(misspelt.err()).contains("Did you mean: cqpm audit").endsWith(
        "Try 'cqpm --help' for more information." + System.lineSeparator());
  }

  @Test
  void aDashReadsStandardInput() {
    byte[] dossier = CqpmJson.write(Fixtures.tieBrokenByPresident()).getBytes(StandardCharsets.UTF_8);
    Run decide = Run.withInput(dossier, "decide", "-", "--lang", "en");
    assertThat(decide.exitCode()).isZero();
    assertThat(decide.out()).contains("Decision: admissible");
    Run validate = Run.withInput(dossier, "validate", "-");
    assertThat(validate.exitCode()).isZero();
    Run audit = Run.withInput((CqpmJson.writeLine(Fixtures.tieBrokenByPresident()) + "\n{")
        .getBytes(StandardCharsets.UTF_8), "audit", "-");
    assertThat(audit.exitCode()).isEqualTo(2);
    assertThat(audit.out().lines()).hasSize(2);
    Run broken = Run.withInput("{".getBytes(StandardCharsets.UTF_8), "decide", "-");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).startsWith("error: standard input:");
  }

  @Test
  void theCompletionScriptIsValidBash() throws Exception {
    for (String shell : List.of("bash", "zsh")) {
      Run run = Run.of("completion", shell);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("complete -F _complete_cqpm", "accrochage-report", "--holders");
      Path script = Files.writeString(dir.resolve("cqpm-" + shell), run.out());
      Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(check.waitFor()).as(output).isZero();
    }
    assertThat(Run.of("completion", "fish").exitCode()).isEqualTo(2);
  }

  /** Under a terminal (script(1) gives one), the audit shows its progress on standard error. */
  @Test
  void progressShowsOnATerminal() throws Exception {
    Path script = Path.of("/usr/bin/script");
    Assumptions.assumeTrue(Files.isExecutable(script), "script(1) gives a terminal");
    List<String> lines = new ArrayList<>(Collections.nCopies(20_000, CqpmJson.writeLine(Fixtures.missingBlock2())));
    Path big = Files.write(dir.resolve("big.jsonl"), lines);
    String command = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "audit", big.toString(),
        "--out", dir.resolve("report.jsonl").toString(), ">", dir.resolve("summary.json").toString());
    Process terminal = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
        .redirectErrorStream(true).start();
    String shown = new String(terminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(terminal.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(terminal.exitValue()).as(shown).isZero();
    assertThat(shown).contains("\r100% 20,000 lines, ").contains(" lines/s");
    assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"lines\": 20000");
  }

  /** The reader goes after one line: the command stops silently, exit 141, nothing on stderr. */
  @Test
  void aClosedPipeEndsTheCommandSilently() throws Exception {
    List<String> lines = new ArrayList<>(Collections.nCopies(20_000, CqpmJson.writeLine(Fixtures.missingBlock2())));
    Path big = Files.write(dir.resolve("big.jsonl"), lines);
    Process cqpm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "audit", big.toString(),
        "--threads", "1")
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(cqpm.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).contains("\"line\":1");
    }
    assertThat(cqpm.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(cqpm.exitValue()).isEqualTo(ClosedPipe.EXIT_CODE);
    assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
  }
}
