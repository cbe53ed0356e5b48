package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.CqpmSamples;
import io.github.cqpm.testkit.Fixtures;
import io.github.cqpm.testkit.NonConformity;
import java.io.BufferedWriter;
import io.github.cqpm.jackson.PackageVersion;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void eachLineGetsAResultAndMalformedLinesAreCountedNotSkippedBlankLinesSkippedAndCounted() throws Exception {
    Path in = Files.write(dir.resolve("in.jsonl"), List.of(
        CqpmJson.writeLine(Fixtures.admissibleTrainingPath()),
        "{not json",
        CqpmJson.writeLine(Fixtures.candidateFromFrenchPolynesia()),
        "",
        CqpmJson.writeLine(Fixtures.missingBlock2())), StandardCharsets.UTF_8);
    Path out = dir.resolve("report.jsonl");
    Run run = Run.of("audit", in.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(JSON.readTree(lines.get(0)).get("outcome").asText()).isEqualTo("CONSISTENT");
    assertThat(JSON.readTree(lines.get(1)).get("outcome").asText()).isEqualTo("REJECTED");
    assertThat(JSON.readTree(lines.get(1)).get("line").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(lines.get(1)).get("error").asText()).startsWith("column 2: (root): ");
    assertThat(JSON.readTree(lines.get(2)).get("codes").toString()).contains("TERRITORY_NOT_ACCESSIBLE");
    assertThat(JSON.readTree(lines.get(3)).get("line").asInt()).as("the blank line 4 is skipped").isEqualTo(5);
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("lines").asInt()).isEqualTo(5);
    assertThat(summary.get("blankLines").asInt()).isEqualTo(1);
    assertThat(summary.get("outcomes").get("REJECTED").asInt()).isEqualTo(1);
    assertThat(summary.get("outcomes").get("CONSISTENT").asInt()).isEqualTo(2);
    assertThat(summary.get("outcomes").get("INCONSISTENT").asInt()).isEqualTo(1);
    assertThat(summary.get("findingCodes").get("TERRITORY_NOT_ACCESSIBLE").asInt()).isEqualTo(1);
    // the trail: who audited what, when
    byte[] bytes = Files.readAllBytes(in);
    assertThat(summary.get("cqpmVersion").asText()).isEqualTo(PackageVersion.VERSION.toString());
    assertThat(summary.get("input").get("file").asText()).isEqualTo(in.toString());
    assertThat(summary.get("input").get("bytes").asLong()).isEqualTo(bytes.length);
    assertThat(summary.get("input").get("sha256").asText()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    assertThat(Instant.parse(summary.get("started").asText()))
        .isBeforeOrEqualTo(Instant.parse(summary.get("ended").asText()));
    assertThat(run.err()).as("no progress: standard error is not a terminal").doesNotContain("\r");
  }

  @Test
  void withoutOutTheResultsGoToStandardOutputAndTheSummaryToStandardError() throws IOException {
    Path in = Files.write(dir.resolve("in.jsonl"), List.of(CqpmJson.writeLine(Fixtures.tieBrokenByPresident())));
    Run run = Run.of("audit", in.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).singleElement().satisfies(l -> assertThat(l).contains("\"outcome\":\"CONSISTENT\""));
    assertThat(JSON.readTree(run.err()).get("lines").asInt()).isEqualTo(1);
    assertThat(Run.of("audit", dir.resolve("absent.jsonl").toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void anEmptyFileHasAnEmptyReportAndASummary() throws IOException {
    Path in = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path out = dir.resolve("empty-report.jsonl");
    Run run = Run.of("audit", in.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).isEmpty();
    assertThat(JSON.readTree(run.out()).get("lines").asInt()).isZero();
  }

  @Test
  void twentyThousandDossiersEndToEnd() throws IOException {
    Path in = dir.resolve("many.jsonl");
    CqpmSamples samples = CqpmSamples.seeded(19453);
    int conform = 0;
    try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 20_000; i++) {
        boolean broken = i % 10 == 0;
        w.write(CqpmJson.writeLine(broken
            ? samples.nonConforming(NonConformity.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS)
            : samples.dossier()));
        w.write('\n');
        conform += broken ? 0 : 1;
      }
      w.write("{\"formatVersion\": 1, \"candidate\": {\"id\": \"" + "x".repeat(200_000) + "\"}}\n");
    }
    Path out = dir.resolve("many-report.jsonl");
    Run run = Run.of("audit", in.toString(), "--out", out.toString());
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("lines").asInt()).isEqualTo(20_001);
    assertThat(summary.get("outcomes").get("CONSISTENT").asInt()).isEqualTo(conform);
    assertThat(summary.get("outcomes").get("INCONSISTENT").asInt()).isEqualTo(2_000);
    assertThat(summary.get("outcomes").get("REJECTED").asInt()).isEqualTo(1);
    assertThat(summary.get("findingCodes").get("DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS").asInt()).isEqualTo(2_000);
    try (var lines = Files.lines(out)) {
      assertThat(lines.count()).isEqualTo(20_001);
    }
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
