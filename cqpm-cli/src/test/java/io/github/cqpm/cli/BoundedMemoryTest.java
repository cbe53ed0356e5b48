package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.Fixtures;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in its own JVM with the 64 MB heap the README documents for audits: inputs
 * are streamed and capped, so no input costs the memory, and output failures have their own exit
 * code. Each case checks the exit code, the message, and that nothing ran out of memory.
 */
@EnabledOnOs(OS.LINUX)
class BoundedMemoryTest {
  @TempDir Path dir;

  /** One run of cqpm in a forked JVM. */
  record Forked(int exitCode, String out, String err, boolean finished) {}

  private Forked cqpm(long seconds, File stdout, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    File out = stdout != null ? stdout : dir.resolve("out-" + System.nanoTime()).toFile();
    File err = dir.resolve("err-" + System.nanoTime()).toFile();
    builder.redirectOutput(out).redirectError(err);
    Process process = builder.start();
    boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String printed = stdout != null ? "" : Files.readString(out.toPath(), StandardCharsets.UTF_8);
    return new Forked(finished ? process.exitValue() : -1, printed,
        Files.readString(err.toPath(), StandardCharsets.UTF_8), finished);
  }

  private static void assertNoMemoryTrouble(Forked run) {
    assertThat(run.out() + run.err()).doesNotContain("OutOfMemory", "out of memory", "\tat ");
  }

  @Test
  void aHundredMegabyteLineIsRejectedAndTheAuditGoesOn() throws Exception {
    Path in = dir.resolve("huge.jsonl");
    byte[] dossier = (CqpmJson.writeLine(Fixtures.admissibleTrainingPath()) + "\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(in))) {
      out.write(dossier);
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      out.write('"');
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("\"\n".getBytes(StandardCharsets.US_ASCII));
      out.write(dossier);
    }
    Forked run = cqpm(120, null, "audit", in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.out().lines().toList().get(1))
        .contains("\"line\":2").contains("REJECTED").contains("104,857,602 bytes, longer than 1,000,000");
    assertThat(run.err()).contains("\"lines\": 3");
    assertNoMemoryTrouble(run);
  }

  @Test
  void endlessInputIsCappedForADocumentAndStreamedForAnAudit() throws Exception {
    for (String command : List.of("decide", "validate")) {
      Forked run = cqpm(60, null, command, "/dev/zero");
      assertThat(run.exitCode()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains("/dev/zero: larger than 10,000,000 bytes, the most a document may have");
      assertNoMemoryTrouble(run);
    }
    // one line that never ends: the audit keeps skipping it in bounded memory, and is still
    // running when stopped (an endless input is endless work, not a crash)
    Forked endless = cqpm(5, null, "audit", "/dev/zero");
    assertThat(endless.finished()).isFalse();
    assertNoMemoryTrouble(endless);
  }

  @Test
  void aReportThatCannotBeWrittenEndsTheRunWithItsOwnExitCode() throws Exception {
    Path in = Files.writeString(dir.resolve("one.jsonl"), CqpmJson.writeLine(Fixtures.admissibleTrainingPath()) + "\n");
    Forked toFullStdout = cqpm(60, new File("/dev/full"), "audit", in.toString());
    assertThat(toFullStdout.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertThat(toFullStdout.err()).contains("error: cannot write").contains("standard output");
    Forked toFullFile = cqpm(60, null, "audit", "--out", "/dev/full", in.toString());
    assertThat(toFullFile.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertThat(toFullFile.err()).contains("error: cannot write the report to /dev/full: ");
    Forked decideToFull = cqpm(60, new File("/dev/full"), "decide", DecideCommandTest.EXAMPLE);
    assertThat(decideToFull.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertNoMemoryTrouble(toFullFile);
  }

  @Test
  void anRncpExportIsReadOneFicheAtATimeAndAHugeFicheIsRefused() throws Exception {
    Path many = dir.resolve("many.xml");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(many))) {
      out.write("<FICHES><VERSION_FLUX>4.1</VERSION_FLUX>\n".getBytes(StandardCharsets.UTF_8));
      for (int i = 1; i <= 100_000; i++) {
        out.write(("<FICHE><NUMERO_FICHE>RNCP" + i + "</NUMERO_FICHE><INTITULE>Fiche " + i + "</INTITULE><ACTIF>Oui"
            + "</ACTIF><DATE_DECISION>01/02/2024</DATE_DECISION><BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>RNCP" + i + "BC01</CODE><LIBELLE>Bloc</LIBELLE>"
            + "<LISTE_COMPETENCES>C1 Conduire\nC2 Organiser</LISTE_COMPETENCES></BLOC_COMPETENCES></BLOCS_COMPETENCES>"
            + "</FICHE>\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write("</FICHES>\n".getBytes(StandardCharsets.UTF_8));
    }
    Forked listed = cqpm(120, null, "referential", "--from-rncp", many.toString(), "--list");
    assertThat(listed.exitCode()).isEqualTo(0);
    assertThat(listed.out().lines()).hasSize(100_000).last().asString()
        .isEqualTo("RNCP100000  active     1 blocs    2 compétences  Fiche 100000");
    assertNoMemoryTrouble(listed);
    Forked checked = cqpm(180, null, "referential", "--from-rncp", many.toString(), "--check");
    assertThat(checked.exitCode()).as(checked.err()).isEqualTo(0);
    assertThat(checked.out().lines()).hasSize(100_001).last().asString()
        .isEqualTo("imported 100000 of 100000 fiches (0 without blocks)");
    assertNoMemoryTrouble(checked);

    Path huge = dir.resolve("huge.xml");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge))) {
      out.write("<FICHES><VERSION_FLUX>4.1</VERSION_FLUX><FICHE><INTITULE>".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("</INTITULE></FICHE></FICHES>".getBytes(StandardCharsets.UTF_8));
    }
    Forked refused = cqpm(120, null, "referential", "--from-rncp", huge.toString(), "--list");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("more than 4000000 characters of text in one FICHE");
    assertNoMemoryTrouble(refused);
  }
}
