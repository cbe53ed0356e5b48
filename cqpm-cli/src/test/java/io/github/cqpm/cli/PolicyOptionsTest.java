package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that choose where the fiche is silent change the decision as the policy says, and
 * every report names the choices that applied.
 */
class PolicyOptionsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path dir;

  /** The bundled example, changed. */
  private String variant(String name, Consumer<ObjectNode> change) throws IOException {
    ObjectNode dossier = (ObjectNode) MAPPER.readTree(Path.of(DecideCommandTest.EXAMPLE).toFile());
    change.accept(dossier);
    return Files.writeString(dir.resolve(name), MAPPER.writeValueAsString(dossier),
        StandardCharsets.UTF_8).toString();
  }

  private String unfavourableOpinionOnBlock1() throws IOException {
    return variant("unfavourable.json", d ->
        ((ObjectNode) d.get("companyOpinions").get(0)).put("polarity", "UNFAVOURABLE"));
  }

  private static void votes(ObjectNode dossier, String... choices) {
    ArrayNode votes = (ArrayNode) dossier.get("jury").get("votes");
    for (int i = 0; i < choices.length; i++) {
      ((ObjectNode) votes.get(i)).put("choice", choices[i]);
    }
  }

  @Test
  void everyReportNamesTheDefaultChoices() throws IOException {
    assertThat(Run.of("decide", DecideCommandTest.EXAMPLE).out()).contains(
        "Là où la fiche se tait : date de fin d'enregistrement incluse ; avis défavorable "
            + "consultatif ; partage que le président ne tranche pas : pas de verdict ; quorum : 0 ; "
            + "validité de cinq ans : blocs et capacités ; voies ouvertes : celles pour lesquelles la "
            + "fiche donne un jury");
    assertThat(Run.of("decide", "--lang", "en", DecideCommandTest.EXAMPLE).out()).contains(
        "Where the fiche is silent: registration end date included; unfavourable opinion advisory; "
            + "a tie the president does not break: no verdict; quorum: 0; five-year validity: blocks "
            + "and capacities; open routes: those the fiche gives a jury for");
    JsonNode json = MAPPER.readTree(Run.of("decide", "--format", "json", DecideCommandTest.EXAMPLE).out());
    assertThat(json.get("policy").toString()).isEqualTo(
        "{\"registrationEnd\":\"INCLUSIVE\",\"unfavourableOpinion\":\"ADVISORY\","
            + "\"tieFallback\":\"UNDECIDED\",\"quorum\":0,\"validityScope\":\"BLOCKS_AND_CAPACITIES\","
            + "\"routes\":\"REFERENTIAL\"}");
  }

  @Test
  void aBlockingUnfavourableOpinionKeepsTheBlockFromBeingAcquired() throws IOException {
    String file = unfavourableOpinionOnBlock1();
    Run advisory = Run.of("decide", file);
    assertThat(advisory.exitCode()).isZero();
    assertThat(advisory.out()).contains("Décision : admissible")
        .contains("WARNING COMPANY_OPINION_UNFAVOURABLE [BLOCK RNCP19453BC01]");
    Run blocking = Run.of("decide", "--unfavourable-opinion", "blocking", file);
    assertThat(blocking.exitCode()).isEqualTo(1);
    assertThat(blocking.out()).contains("Décision : non admissible")
        .contains("avis défavorable bloquant")
        .contains("Bloc RNCP19453BC01 : non acquis")
        .contains("ERROR COMPANY_OPINION_UNFAVOURABLE [BLOCK RNCP19453BC01]");
  }

  @Test
  void aJuryOnTheRegistrationEndDateIsInsideThePeriodUnlessExclusive() throws IOException {
    String file = variant("end.json", d ->
        ((ObjectNode) d.get("jury").get("session")).put("date", "2019-08-09"));
    assertThat(Run.of("decide", file).exitCode()).isZero();
    Run exclusive = Run.of("decide", "--lang", "en", "--registration-end", "EXCLUSIVE", file);
    assertThat(exclusive.exitCode()).isEqualTo(1);
    assertThat(exclusive.out()).contains("Decision: not admissible")
        .contains("registration end date excluded")
        .contains("ERROR JURY_AFTER_REGISTRATION [JURY]");
  }

  @Test
  void aCapacityValidatedFiveYearsBeforeTheJuryNoLongerCountsUnlessOnlyBlocksExpire()
      throws IOException {
    String file = variant("old.json", d -> {
      ((ObjectNode) d.get("candidacy")).put("registrationDate", "2012-01-09");
      ((ObjectNode) d.get("assessments").get(4)).put("date", "2012-06-26");
    });
    Run expired = Run.of("decide", file);
    assertThat(expired.exitCode()).isEqualTo(1);
    assertThat(expired.out()).contains("Décision : non admissible")
        .contains("Bloc RNCP19453BC02 : non acquis")
        .contains("    C5 : validée le 2012-06-26, plus valable depuis le 2017-06-26")
        .contains("ERROR CAPACITY_VALIDATION_EXPIRED [CAPACITY C5] la capacité C5, validée le "
            + "2012-06-26, n'est plus valable depuis le 2017-06-26 : la validation ne compte pas")
        .contains("« Validité des composantes acquises : 5 an(s) »");
    JsonNode json = MAPPER.readTree(Run.of("decide", "--format", "json", file).out());
    assertThat(json.get("blocks").get(1).get("capacities").get(1).get("state").asText())
        .isEqualTo("EXPIRED");
    Run blocksOnly = Run.of("decide", "--lang", "en", "--validity-scope", "blocks_only", file);
    assertThat(blocksOnly.exitCode()).isZero();
    assertThat(blocksOnly.out()).contains("Decision: admissible")
        .contains("five-year validity: blocks only")
        .contains("    C5: validated on 2012-06-26 (");
  }

  @Test
  void aTieThePresidentDoesNotBreakFollowsTheFallback() throws IOException {
    String file = variant("tie.json", d ->
        votes(d, "ABSTENTION", "ADMISSIBLE", "NOT_ADMISSIBLE", "ABSTENTION"));
    assertThat(Run.of("decide", "--lang", "en", file).out())
        .contains("verdict of the votes: no verdict")
        .contains("ERROR TIE_UNRESOLVED [JURY]");
    assertThat(Run.of("decide", "--lang", "en", "--tie-fallback", "NOT_ADMISSIBLE", file).out())
        .contains("verdict of the votes: not admissible")
        .contains("WARNING TIE_SETTLED_BY_POLICY [JURY]");
  }

  @Test
  void aQuorumNotMetLeavesTheVotesUndecided() {
    Run run = Run.of("decide", "--lang", "en", "--quorum", "5", DecideCommandTest.EXAMPLE);
    assertThat(run.out()).contains("quorum: 5")
        .contains("verdict of the votes: no verdict")
        .contains("ERROR QUORUM_NOT_MET [JURY] 4 voting member(s) voted, fewer than the quorum of 5");
    assertThat(Run.of("decide", "--quorum", "4", DecideCommandTest.EXAMPLE).out())
        .doesNotContain("QUORUM_NOT_MET");
  }

  @Test
  void aBadChoiceIsAUsageErrorNamingTheOption() {
    Run negative = Run.of("decide", "--quorum", "-1", DecideCommandTest.EXAMPLE);
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err())
        .contains("Invalid value for option '--quorum': quorum: expected a whole number, 0 or more, was \"-1\"");
    Run unknown = Run.of("decide", "--tie-fallback", "ADMISSIBLE", DecideCommandTest.EXAMPLE);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--tie-fallback").contains("[UNDECIDED, NOT_ADMISSIBLE]");
    assertThat(negative.out()).isEmpty();
  }

  @Test
  void theOptionsAreThePolicysEachWithItsDefaultAndMeaning() {
    String help = Run.of("decide", "--help").out().replaceAll("\\s+", " ");
    for (io.github.cqpm.rules.PolicyOption<?> option : io.github.cqpm.rules.RulePolicy.options()) {
      assertThat(help).contains("--" + option.getKebabName() + "=")
          .contains("Default: " + option.defaultText() + ".");
    }
    assertThat(help).contains("--tie-fallback=UNDECIDED|NOT_ADMISSIBLE").contains("--quorum=N");
    assertThat(Run.of("audit", "--help").out()).contains("--validity-scope=BLOCKS_AND_CAPACITIES|BLOCKS_ONLY");
  }

  @Test
  void theAuditAppliesTheChoicesAndItsSummaryNamesThem() throws IOException {
    String dossier = Files.readString(Path.of(unfavourableOpinionOnBlock1()));
    Path file = Files.writeString(dir.resolve("one.jsonl"), dossier.strip() + "\n");
    Path report = dir.resolve("report.jsonl");
    Run advisory = Run.of("audit", file.toString(), "--out", report.toString());
    assertThat(advisory.exitCode()).isZero();
    assertThat(MAPPER.readTree(advisory.out()).get("policy").get("unfavourableOpinion").asText())
        .isEqualTo("ADVISORY");
    Run blocking = Run.of("audit", file.toString(), "--out", report.toString(),
        "--unfavourable-opinion", "BLOCKING");
    assertThat(blocking.exitCode()).isEqualTo(1);
    JsonNode summary = MAPPER.readTree(blocking.out());
    assertThat(summary.get("policy").get("unfavourableOpinion").asText()).isEqualTo("BLOCKING");
    assertThat(summary.get("outcomes").get("INCONSISTENT").asLong()).isEqualTo(1);
    assertThat(summary.get("findingCodes").has("DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS")).isTrue();
  }
}
