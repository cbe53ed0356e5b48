package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cqpm.model.dossier.Dossier;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Strict by default, whatever the consumer's mapper settings: each error names the JSON pointer
 * and what was expected.
 */
public class StrictReadingTest {
  /** A mapper as lenient as Jackson can be made, with the module. */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
      .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .addModule(new CqpmModule())
      .build();

  private static String golden() throws IOException {
    return Golden.text("tie-broken-by-president.json");
  }

  /** The golden document with one edit: {@code from} replaced by {@code to}, which must occur. */
  static String edited(String from, String to) throws IOException {
    String text = golden();
    assertThat(text).contains(from);
    return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /** The strict-reading table: each case, the document, the message; cqpm-jackson3 runs it too. */
  public static Stream<Arguments> invalidDocuments() throws IOException {
    return Stream.of(
        Arguments.of("unknown property", edited("\"commission\": \"UIMM-EVAL-2016\"", "\"commission\": \"UIMM-EVAL-2016\", \"grade\": 12"),
            "/assessments/0/grade: unknown property \"grade\" in an assessment (expected capacity, modality, method, date, outcome, commission)"),
        Arguments.of("missing required property", edited("\"territory\": \"FRANCE\",", ""),
            "/candidacy: missing required property \"territory\" of a candidacy"),
        Arguments.of("null for a required value", edited("\"president\": \"P1\"", "\"president\": null"),
            "/jury/session/president: expected a string, was null"),
        Arguments.of("null for a whole object", edited("\"sponsor\": {\n      \"kind\": \"COMPANY\",\n      \"name\": \"Usinage du Rhône SAS\"\n    }", "\"sponsor\": null"),
            "/candidacy/sponsor: expected a sponsor, was null"),
        Arguments.of("wrong type", edited("\"voting\": true", "\"voting\": \"yes\""),
            "/jury/session/members/0/voting: expected true or false, was \"yes\""),
        Arguments.of("no block targeted", edited("\"territory\": \"FRANCE\",", "\"territory\": \"FRANCE\", \"targetedBlocks\": [],"),
            "/candidacy/targetedBlocks: expected at least one of the block codes, was an empty array (leave the property"
                + " out instead)"),
        Arguments.of("an attendance of another kind", edited("\"declaredVerdict\": \"ADMISSIBLE\"",
            "\"declaredVerdict\": \"ADMISSIBLE\", \"attendance\": \"LATE\""),
            "/jury/attendance: expected one of PRESENT, ABSENT, EXCUSED, was \"LATE\""),
        Arguments.of("wrong type for a list", edited("\"acquiredBlocks\": []", "\"acquiredBlocks\": {}"),
            "/acquiredBlocks: expected an array of acquired blocks, was an object"),
        Arguments.of("not a code", edited("\"capacity\": \"C3\"", "\"capacity\": \"C0\""),
            "/assessments/2/capacity: expected a capacity code such as C5 or A1C1, was \"C0\""),
        Arguments.of("not a date", edited("\"registrationDate\": \"2016-04-21\"", "\"registrationDate\": \"2016-02-30\""),
            "/candidacy/registrationDate: 2016-02-30 is not a day of the calendar (expected a date as YYYY-MM-DD)"),
        Arguments.of("not a stable code", edited("\"choice\": \"ADMISSIBLE\"", "\"choice\": \"admissible\""),
            "/jury/votes/0/choice: expected one of ADMISSIBLE, NOT_ADMISSIBLE, ABSTENTION, was \"admissible\""),
        Arguments.of("duplicate key", edited("\"route\": \"CONTINUING_TRAINING\",", "\"route\": \"CONTINUING_TRAINING\", \"route\": \"VAE\","),
            "/candidacy/route: duplicate property \"route\""),
        Arguments.of("structural invariant", edited("\"method\": \"OBSERVATION_AT_WORK\"", "\"method\": \"REPORT_AND_PRESENTATION\""),
            "/assessments/0/method: REPORT_AND_PRESENTATION is a method of PROJECT_PRESENTATION, not of REAL_WORK_SITUATION (expected one of [OBSERVATION_AT_WORK, QUESTIONING_WITH_EVIDENCE])"),
        Arguments.of("structural invariant in a list", edited("\"member\": \"S1\"", "\"member\": \"P1\""),
            "/jury/votes/1: duplicate P1 (each may appear only once)"),
        Arguments.of("dangling reference", edited("\"member\": \"S1\"", "\"member\": \"Z9\""),
            "/jury/votes/1/member: Z9 is not a member of the session"),
        Arguments.of("an unregistered certification", edited("\"certification\": \"RNCP19453\"", "\"certification\": \"RNCP34762\""),
            "/certification: the catalogue holds no référentiel under RNCP34762 (it holds: RNCP19453"),
        Arguments.of("not an RNCP number", edited("\"certification\": \"RNCP19453\"", "\"certification\": \"19453\""),
            "/certification: expected an RNCP number such as RNCP19453, was \"19453\""),
        Arguments.of("unsupported version", edited("\"formatVersion\": 1", "\"formatVersion\": 2"),
            "/formatVersion: unsupported format version 2 (this reader knows 1)"),
        Arguments.of("a type id", edited("\"formatVersion\": 1,", "\"@class\": \"java.lang.ProcessBuilder\", \"formatVersion\": 1,"),
            "/@class: unknown property \"@class\" in a dossier"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void theLibrarysReaderRejectsWithThePointer(String what, String json, String message) {
    assertThatThrownBy(() -> CqpmJson.readDossier(json))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith(message)
        .satisfies(e -> assertThat(message).startsWith(((InvalidJsonException) e).getPointer() + ": "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void aLenientConsumerMapperRejectsTheSame(String what, String json, String message) {
    assertThatThrownBy(() -> LENIENT.readValue(json, Dossier.class))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void trailingContentIsRejectedByTheLibrarysReaderAndItsMapper() throws IOException {
    String json = golden() + " {}";
    assertThatThrownBy(() -> CqpmJson.readDossier(json))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("(root): unexpected content after the document's value: an object")
        .satisfies(e -> assertThat(((InvalidJsonException) e).getLine()).isEqualTo(json.split("\n", -1).length));
    assertThatThrownBy(() -> CqpmJson.newMapper().readValue(json, Dossier.class))
        .hasMessageContaining("Trailing token");
  }

  @Test
  void aDossierMustNameItsCertification() throws IOException {
    assertThatThrownBy(() -> CqpmJson.readDossier(edited("\"certification\": \"RNCP19453\",", "")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("(root): missing required property \"certification\"");
  }

  @Test
  void anEmptyDocumentOrAnotherKindOfValueIsReported() {
    assertThatThrownBy(() -> CqpmJson.readDossier(""))
        .hasMessageStartingWith("(root): expected a dossier, was the end of the document");
    assertThatThrownBy(() -> CqpmJson.readDossier("[]"))
        .hasMessageStartingWith("(root): expected a dossier, was an array");
    assertThatThrownBy(() -> CqpmJson.readDossier("{\"formatVersion\": 1"))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("/formatVersion: the document ends too early");
  }

  /** Below the format too (syntax, limits), every problem names where it is, in the user's terms. */
  static java.util.stream.Stream<Arguments> malformedDocuments() {
    return java.util.stream.Stream.of(
        Arguments.of("{\n  \"formatVersion\": 1,\n  \"certification\": ", "/certification", 3, 20, "the document ends too early"),
        Arguments.of("{\n  // a comment\n  \"formatVersion\": 1}", "(root)", 2, 3, "a comment: JSON has no comments"),
        Arguments.of("{\"formatVersion\": " + "9".repeat(1000) + "}", "/formatVersion", 1, 1019, "a number longer than 20 characters, the most the format accepts"),
        Arguments.of("{\"formatVersion\": NaN}", "/formatVersion", 1, 22, "NaN is not a JSON value"),
        Arguments.of("{\"formatVersion\": 12345678901234567890}", "/formatVersion", 1, 19,
            "expected a whole number from -2147483648 to 2147483647, was 12345678901234567890"),
        Arguments.of("{\"formatVersion\": 012}", "/formatVersion", 1, 20, "a number with a leading zero"),
        Arguments.of("[".repeat(50), "", 1, 1, "expected a dossier, was an array"),
        // the format's own problems, where the parser stands
        Arguments.of("{\n  \"formatVersion\": 1,\n  \"certification\": 5}", "/certification", 3, 20, "expected an RNCP number"),
        Arguments.of("{\n  \"formatVersion\": 1,\n    \"colour\": \"blue\"}", "/colour", 3, 5, "unknown property \"colour\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedDocuments")
  void belowTheFormatEveryProblemNamesItsPointerLineAndColumn(
      String json, String pointer, int line, int column, String problem) {
    assertThatThrownBy(() -> CqpmJson.readDossier(json))
        .isInstanceOf(InvalidJsonException.class)
        .satisfies(e -> {
          InvalidJsonException invalid = (InvalidJsonException) e;
          assertThat(invalid.getProblem()).startsWith(problem);
          assertThat(invalid.getPointer()).isEqualTo(pointer.equals("(root)") ? "" : pointer);
          assertThat(invalid.getLine()).as("line").isEqualTo(line);
          assertThat(invalid.getColumn()).as("column").isEqualTo(column);
          assertThat(invalid.getProblem()).doesNotContain("Source", "StreamReadConstraints", "JsonReadFeature", "code ");
        });
  }

  @Test
  void nullForAModelValueIsRejectedThroughTheMapperToo() {
    assertThatThrownBy(() -> LENIENT.readValue("{\"dossiers\": [null]}", Batch.class))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("/dossiers/0: expected a dossier, was null");
  }

  /** A consumer's own type holding model values. */
  record Batch(List<Dossier> dossiers) {}

  @Test
  void aConsumersOwnTypeGetsPointersFromItsRoot() throws IOException {
    String json = "{\"dossiers\": [" + golden() + ", " + edited("\"outcome\": \"VALIDATED\"", "\"outcome\": 1") + "]}";
    assertThatThrownBy(() -> LENIENT.readValue(json, Batch.class))
        .hasMessageStartingWith("/dossiers/1/assessments/0/outcome: expected one of VALIDATED, NOT_VALIDATED, was 1");
    Batch ok = LENIENT.readValue("{\"dossiers\": [" + golden() + "]}", Batch.class);
    assertThat(ok.dossiers()).containsExactly(CqpmJson.readDossier(golden()));
  }
}
