package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.referential.Referentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
  @TempDir Path dir;

  @Test
  void validateAcceptsTheExample() {
    Run run = Run.of("validate", DecideCommandTest.EXAMPLE);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith(": valid\n");
  }

  @Test
  void validateReportsEveryConformityErrorWithItsPointer() throws IOException {
    String golden = Files.readString(Path.of(DecideCommandTest.EXAMPLE));
    String polynesiaAndNoPresident = golden
        .replace("\"territory\": \"FRANCE\"", "\"territory\": \"FRENCH_POLYNESIA\"")
        .replace(",\n      \"president\": \"P1\"", "")
        .replace("\"capacity\": \"C8\"", "\"capacity\": \"C9\"");
    Path file = Files.writeString(dir.resolve("d.json"), polynesiaAndNoPresident, StandardCharsets.UTF_8);
    Run run = Run.of("validate", "--lang", "en", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out().lines()).containsExactly(
        "/assessments/7/capacity: C9 is not a capacity of the référentiel RNCP19453",
        "/candidacy/territory: the certification is not accessible in FRENCH_POLYNESIA",
        "/jury/session/president: no president of the jury is designated");
    assertThat(run.err()).endsWith("3 error(s)\n");
  }

  @Test
  void validateReportsSchemaAndReaderErrors() throws IOException {
    String golden = Files.readString(Path.of(DecideCommandTest.EXAMPLE));
    Path file = Files.writeString(dir.resolve("d.json"),
        golden.replace("\"outcome\": \"VALIDATED\"", "\"outcome\": \"OK\""), StandardCharsets.UTF_8);
    Run run = Run.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("/assessments/0/outcome: expected one of VALIDATED, NOT_VALIDATED, was \"OK\"")
        .contains("/assessments/0/outcome: ").contains("(JSON Schema)");
    Path notJson = Files.writeString(dir.resolve("n.json"), "{oops", StandardCharsets.UTF_8);
    assertThat(Run.of("validate", notJson.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void referentialAsTextAndJson() throws IOException {
    Run text = Run.of("referential");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("RNCP 19453 — Certificat de qualification professionnelle Pilote de systèmes de production automatisée (CQPM)")
        .contains("RNCP19453BC02  La réalisation de la maintenance préventive et curative de niveau 2")
        .contains("Accessible en Nouvelle Calédonie : non ; en Polynésie Française : non");
    Run json = Run.of("referential", "--format", "json");
    assertThat(CqpmJson.readReferential(json.out())).isEqualTo(Referentials.rncp19453());
  }

  @Test
  void schemaPrintsTheShippedSchemas() {
    assertThat(Run.of("schema").out()).isEqualTo(CqpmJson.dossierSchema());
    assertThat(Run.of("schema", "--referential").out()).isEqualTo(CqpmJson.referentialSchema());
    assertThat(Run.of("schema", "--decision").out()).isEqualTo(io.github.cqpm.rules.json.DecisionDocument.schema());
    Run both = Run.of("schema", "--decision", "--referential");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
  }

  @Test
  void helpAndVersion() {
    Run help = Run.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: cqpm").contains("decide").contains("validate").contains("audit")
        .contains("referential").contains("schema").contains("Exit codes:");
    Run version = Run.of("--version");
    assertThat(version.out()).startsWith("cqpm " + io.github.cqpm.json.CqpmFormat.version());
    assertThat(io.github.cqpm.json.CqpmFormat.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(Run.of("decide", "--help").out()).contains("--lang").contains("--format");
    assertThat(Run.of().out()).contains("Usage: cqpm");
  }
}
