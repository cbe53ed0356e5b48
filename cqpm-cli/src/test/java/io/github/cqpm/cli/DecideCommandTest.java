package io.github.cqpm.cli;

import java.util.Locale;

import io.github.cqpm.rules.decision.Messages;

import io.github.cqpm.model.jury.Verdict;

import io.github.cqpm.model.referential.AccessRoute;

import io.github.cqpm.model.referential.EvaluationModality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {
  static final String EXAMPLE = "../examples/tie-broken-by-president.json";
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void theBundledExampleIsAdmissibleAndTheReportSaysWhyInFrench() {
    Run run = Run.of("decide", EXAMPLE);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Décision : admissible")
        .contains("  verdict des votes : admissible")
        .contains("  décision déclarée par le jury : admissible")
        .contains("  ce qu'appellent les éléments du dossier : admissible")
        .contains("Bloc RNCP19453BC02 : acquis le 2017-06-26, valable jusqu'au 2022-06-26 (exclu)")
        .contains("    C5 : validée le 2017-05-15 (situation professionnelle reconstituée)")
        .contains("Jury : 2 voix pour l'admissibilité, 2 contre, 0 abstention(s) ; verdict des votes : admissible")
        .contains("partage des voix : la voix du président a été prépondérante")
        .contains("« En cas de partage des voix, celle du président du jury est prépondérante. »")
        .contains("  la décision déclarée est cohérente");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void inEnglish() {
    Run run = Run.of("decide", "--lang", "en", EXAMPLE);
    assertThat(run.out()).contains("Decision: admissible")
        .contains("Dossier CAND-2017-0107 — CQPM RNCP19453, decided at 2017-06-26")
        .contains("the votes were tied: the president's vote decided")
        .contains("« When votes are tied, the president of the jury has the casting vote. »");
  }

  @Test
  void asJson() throws IOException {
    Run run = Run.of("decide", "--format", "json", "--lang", "en", EXAMPLE);
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("ruling").asText()).isEqualTo("ADMISSIBLE");
    assertThat(json.get("certification").asText()).isEqualTo("RNCP19453");
    assertThat(json.get("declaredVerdict").asText()).isEqualTo("ADMISSIBLE");
    assertThat(json.get("evidence").asText()).isEqualTo("ADMISSIBLE");
    assertThat(json.get("audit").asText()).isEqualTo("CONSISTENT");
    assertThat(json.get("irregularities")).isEmpty();
    assertThat(json.get("deliberation").get("verdict").asText()).isEqualTo("ADMISSIBLE");
    assertThat(json.get("policy").get("routes").asText()).isEqualTo("REFERENTIAL");
    assertThat(json.get("blocks")).hasSize(3);
    assertThat(json.get("missingBlocks")).isEmpty();
    assertThat(json.get("missingCapacities")).isEmpty();
    assertThat(json.get("blocks").get(1).get("capacities").get(1).get("state").asText()).isEqualTo("VALIDATED");
    assertThat(json.get("deliberation").get("presidentDecided").asBoolean()).isTrue();
    assertThat(json.get("findings").findValuesAsText("code")).contains("TIE_BROKEN_BY_PRESIDENT", "DECLARATION_CONSISTENT");
    assertThat(json.get("referential").asText()).isEqualTo("RNCP19453");
    assertThat(json.get("libraryVersion").asText()).isEqualTo(io.github.cqpm.json.CqpmFormat.version()).isNotBlank();
  }

  /** How a message shows an argument: a constant of a labelled type by its English label. */
  private static String labelOrText(String argument) {
    for (Class<? extends Enum<?>> type : List.of(EvaluationModality.class, AccessRoute.class, Verdict.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equals(argument)) {
          return Messages.label(constant, Locale.ENGLISH);
        }
      }
    }
    return argument;
  }

  /** Each argument under its code's name, so a consumer reads it without parsing the message. */
  @Test
  void findingsNameTheirArguments() throws IOException {
    Run run = Run.of("decide", "--format", "json", "--lang", "en", EXAMPLE);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("findings")).isNotEmpty();
    for (JsonNode finding : json.get("findings")) {
      FindingCode code = FindingCode.valueOf(finding.get("code").asText());
      List<String> names = new java.util.ArrayList<>();
      finding.get("arguments").fieldNames().forEachRemaining(names::add);
      assertThat(names).as(code.name()).isEqualTo(code.getArgumentNames());
      for (String name : names) {
        String argument = finding.get("arguments").get(name).asText();
        assertThat(finding.get("message").asText()).as(code + " " + name).contains(labelOrText(argument));
      }
    }
    JsonNode tie = json.get("findings").findParents("code").stream()
        .filter(f -> f.get("code").asText().equals("DECLARATION_CONSISTENT")).findFirst().orElseThrow();
    assertThat(tie.get("arguments").get("verdict").asText()).isEqualTo("ADMISSIBLE");
  }

  @Test
  void notAdmissibleExitsWithOne() throws IOException {
    Run run = Run.of("decide", file("missing.json", CqpmJson.write(Fixtures.missingBlock2())).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Décision : non admissible").contains("Bloc RNCP19453BC02 : non acquis")
        .contains("C5 : non évaluée")
        .contains("reste à acquérir : RNCP19453BC02 (C5)");
    assertThat(run.out()).doesNotContain("reste à acquérir : RNCP19453BC02 (C4");
    Run expired = Run.of("decide", file("expired.json", CqpmJson.write(Fixtures.blockAcquiredFiveYearsAndOneDayBeforeJury())).toString());
    assertThat(expired.out()).contains("Bloc RNCP19453BC02 : acquis le 2011-06-19, plus valable depuis le 2016-06-19");
    Run inJson = Run.of("decide", "--format", "json", file("expired-json.json", CqpmJson.write(Fixtures.blockAcquiredFiveYearsAndOneDayBeforeJury())).toString());
    JsonNode json = new ObjectMapper().readTree(inJson.out());
    assertThat(json.get("missingBlocks").toString()).isEqualTo("[\"RNCP19453BC02\"]");
    assertThat(json.get("missingCapacities").toString()).isEqualTo("[\"C4\",\"C5\"]");
  }

  @Test
  void badInputExitsWithTwoAndSaysWhere() throws IOException {
    String golden = Files.readString(Path.of(EXAMPLE));
    assertBad(file("empty.json", ""), "expected a dossier, was the end of the document");
    assertBad(file("invalid.json", "{\"formatVersion\": 1,"), "invalid.json:1:21: /formatVersion: the document ends too early");
    assertBad(file("unknown.json", golden.replace("\"territory\": \"FRANCE\",", "\"territory\": \"FRANCE\", \"nom\": \"Dupont\",")),
        "/candidacy/nom: unknown property \"nom\" in a candidacy");
    assertBad(file("missing.json", golden.replace("\"registrationDate\": \"2016-09-05\",", "")),
        "/candidacy: missing required property \"registrationDate\" of a candidacy");
    assertBad(file("huge.json", "{\"formatVersion\": 1, \"candidate\": {\"id\": \"" + "x".repeat(10_000_000) + "\"}}"),
        "huge.json: larger than 10,000,000 bytes, the most a document may have");
    assertBad(file("long.json", "{\"formatVersion\": 1, \"certification\": \"RNCP19453\", \"candidate\": {\"id\": \"" + "x".repeat(200_000) + "\"}}"),
        ": /candidate/id: a string longer than 100,000 characters, the most the format accepts");
    assertBad(dir.resolve("absent.json"), "absent.json: no such file");
  }

  private static void assertBad(Path file, String message) {
    Run run = Run.of("decide", file.toString());
    assertThat(run.exitCode()).as(file.toString()).isEqualTo(2);
    assertThat(run.err()).as(file.toString()).startsWith("error: ").contains(message);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Run.of("decide").exitCode()).isEqualTo(2);
    assertThat(Run.of("decide", "--lang", "de", EXAMPLE).exitCode()).isEqualTo(2);
    assertThat(Run.of("frobnicate").exitCode()).isEqualTo(2);
  }
}
