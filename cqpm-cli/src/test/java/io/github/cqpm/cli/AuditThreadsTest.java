package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.CqpmSamples;
import io.github.cqpm.testkit.NonConformity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit on several threads writes what it writes on one, byte for byte, in the input's order;
 * and whatever the damage to its lines, it loses none and always ends with its summary.
 */
class AuditThreadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void anyNumberOfThreadsWritesTheSameReportAsOne() throws IOException {
    CqpmSamples samples = CqpmSamples.seeded(7);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      switch (i % 7) {
        case 0:
          text.append("{not a dossier\n");
          break;
        case 1:
          text.append(CqpmJson.writeLine(samples.nonConforming(NonConformity.values()[i % NonConformity.values().length]))).append('\n');
          break;
        case 2:
          text.append("\n");
          break;
        default:
          text.append(CqpmJson.writeLine(samples.dossier())).append('\n');
      }
    }
    Path in = Files.writeString(dir.resolve("mixed.jsonl"), text, StandardCharsets.UTF_8);
    Run one = Run.of("audit", "--threads", "1", "--out", dir.resolve("one.jsonl").toString(), in.toString());
    byte[] expected = Files.readAllBytes(dir.resolve("one.jsonl"));
    for (int threads : List.of(2, 3, 8)) {
      Path out = dir.resolve("report-" + threads + ".jsonl");
      Run many = Run.of("audit", "--threads", String.valueOf(threads), "--out", out.toString(), in.toString());
      assertThat(Files.readAllBytes(out)).as("%d threads", threads).isEqualTo(expected);
      assertThat(withoutTimes(many.out())).as("the summary, but when it ran").isEqualTo(withoutTimes(one.out()));
      assertThat(many.exitCode()).isEqualTo(one.exitCode());
    }
    assertThat(JSON.readTree(one.out()).get("blankLines").asInt()).isEqualTo(3_000 / 7 + 1);
    assertThat(Run.of("audit", "--threads", "0", in.toString()).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
  }

  /** A summary without its start and end. */
  private static JsonNode withoutTimes(String summary) throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(summary);
    tree.remove(List.of("started", "ended"));
    return tree;
  }

  @Test
  void damagedLinesAreNeverLostAndTheSummaryAlwaysComes() throws IOException {
    byte[] golden = (CqpmJson.writeLine(io.github.cqpm.testkit.Fixtures.tieBrokenByPresident()) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    qt().withExamples(60).forAll(CqpmGens.mutationsOf(golden), CqpmGens.mutationsOf(golden)).checkAssert((a, b) -> {
      try {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(golden);
        file.writeBytes(a);
        file.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
        file.writeBytes(b);
        byte[] bytes = file.toByteArray();
        Path in = Files.write(dir.resolve("damaged.jsonl"), bytes);
        Run run = Run.of("audit", "--threads", "2", in.toString());
        long lines = 0;
        for (int i = 0; i < bytes.length; i++) {
          lines += bytes[i] == '\n' ? 1 : 0;
        }
        lines += bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0;
        JsonNode summary = JSON.readTree(run.err());
        assertThat(summary.get("lines").asLong()).isEqualTo(lines);
        long results = run.out().lines().count();
        assertThat(results + summary.get("blankLines").asLong()).isEqualTo(lines);
        assertThat(run.exitCode()).isIn(ExitCode.OK, ExitCode.NOT_ADMISSIBLE, ExitCode.BAD_INPUT);
        for (String result : run.out().lines().toList()) {
          assertThat(JSON.readTree(result).get("line").asLong()).isBetween(1L, lines);
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
