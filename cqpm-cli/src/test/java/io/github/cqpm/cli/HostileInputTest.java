package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input catalogue: each input a careless or hostile sender may give, through each
 * command that reads it, with the exit code, the message (the file, where, what) and never a
 * stack trace, a library's log line or a raw control character.
 */
class HostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = DecideCommandTest.EXAMPLE;

  @TempDir static Path dir;

  static Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  static Path file(String name, String content) throws IOException {
    return file(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static String line(io.github.cqpm.model.dossier.Dossier dossier) {
    return CqpmJson.writeLine(dossier);
  }

  /** What no run may ever print, whatever the input. */
  static void assertClean(Run run) {
    String all = run.out() + run.err();
    assertThat(all).doesNotContain("\tat ", "Exception", "SLF4J", "HV000001", "\u001b", "StreamReadConstraints",
        "JsonReadFeature");
    for (char c : all.toCharArray()) {
      assertThat(c < 0x20 && c != '\n' && c != '\r' && c != '\t').as("control character %04x", (int) c).isFalse();
    }
  }

  static Stream<Arguments> catalogue() throws IOException {
    String golden = Files.readString(Path.of(EXAMPLE));
    byte[] goldenBytes = golden.getBytes(StandardCharsets.UTF_8);
    String longString = "{\"formatVersion\": 1, \"certification\": \"RNCP19453\", \"candidate\": {\"id\": \""
        + "x".repeat(128_871) + "\"}}";
    List<Arguments> cases = new ArrayList<>();
    // 1. what the JSON Schema validator must never see: trailing content, deep nesting, NaN
    for (String command : List.of("decide", "validate")) {
      cases.add(Arguments.of(command + ": trailing content", command, file(command + "-trailing.json", golden + " {}"), 2,
          "trailing.json:", "(root): unexpected content after the document's value: an object"));
      cases.add(Arguments.of(command + ": 600 deep", command, file(command + "-deep.json", "[".repeat(600) + "]".repeat(600)), 2,
          "deep.json", "(root): expected a dossier, was an array"));
      cases.add(Arguments.of(command + ": NaN", command, file(command + "-nan.json", golden.replace("\"formatVersion\": 1", "\"formatVersion\": NaN")), 2,
          "nan.json", "/formatVersion: NaN is not a JSON value"));
      // 2. invalid UTF-8
      cases.add(Arguments.of(command + ": invalid UTF-8", command,
          file(command + "-bad.json", concat("{\"a\":\"".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff}, "\"}".getBytes(StandardCharsets.US_ASCII))), 2,
          "bad.json:1:7: not UTF-8: byte 0xFF", ""));
      // 6. byte order marks
      cases.add(Arguments.of(command + ": UTF-8 BOM", command,
          file(command + "-bom.json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, goldenBytes)), 0, "", ""));
      cases.add(Arguments.of(command + ": UTF-16 BOM", command,
          file(command + "-utf16.json", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, golden.getBytes(StandardCharsets.UTF_16LE))), 2,
          "utf16.json: UTF-16 text (it starts with a byte order mark); cqpm reads UTF-8", ""));
      // 7. terminal escapes from the input
      cases.add(Arguments.of(command + ": an escape sequence in a value", command,
          file(command + "-esc.json", golden.replace("\"CAND-2017-0107\"", "\"\\u001b[2J\"")), 2,
          "esc.json", "/candidate/id: expected 1 to 64 letters, digits, '.', '_', ':' or '-', was \"\\u001B[2J\""));
      // 8. not a file
      cases.add(Arguments.of(command + ": a directory", command, dir, 2, "a directory, not a file", ""));
      cases.add(Arguments.of(command + ": no such file", command, dir.resolve("absent.json"), 2, "absent.json: no such file", ""));
      // 9. messages with a location, in the user's terms
      cases.add(Arguments.of(command + ": truncated", command, file(command + "-cut.json", golden.substring(0, 100)), 2,
          "cut.json:", "the document ends too early"));
      cases.add(Arguments.of(command + ": a comment", command, file(command + "-comment.json", "{\n  // note\n}"), 2,
          command.equals("decide") ? "comment.json:2:3: " : "(line 2, column 3)", "a comment: JSON has no comments"));
      cases.add(Arguments.of(command + ": a 1000-digit number", command,
          file(command + "-digits.json", golden.replace("\"formatVersion\": 1", "\"formatVersion\": " + "1".repeat(1000))), 2,
          "digits.json", "/formatVersion: a number longer than 20 characters"));
      cases.add(Arguments.of(command + ": a string too long", command, file(command + "-string.json", longString), 2,
          "string.json", "/candidate/id: a string longer than 100,000 characters, the most the format accepts"));
      cases.add(Arguments.of(command + ": a day that does not exist", command,
          file(command + "-day.json", golden.replace("\"2017-06-26\"", "\"2019-02-30\"")), 2,
          "day.json", "2019-02-30 is not a day of the calendar"));
      cases.add(Arguments.of(command + ": a 20-digit version", command,
          file(command + "-version.json", golden.replace("\"formatVersion\": 1", "\"formatVersion\": 12345678901234567890")), 2,
          "version.json", "/formatVersion: expected a whole number from -2147483648 to 2147483647, was 12345678901234567890"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void everyHostileDocumentGetsItsExitCodeAndAMessageThatSaysWhere(
      String what, String command, Path input, int exitCode, String where, String problem) {
    Run run = Run.of(command, "--lang", "en", input.toString());
    assertThat(run.exitCode()).as(what).isEqualTo(exitCode);
    String printed = command.equals("validate") ? run.out() + run.err() : run.err();
    assertThat(printed).as(what).contains(where).contains(problem);
    assertClean(run);
  }

  @Test
  void aBadLineCostsOneLineTheRunGoesOnAndEndsWithItsSummary() throws IOException {
    byte[] bad = concat(
        (line(Fixtures.admissibleTrainingPath()) + "\n").getBytes(StandardCharsets.UTF_8),
        "{\"a\":\"".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff}, "\"}\n".getBytes(StandardCharsets.US_ASCII),
        "{\"formatVersion\":\"\\ud800\"}\n".getBytes(StandardCharsets.US_ASCII),
        (line(Fixtures.tieBrokenByPresident()) + "\n\n").getBytes(StandardCharsets.UTF_8));
    Path in = file("bad.jsonl", bad);
    Path out = dir.resolve("bad-report.jsonl");
    Run run = Run.of("audit", "--out", out.toString(), in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    List<JsonNode> results = new ArrayList<>();
    for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      results.add(JSON.readTree(l));
    }
    assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4);
    assertThat(results).extracting(r -> r.get("outcome").asText()).containsExactly("CONSISTENT", "REJECTED", "REJECTED", "CONSISTENT");
    assertThat(results.get(1).get("error").asText()).isEqualTo("column 7: not UTF-8: byte 0xFF cannot stand here");
    assertThat(results.get(2).get("error").asText()).contains("was \"\\uD800\"");
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("lines").asInt()).isEqualTo(5);
    assertThat(summary.get("blankLines").asInt()).isEqualTo(1);
    assertClean(run);
  }

  @Test
  void aByteOrderMarkIsReadAndUtf16IsNamedByTheAudit() throws IOException {
    Path bom = file("bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        (line(Fixtures.admissibleTrainingPath()) + "\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(Run.of("audit", bom.toString()).exitCode()).isZero();
    Path utf16 = file("utf16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        (line(Fixtures.admissibleTrainingPath()) + "\n").getBytes(StandardCharsets.UTF_16LE)));
    Run run = Run.of("audit", utf16.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("utf16.jsonl: UTF-16 text").contains("iconv -f UTF-16 -t UTF-8");
    assertThat(run.out()).isEmpty();
    assertClean(run);
  }

  @Test
  void anUnreadableFileOrADirectoryIsNamed() throws IOException {
    Run directory = Run.of("audit", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo("error: " + dir + ": a directory, not a file\n");
    Path locked = file("locked.json", "{}");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(locked)) { // root reads anything: then there is nothing to refuse
      for (String command : List.of("decide", "validate", "audit")) {
        Run run = Run.of(command, locked.toString());
        assertThat(run.exitCode()).as(command).isEqualTo(2);
        assertThat(run.err()).as(command).isEqualTo("error: " + locked + ": permission denied\n");
      }
    }
  }

  @Test
  void aQuorumNotMetIsOneWhetherNoVoteOrOneVoteWasCast() throws IOException {
    io.github.cqpm.model.dossier.Dossier d = Fixtures.tieBrokenByPresident();
    io.github.cqpm.model.jury.JuryDeliberation jury = d.getJury().orElseThrow();
    String none = line(io.github.cqpm.model.dossier.Dossier.builder().from(d)
        .jury(io.github.cqpm.model.jury.JuryDeliberation.builder().from(jury).votes(List.of()).build()).build());
    String one = line(io.github.cqpm.model.dossier.Dossier.builder().from(d)
        .jury(io.github.cqpm.model.jury.JuryDeliberation.builder().from(jury).votes(jury.getVotes().subList(0, 1)).build()).build());
    Path in = file("quorum.jsonl", none + "\n" + one + "\n");
    Run run = Run.of("audit", "--quorum", "3", in.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2).allSatisfy(l ->
        assertThat(l).contains("\"outcome\":\"INCONSISTENT\"").contains("QUORUM_NOT_MET"));
  }

  @Test
  void validatePrintsNoLibraryLogLine() {
    Run run = Run.of("validate", EXAMPLE);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }
}
