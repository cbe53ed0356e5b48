package io.github.cqpm.cli;

import java.util.Locale;

import io.github.cqpm.rules.decision.Messages;

import io.github.cqpm.model.jury.Verdict;

import io.github.cqpm.rules.AuditOutcome;

import io.github.cqpm.rules.Ruling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code decide} follows the verdict to the end: the jury decides (its votes, else its
 * declaration), the evidence bounds it, an irregular deliberation has no valid verdict; exit codes
 * 0 admissible, 1 not admissible, 3 no valid verdict. Each case is the bundled example (a 2–2 tie
 * the president P1 breaks for admissible) changed in one respect.
 */
class DecideVerdictTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private Path variant(String name, Consumer<ObjectNode> change) throws IOException {
    ObjectNode dossier = (ObjectNode) JSON.readTree(Files.readString(Path.of(DecideCommandTest.EXAMPLE)));
    change.accept(dossier);
    return Files.writeString(dir.resolve(name), JSON.writeValueAsString(dossier), StandardCharsets.UTF_8);
  }

  private static ObjectNode jury(ObjectNode dossier) {
    return (ObjectNode) dossier.get("jury");
  }

  private static void votes(ObjectNode dossier, String... choices) {
    ArrayNode votes = (ArrayNode) jury(dossier).get("votes");
    for (int i = 0; i < choices.length; i++) {
      ((ObjectNode) votes.get(i)).put("choice", choices[i]);
    }
  }

  private static ObjectNode member(String id, String college, String organisation) {
    return JSON.createObjectNode().put("id", id).put("college", college).put("branch", "METALLURGY")
        .put("organisation", organisation).put("voting", true);
  }

  private static Run decide(Path file, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "decide";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = file.toString();
    return Run.of(args);
  }

  @Test
  void aTieThePresidentBreaksAgainstIsNotAdmissibleExitOne() throws IOException {
    Path file = variant("president-against.json", d -> {
      votes(d, "NOT_ADMISSIBLE", "ADMISSIBLE", "ADMISSIBLE", "NOT_ADMISSIBLE");
      jury(d).put("declaredVerdict", "NOT_ADMISSIBLE");
    });
    Run run = decide(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Décision : non admissible")
        .contains("  verdict des votes : non admissible")
        .contains("  ce qu'appellent les éléments du dossier : admissible")
        .contains("  la décision déclarée est cohérente")
        .doesNotContain("ADMISSIBLE, exit");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aTieThePresidentDoesNotBreakHasNoValidVerdictExitThreeUnlessThePolicySettlesIt() throws IOException {
    Path file = variant("president-abstains.json", d -> votes(d, "ABSTENTION", "NOT_ADMISSIBLE", "ADMISSIBLE", "ABSTENTION"));
    Run run = decide(file, "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("Decision: undecided (irregular deliberation)")
        .contains("  irregular deliberation: TIE_UNRESOLVED")
        .contains("  verdict of the votes: no verdict")
        .contains("the deliberation is irregular (TIE_UNRESOLVED): it has no valid verdict");
    Run settled = decide(file, "--tie-fallback", "NOT_ADMISSIBLE");
    assertThat(settled.exitCode()).isEqualTo(1);
    assertThat(settled.out()).contains("Décision : non admissible");
  }

  @Test
  void aQuorumNotMetHasNoValidVerdict() {
    Run run = Run.of("decide", "--quorum", "20", DecideCommandTest.EXAMPLE);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("Décision : non décidé (délibération irrégulière)").contains("délibération irrégulière : QUORUM_NOT_MET");
  }

  @Test
  void aNonConformJuryHasNoValidVerdict() throws IOException {
    Path six = variant("six-employers.json", d -> {
      ArrayNode members = (ArrayNode) jury(d).get("session").get("members");
      for (int i = 3; i <= 6; i++) {
        members.add(member("P" + i, "EMPLOYER", "UIMM").put("voting", false));
      }
    });
    Run run = decide(six, "--format", "json");
    assertThat(run.exitCode()).isEqualTo(3);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("ruling").asText()).isEqualTo("UNDECIDED");
    assertThat(json.get("irregularities").toString()).isEqualTo("[\"TOO_MANY_METALLURGY_EMPLOYERS\"]");
    assertThat(json.get("audit").asText()).isEqualTo("INCONSISTENT");
    Path twoCfdt = variant("two-cfdt.json", d -> {
      ArrayNode members = (ArrayNode) jury(d).get("session").get("members");
      members.add(member("P3", "EMPLOYER", "UIMM"));
      members.add(member("S3", "EMPLOYEE", "CFDT"));
    });
    assertThat(decide(twoCfdt).exitCode()).isEqualTo(3);
    assertThat(decide(twoCfdt).out()).contains("UNION_HAS_SEVERAL_VOTES [MEMBER S3]");
  }

  @Test
  void codesOutsideTheReferentialAreErrorsAndTheDecisionNotAdmissible() throws IOException {
    Path file = variant("c9.json", d -> {
      ObjectNode extra = ((ObjectNode) d.get("assessments").get(0)).deepCopy().put("capacity", "C9");
      ((ArrayNode) d.get("assessments")).add(extra);
      ObjectNode opinion = ((ObjectNode) d.get("companyOpinions").get(0)).deepCopy().put("block", "RNCP19453BC04");
      ((ArrayNode) d.get("companyOpinions")).add(opinion);
    });
    Run run = decide(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR UNKNOWN_CAPACITY [CAPACITY C9] C9 n'est pas une capacité du référentiel RNCP19453")
        .contains("ERROR UNKNOWN_BLOCK [BLOCK RNCP19453BC04]")
        .contains("JURY_VERDICT_EXCEEDS_EVIDENCE")
        .contains("  la décision déclarée est incohérente");
  }

  @Test
  void withNeitherVotesNorDeclarationThereIsNoVerdictYet() throws IOException {
    Path file = variant("nothing-recorded.json", d -> {
      jury(d).remove("declaredVerdict");
      jury(d).set("votes", JSON.createArrayNode());
    });
    Run run = decide(file);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("Décision : en attente (pas encore de verdict)").contains("  verdict des votes : aucune")
        .contains("  ce qu'appellent les éléments du dossier : admissible");
    Path noJury = variant("no-jury.json", d -> d.remove("jury"));
    Run pending = decide(noJury);
    assertThat(pending.exitCode()).isEqualTo(3);
    assertThat(pending.out()).contains("Décision : en attente (pas encore de verdict)").contains("JURY_NOT_HELD");
  }

  @Test
  void aCandidateAbsentOrExcusedHasNoVerdictExitThree() throws IOException {
    for (String attendance : new String[] {"ABSENT", "EXCUSED"}) {
      Run run = decide(variant(attendance + ".json", d -> jury(d).put("attendance", attendance)));
      assertThat(run.exitCode()).as(attendance).isEqualTo(3);
      assertThat(run.out()).contains("Décision : " + (attendance.equals("ABSENT") ? "candidat absent" : "candidat excusé"))
          .contains("CANDIDATE_" + attendance)
          .contains(attendance.equals("ABSENT") ? "  le candidat était absent au jury" : "  le candidat était excusé au jury")
          .contains("VERDICT_RECORDED_FOR_ABSENT_CANDIDATE");
    }
  }

  @Test
  void aPartialTargetMetExitsZeroAndNotMetOne() throws IOException {
    Path met = variant("target-met.json", d -> targeting(d, "RNCP19453BC02"));
    Run run = decide(met);
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("Décision : blocs visés validés").contains("TARGET_MET [DOSSIER]")
        .contains("  candidature visant une partie de la certification : RNCP19453BC02")
        .contains("  blocs pouvant faire l'objet d'une attestation : RNCP19453BC01, RNCP19453BC02, RNCP19453BC03");
    Path notMet = variant("target-not-met.json", d -> {
      targeting(d, "RNCP19453BC02");
      withoutC5(d);
    });
    Run missing = decide(notMet);
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).contains("Décision : blocs visés non validés").contains("JURY_VERDICT_EXCEEDS_EVIDENCE");
  }

  @Test
  void theFranceVaeResultWithItsExitCode() throws IOException {
    Run total = Run.of("decide", "--format", "france-vae", DecideCommandTest.EXAMPLE);
    assertThat(total.exitCode()).isEqualTo(0);
    JsonNode result = JSON.readTree(total.out());
    assertThat(result.get("resultat").asText()).isEqualTo("SUCCES_TOTAL_CERTIFICATION_COMPLETE");
    assertThat(result.get("estViseePartiellement").asBoolean()).isFalse();
    assertThat(result.get("blocs")).hasSize(3);
    assertThat(result.get("commentaire").asText()).startsWith("RNCP19453BC01 : acquis le 2017-06-26");
    Path partial = variant("partial.json", d -> {
      targeting(d, "RNCP19453BC02");
      withoutC5(d);
    });
    Run failed = decide(partial, "--format", "france-vae");
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(failed.out()).get("resultat").asText()).isEqualTo("ECHEC");
    assertThat(JSON.readTree(failed.out()).get("estViseePartiellement").asBoolean()).isTrue();
    assertThat(JSON.readTree(failed.out()).get("commentaire").asText())
        .isEqualTo("RNCP19453BC02 : non acquis (à valider : C5).");
    Run excused = decide(variant("excused.json", d -> jury(d).put("attendance", "EXCUSED")), "--format", "france-vae");
    assertThat(excused.exitCode()).isEqualTo(3);
    assertThat(JSON.readTree(excused.out()).get("resultat").asText()).isEqualTo("CANDIDAT_EXCUSE");
    Run none = decide(variant("none.json", d -> {
      jury(d).remove("declaredVerdict");
      jury(d).set("votes", JSON.createArrayNode());
    }), "--format", "france-vae");
    assertThat(none.exitCode()).isEqualTo(3);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).isEqualTo("no France VAE result: the decision has no verdict (PENDING)\n");
    Run bad = Run.of("decide", "--format", "xml", DecideCommandTest.EXAMPLE);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: Invalid value for option '--format': expected text, json, france-vae or html, was \"xml\"");
  }

  /** The example without any assessment of C5 (block 2). */
  private static void withoutC5(ObjectNode dossier) {
    ArrayNode assessments = (ArrayNode) dossier.get("assessments");
    for (int i = assessments.size() - 1; i >= 0; i--) {
      if (assessments.get(i).get("capacity").asText().equals("C5")) {
        assessments.remove(i);
      }
    }
  }

  private static void targeting(ObjectNode dossier, String... blocks) {
    ArrayNode target = JSON.createArrayNode();
    for (String block : blocks) {
      target.add(block);
    }
    ((ObjectNode) dossier.get("candidacy")).set("targetedBlocks", target);
  }

  @Test
  void eachFranceVaeResultTheRulesProduceWithItsExitCode() throws IOException {
    List<Object[]> cases = List.of(
        new Object[] {"SUCCES_TOTAL_CERTIFICATION_COMPLETE", 0, (Consumer<ObjectNode>) d -> { }},
        new Object[] {"SUCCES_PARTIEL_CERTIFICATION_COMPLETE", 1, (Consumer<ObjectNode>) DecideVerdictTest::withoutC5},
        new Object[] {"SUCCES_TOTAL_CERTIFICATION_PARTIELLE", 0,
            (Consumer<ObjectNode>) d -> targeting(d, "RNCP19453BC02")},
        new Object[] {"SUCCES_PARTIEL_CERTIFICATION_PARTIELLE", 1, (Consumer<ObjectNode>) d -> {
          targeting(d, "RNCP19453BC01", "RNCP19453BC02");
          withoutC5(d);
        }},
        new Object[] {"ECHEC", 1, (Consumer<ObjectNode>) d -> {
          targeting(d, "RNCP19453BC02");
          withoutC5(d);
        }},
        new Object[] {"CANDIDAT_ABSENT", 3, (Consumer<ObjectNode>) d -> jury(d).put("attendance", "ABSENT")},
        new Object[] {"CANDIDAT_EXCUSE", 3, (Consumer<ObjectNode>) d -> jury(d).put("attendance", "EXCUSED")});
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      Consumer<ObjectNode> change = (Consumer<ObjectNode>) c[2];
      Run run = decide(variant(c[0] + ".json", change), "--format", "france-vae");
      assertThat(run.exitCode()).as((String) c[0]).isEqualTo(c[1]);
      assertThat(JSON.readTree(run.out()).get("resultat").asText()).isEqualTo(c[0]);
    }
  }

  @Test
  void auditAcceptsPartialCandidaciesAndCandidatesWhoDidNotAttend() throws IOException {
    ObjectNode base = (ObjectNode) JSON.readTree(Files.readString(Path.of(DecideCommandTest.EXAMPLE)));
    ObjectNode absent = base.deepCopy();
    jury(absent).put("attendance", "ABSENT");
    ObjectNode partial = base.deepCopy();
    targeting(partial, "RNCP19453BC02");
    Path lines = Files.writeString(dir.resolve("mixed.jsonl"), JSON.writeValueAsString(base) + "\n"
        + JSON.writeValueAsString(absent) + "\n" + JSON.writeValueAsString(partial) + "\n", StandardCharsets.UTF_8);
    Run run = Run.of("audit", lines.toString());
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.err()).contains("\"CANDIDATE_ABSENT\": 1").contains("\"TARGET_MET\": 1");
  }

  /** The README's France VAE example is the example dossier targeting block 2, as printed. */
  @Test
  void theReadmesFranceVaeExampleIsWhatIsPrinted() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("{", readme.indexOf("`--format france-vae` prints the decision as France VAE"));
    String example = readme.substring(start, readme.indexOf("```", start)).replaceAll("(?m)^  ", "");
    Path partial = variant("readme-partial.json", d -> targeting(d, "RNCP19453BC02"));
    Run run = decide(partial, "--format", "france-vae");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(JSON.readTree(run.out())).isEqualTo(JSON.readTree(example));
  }

  @Test
  void aClosedRouteIsNotAdmissibleUnlessEveryListedRouteIsReadAsOpen() throws IOException {
    Path file = variant("apprentice.json", d -> ((ObjectNode) d.get("candidacy")).put("route", "APPRENTICESHIP"));
    Run run = decide(file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("ERROR ROUTE_CLOSED");
    Run everyListed = decide(file, "--routes", "EVERY_LISTED");
    assertThat(everyListed.exitCode()).isZero();
    assertThat(everyListed.out()).contains("voies ouvertes : toutes celles listées");
  }

  private static String en(Enum<?> value) {
    return Messages.label(value, Locale.ENGLISH);
  }

  @Test
  void theTextAndJsonReportsCarryTheSameViews() throws IOException {
    Path file = variant("contradicted.json", d -> jury(d).put("declaredVerdict", "NOT_ADMISSIBLE"));
    Run text = decide(file, "--lang", "en");
    JsonNode json = JSON.readTree(decide(file, "--format", "json", "--lang", "en").out());
    // the text names each value by its label, the JSON by its code
    assertThat(text.out()).contains("Decision: " + en(Ruling.valueOf(json.get("ruling").asText())))
        .contains("verdict of the votes: " + en(Verdict.valueOf(json.get("deliberation").get("verdict").asText())))
        .contains("verdict declared by the jury: " + en(Verdict.valueOf(json.get("declaredVerdict").asText())))
        .contains("what the evidence calls for: " + en(Verdict.valueOf(json.get("evidence").asText())))
        .contains("the declared verdict is " + en(AuditOutcome.valueOf(json.get("audit").asText())));
    assertThat(json.get("audit").asText()).isEqualTo("INCONSISTENT");
    for (JsonNode finding : json.get("findings")) {
      assertThat(text.out()).contains(finding.get("code").asText() + " [");
    }
  }
}
