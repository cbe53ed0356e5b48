package io.github.cqpm.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.jackson.Golden;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.json.DecisionDocument;
import io.github.cqpm.testkit.CqpmGens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module reads and writes what the Jackson 2 module does, word for word and byte for
 * byte: the same golden files, the same strict-reading table (cqpm-jackson's, from its test jar),
 * and the same answer to any damage to a document's bytes.
 */
class BothJacksonsTest {
  /** A consumer's mapper with Jackson 3's defaults, which accept unknown properties. */
  private static final JsonMapper LENIENT = JsonMapper.builder()
      .addModule(new CqpmModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Test
  void theGoldenFilesReadToTheirValuesAndWriteBackToTheirBytes() throws IOException {
    for (Map.Entry<String, Dossier> golden : Golden.DOSSIERS.entrySet()) {
      String text = Golden.text(golden.getKey());
      assertThat(CqpmJson.readDossier(text)).as(golden.getKey()).isEqualTo(golden.getValue());
      assertThat(CqpmJson.write(golden.getValue())).as(golden.getKey()).isEqualTo(text);
      assertThat(CqpmJson.newMapper().readValue(text, Dossier.class)).isEqualTo(golden.getValue());
      assertThat(CqpmJson.writeLine(golden.getValue()))
          .isEqualTo(io.github.cqpm.jackson.CqpmJson.writeLine(golden.getValue()))
          .as("the canonical JSON a dossier's digest is made of")
          .isEqualTo(new String(io.github.cqpm.json.CanonicalJson.bytes(
              io.github.cqpm.json.CqpmFormat.binding(Dossier.class).getJsonType(), golden.getValue()),
              java.nio.charset.StandardCharsets.UTF_8));
    }
    String referential = Golden.text(Golden.REFERENTIAL);
    assertThat(CqpmJson.readReferential(referential)).isEqualTo(Referentials.rncp19453());
    assertThat(CqpmJson.write(Referentials.rncp19453())).isEqualTo(referential);
    assertThat(CqpmJson.newMapper().writeValueAsString(Referentials.rncp19453()))
        .isEqualTo(io.github.cqpm.jackson.CqpmJson.newMapper().writeValueAsString(Referentials.rncp19453()));
  }

  /**
   * A decision is written the same by both Jacksons, byte for byte, alone or through a mapper
   * (both modules serialize any {@code JsonWritable}), and the text is a JSON object that names
   * every finding's arguments; both read it back to the same document, alone or through a mapper,
   * which writes the same text again: over generated dossiers, in both languages.
   */
  @Test
  void decisionsAreWrittenTheSameByBothJacksons() {
    CqpmRules rules = CqpmRules.standard();
    tools.jackson.databind.ObjectMapper mapper3 = CqpmJson.newMapper();
    com.fasterxml.jackson.databind.ObjectMapper mapper2 = io.github.cqpm.jackson.CqpmJson.newMapper();
    qt().withExamples(200).forAll(CqpmGens.dossiers(), org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert((dossier, french) -> {
          DecisionDocument document =
              DecisionDocument.of(dossier, rules.decide(dossier), rules, french ? Locale.FRENCH : Locale.ENGLISH);
          String text = CqpmJson.write(document);
          assertThat(text).isEqualTo(io.github.cqpm.jackson.CqpmJson.write(document));
          String compact = mapper3.writeValueAsString(document);
          try {
            assertThat(compact).isEqualTo(mapper2.writeValueAsString(document));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
          }
          DecisionDocument back = CqpmJson.read(DecisionDocument.json(), text);
          try {
            assertThat(back).isEqualTo(io.github.cqpm.jackson.CqpmJson.read(DecisionDocument.json(), text))
                .isEqualTo(mapper2.readValue(compact, DecisionDocument.class));
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
          // through a mapper, as written through it: the document declares its JSON (DecisionDocument.json())
          assertThat(mapper3.readValue(compact, DecisionDocument.class)).isEqualTo(back);
          assertThat(back.outcome()).isEqualTo(document.outcome());
          assertThat(CqpmJson.write(back)).isEqualTo(text);
          tools.jackson.databind.JsonNode tree = mapper3.readTree(text);
          assertThat(mapper3.readTree(compact)).isEqualTo(tree);
          assertThat(tree.get("ruling").asString()).isEqualTo(document.outcome().ruling().name());
          assertThat(tree.get("findings")).hasSize(document.findings().size());
          for (tools.jackson.databind.JsonNode finding : tree.get("findings")) {
            FindingCode code = FindingCode.valueOf(finding.get("code").asString());
            assertThat(finding.get("arguments").propertyNames()).containsExactlyElementsOf(code.getArgumentNames());
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.cqpm.jackson.StrictReadingTest#invalidDocuments")
  void theStrictReadingTableGivesTheSameMessages(String what, String json, String message) {
    assertThatThrownBy(() -> CqpmJson.readDossier(json))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith(message);
    assertThatThrownBy(() -> LENIENT.readValue(json, Dossier.class))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith(message);
  }

  /**
   * On text, both Jacksons give the same answer word for word: the same dossier, or the same
   * pointer and problem. On bytes, the same dossier, or both a refusal: bytes that are not UTF-8
   * are found at different places (Jackson 2 as it parses, the Jackson 3 module as it decodes
   * ahead), and lines and columns are each library's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"admissible-training-dossier.json", "admissible-vae-dossier.json", "tie-broken-by-president.json"})
  void damagedDocumentsGetTheSameAnswerFromBothJacksons(String golden) throws IOException {
    qt().withExamples(300).forAll(CqpmGens.mutationsOf(Golden.bytes(golden))).checkAssert(bytes -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(answer3(() -> CqpmJson.readDossier(text)))
          .isEqualTo(answer2(() -> io.github.cqpm.jackson.CqpmJson.readDossier(text)));
      Object fromBytes3 = answer3(() -> CqpmJson.readDossier(new ByteArrayInputStream(bytes)));
      Object fromBytes2 = answer2(() -> io.github.cqpm.jackson.CqpmJson.readDossier(new ByteArrayInputStream(bytes)));
      if (fromBytes2 instanceof Dossier || fromBytes3 instanceof Dossier) {
        assertThat(fromBytes3).isEqualTo(fromBytes2);
      }
    });
  }

  @FunctionalInterface
  interface Read {
    Dossier read() throws IOException;
  }

  /** A dossier read, or the refusal's pointer and problem. */
  private static Object answer2(Read read) {
    try {
      return read.read();
    } catch (io.github.cqpm.jackson.InvalidJsonException e) {
      return List.of(e.getPointer(), e.getProblem());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Object answer3(Read read) {
    try {
      return read.read();
    } catch (InvalidJsonException e) {
      assertThat(e.getLine()).isPositive();
      return List.of(e.getPointer(), e.getProblem());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theModuleIsFoundAndNoTypeIdIsEverWritten() throws IOException {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Dossier dossier = Golden.DOSSIERS.values().iterator().next();
    String written = found.writeValueAsString(dossier);
    assertThat(written).startsWith("{\"formatVersion\":1").doesNotContain("Immutable", "@class");
    assertThat(found.readValue(written, Dossier.class)).isEqualTo(dossier);
    assertThat(found.readValue(found.writeValueAsString(Referentials.rncp19453()), Referential.class))
        .isEqualTo(Referentials.rncp19453());
    assertThatThrownBy(() -> found.readValue("null", Dossier.class)).isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("(root): expected a dossier, was null");
  }

  @Test
  void theSchemasAreTheFormats() {
    assertThat(io.github.cqpm.json.CqpmFormat.dossierSchema()).isEqualTo(io.github.cqpm.jackson.CqpmJson.dossierSchema())
        .contains("\"certification\"");
    assertThat(io.github.cqpm.json.CqpmFormat.referentialSchema()).isEqualTo(io.github.cqpm.jackson.CqpmJson.referentialSchema());
    assertThat(new CqpmModule().version().toString())
        .isEqualTo(new io.github.cqpm.jackson.CqpmModule().version().toString())
        .isEqualTo(io.github.cqpm.json.CqpmFormat.version());
    assertThat(new CqpmModule().version().getArtifactId()).isEqualTo("cqpm-jackson3");
    assertThat(new String(CqpmJson.write(Referentials.rncp19453()).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .endsWith("}\n");
  }
}
