package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.json.DecisionDocument;
import io.github.cqpm.rules.json.StatedFinding;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.Fixtures;
import io.github.cqpm.testkit.NonConformity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A decision written and read back is the decision written: the same outcome (ruling, views,
 * audit, every block and capacity), the same policy and context, the same findings with their
 * arguments' texts, messages and sentences, and it writes the same bytes again. Reading is as
 * strict as for a dossier, and a stored decision that contradicts itself is refused.
 */
class DecisionRoundTripTest {
  private static final CqpmRules STANDARD = CqpmRules.standard();
  private static final ObjectMapper MAPPER = CqpmJson.newMapper();

  private static DecisionDocument decide(Dossier dossier, CqpmRules rules, Locale locale) {
    return DecisionDocument.of(dossier, rules.decide(dossier), rules, locale);
  }

  private static void assertRoundTrip(DecisionDocument document) throws IOException {
    String written = CqpmJson.write(document);
    DecisionDocument back = CqpmJson.read(DecisionDocument.json(), written);
    assertThat(back.outcome()).as(written).isEqualTo(document.outcome());
    assertThat(back.policy()).isEqualTo(document.policy());
    assertThat(List.of(back.candidate(), back.certification(), back.referential(), back.libraryVersion()))
        .isEqualTo(List.of(document.candidate(), document.certification(), document.referential(),
            document.libraryVersion()));
    assertThat(back.referentialSha256()).isEqualTo(document.referentialSha256()).isPresent();
    assertThat(back.dossierSha256()).isEqualTo(document.dossierSha256()).isPresent();
    assertThat(back.targetedBlocks()).isEqualTo(document.targetedBlocks());
    assertThat(back.attendance()).isEqualTo(document.attendance());
    assertThat(back.attestableBlocks()).isEqualTo(document.attestableBlocks());
    assertThat(back.findings()).hasSameSizeAs(document.findings());
    for (int i = 0; i < back.findings().size(); i++) {
      StatedFinding read = back.findings().get(i);
      StatedFinding original = document.findings().get(i);
      assertThat(read.finding().code()).isEqualTo(original.finding().code());
      assertThat(read.finding().severity()).isEqualTo(original.finding().severity());
      assertThat(read.finding().subject()).isEqualTo(original.finding().subject());
      assertThat(read.finding().rule()).isEqualTo(original.finding().rule());
      assertThat(read.finding().argumentTexts()).isEqualTo(original.finding().argumentTexts());
      assertThat(List.of(read.message(), read.sentence())).isEqualTo(List.of(original.message(), original.sentence()));
    }
    assertThat(CqpmJson.write(back)).isEqualTo(written);
    assertThat(back).isEqualTo(CqpmJson.read(DecisionDocument.json(), CqpmJson.write(back)))
        .isEqualTo(MAPPER.readValue(written, DecisionDocument.class));
  }

  @Test
  void aMapperReadsDecisionsBackAsItWritesThemInsideOtherValuesToo() throws IOException {
    DecisionDocument one = decide(Fixtures.tieBrokenByPresident(), STANDARD, Locale.FRENCH);
    DecisionDocument two = decide(Fixtures.missingBlock2(), STANDARD, Locale.ENGLISH);
    String written = MAPPER.writeValueAsString(List.of(one, two));
    List<DecisionDocument> back = MAPPER.readValue(written, new TypeReference<List<DecisionDocument>>() {});
    assertThat(back).containsExactly(CqpmJson.read(DecisionDocument.json(), CqpmJson.write(one)),
        CqpmJson.read(DecisionDocument.json(), CqpmJson.write(two)));
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(written);
    assertThatThrownBy(() -> MAPPER.readValue("[null]", new TypeReference<List<DecisionDocument>>() {}))
        .isInstanceOf(InvalidJsonException.class).hasMessageStartingWith("/0: expected a decision");
    assertThatThrownBy(() -> MAPPER.readValue(written.replaceFirst("\"ruling\"", "\"rulings\""),
        new TypeReference<List<DecisionDocument>>() {}))
        .isInstanceOf(InvalidJsonException.class).hasMessageContaining("/0/rulings: unknown property \"rulings\"");
  }

  @Test
  void everyDecisionOnAGeneratedDossierUnderAnyPolicyReadsBackAsWritten() {
    qt().withExamples(150).forAll(CqpmGens.dossiers(), CqpmGens.policies(), CqpmGens.of(d -> d.bool()))
        .checkAssert((dossier, policy, french) -> {
          CqpmRules rules = CqpmRules.of(STANDARD.getReferential(), policy);
          Locale locale = french ? Locale.FRENCH : Locale.ENGLISH;
          try {
            assertRoundTrip(decide(dossier, rules, locale));
            assertRoundTrip(decide(Dossier.builder().from(dossier).jury(Optional.empty()).build(), rules, locale));
            if (dossier.getJury().isPresent()) {
              JuryDeliberation sat = JuryDeliberation.builder().session(dossier.getJury().get().getSession()).build();
              assertRoundTrip(decide(Dossier.builder().from(dossier).jury(sat).build(), rules, locale));
            }
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void aDecisionOnAPartialCandidacyOrACandidateWhoDidNotAttendReadsBackAsWritten() throws IOException {
    DecisionDocument partial = decide(Fixtures.partialTargetBlock2Acquired(), STANDARD, Locale.FRENCH);
    assertThat(partial.targetedBlocks()).extracting(Object::toString).containsExactly("RNCP19453BC02");
    assertThat(CqpmJson.write(partial)).contains("\"targetedBlocks\": [\n    \"RNCP19453BC02\"\n  ]")
        .contains("\"attestableBlocks\": [\n    \"RNCP19453BC02\"\n  ]").doesNotContain("\"attendance\"");
    assertRoundTrip(partial);
    DecisionDocument absent = decide(Fixtures.candidateAbsent(), STANDARD, Locale.FRENCH);
    assertThat(CqpmJson.write(absent)).contains("\"attendance\": \"ABSENT\"").doesNotContain("\"targetedBlocks\"");
    assertRoundTrip(absent);
    String tampered = CqpmJson.write(partial).replace("\"attestableBlocks\": [\n    \"RNCP19453BC02\"\n  ]",
        "\"attestableBlocks\": []");
    assertThatThrownBy(() -> CqpmJson.read(DecisionDocument.json(), tampered))
        .isInstanceOf(InvalidJsonException.class).hasMessageContaining("/attestableBlocks")
        .hasMessageContaining("the statuses make attestable");
  }

  @Test
  void everyDecisionOnANonConformingDossierReadsBackAsWritten() {
    for (NonConformity kind : NonConformity.values()) {
      qt().withExamples(10).forAll(CqpmGens.nonConforming(kind)).checkAssert(dossier -> {
        try {
          assertRoundTrip(decide(dossier, STANDARD, Locale.ENGLISH));
        } catch (IOException e) {
          throw new AssertionError(kind + ": " + e.getMessage(), e);
        }
      });
    }
  }

  private static String stored() {
    return CqpmJson.write(decide(Fixtures.tieBrokenByPresident(), STANDARD, Locale.ENGLISH));
  }

  @Test
  void readingIsStrict() {
    String stored = stored();
    assertThatThrownBy(() -> CqpmJson.read(DecisionDocument.json(), stored.replace("\"ruling\"", "\"rulling\"")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("/rulling").hasMessageContaining("unknown property \"rulling\" in a decision");
    assertThatThrownBy(() -> CqpmJson.read(DecisionDocument.json(), stored.replace("\"ADMISSIBLE\"", "\"YES\"")))
        .isInstanceOf(InvalidJsonException.class).hasMessageContaining("expected one of");
  }

  @Test
  void aDecisionWhoseListsContradictItsBlocksIsRefused() {
    String stored = stored();
    String tampered = stored.replaceFirst("\"missingCapacities\": \\[\\]", "\"missingCapacities\": [\"C1\"]");
    assertThat(tampered).isNotEqualTo(stored);
    assertThatThrownBy(() -> CqpmJson.read(DecisionDocument.json(), tampered))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("/missingCapacities").hasMessageContaining("the statuses make missing");
  }

  @Test
  void aFindingWhoseArgumentsAreNotItsCodesIsRefused() {
    String argument = decide(Fixtures.tieBrokenByPresident(), STANDARD, Locale.ENGLISH).findings().stream()
        .filter(f -> !f.finding().code().getArgumentNames().isEmpty()).findFirst()
        .map(f -> f.finding().code().getArgumentNames().get(0)).orElseThrow();
    String written = stored();
    int findings = written.indexOf("\"findings\"");
    String tampered = written.substring(0, findings)
        + written.substring(findings).replaceFirst("\"" + argument + "\":", "\"renamed\":");
    assertThat(tampered).isNotEqualTo(written);
    assertThatThrownBy(() -> CqpmJson.read(DecisionDocument.json(), tampered))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageMatching("(?s).*/findings/\\d+/arguments.*takes the arguments.*");
  }
}
