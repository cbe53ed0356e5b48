package io.github.cqpm.json;

import static io.github.cqpm.json.TokenListSource.integer;
import static io.github.cqpm.json.TokenListSource.name;
import static io.github.cqpm.json.TokenListSource.of;
import static io.github.cqpm.json.TokenListSource.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.referential.EvaluationMethod;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each kind of value is read strictly, and a refusal says what was expected and what was there,
 * in the user's terms; and each is written back as it was read.
 */
class ValueReadingTest {
  private static <T> T read(JsonType<T> type, TokenListSource.Item... items) throws IOException {
    TokenListSource source = new TokenListSource(List.of(items));
    source.nextToken();
    return type.read(source);
  }

  private static String problem(JsonType<?> type, TokenListSource.Item... items) {
    try {
      read(type, items);
    } catch (InvalidDocumentException e) {
      return e.getProblem();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read, though it should not be");
  }

  private static TokenListSource.Item decimal(String text) {
    return new TokenListSource.Item(Token.DECIMAL, text);
  }

  @Test
  void aValueOfAnotherKindIsNamedForWhatItIs() {
    assertThat(problem(JsonType.text(), integer(42))).isEqualTo("expected a string, was 42");
    assertThat(problem(JsonType.text(), of(Token.TRUE))).isEqualTo("expected a string, was a boolean");
    assertThat(problem(JsonType.text(), of(Token.START_OBJECT))).isEqualTo("expected a string, was an object");
    assertThat(problem(JsonType.text(), of(Token.START_ARRAY))).isEqualTo("expected a string, was an array");
    assertThat(problem(JsonType.bool(), of(Token.NULL))).isEqualTo("expected true or false, was null");
    assertThat(problem(JsonType.bool(), string("yes"))).isEqualTo("expected true or false, was \"yes\"");
    assertThat(problem(JsonType.text(), of(Token.OTHER))).isEqualTo("expected a string, was a value of another kind");
  }

  @Test
  void longValuesAreShortenedInMessages() {
    String long80 = "x".repeat(80);
    assertThat(problem(JsonType.bool(), string(long80))).isEqualTo("expected true or false, was \"" + "x".repeat(60) + "…\"");
    assertThat(problem(JsonType.text(), new TokenListSource.Item(Token.INTEGER, "9".repeat(80))))
        .isEqualTo("expected a string, was " + "9".repeat(60) + "…");
  }

  @Test
  void wholeNumbersFitAnInt() throws IOException {
    assertThat(read(JsonType.integer(), integer(-7))).isEqualTo(-7);
    assertThat(problem(JsonType.integer(), decimal("1.5")))
        .isEqualTo("expected a whole number from -2147483648 to 2147483647, was 1.5");
    assertThat(problem(JsonType.integer(), new TokenListSource.Item(Token.INTEGER, "2147483648")))
        .isEqualTo("expected a whole number from -2147483648 to 2147483647, was 2147483648");
  }

  @Test
  void datesAreDaysOfTheCalendarWrittenYyyyMmDd() throws IOException {
    assertThat(read(JsonType.date(), string("2016-02-29"))).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(problem(JsonType.date(), string("2019-02-30")))
        .isEqualTo("2019-02-30 is not a day of the calendar (expected a date as YYYY-MM-DD)");
    for (String bad : List.of("2019-2-03", "2019-02-3x", "20x9-02-03", "2019-0x-03", "2019/02/03", "2019-02-033")) {
      assertThat(problem(JsonType.date(), string(bad))).as(bad)
          .isEqualTo("expected a date as YYYY-MM-DD (e.g. 2016-06-20), was \"" + bad + "\"");
    }
    assertThat(problem(JsonType.date(), integer(20190203)))
        .isEqualTo("expected a date as YYYY-MM-DD (e.g. 2016-06-20), was 20190203");
  }

  @Test
  void periodsAreIso8601() throws IOException {
    assertThat(read(JsonType.period(), string("P5Y"))).isEqualTo(Period.ofYears(5));
    assertThat(problem(JsonType.period(), string("5 years")))
        .isEqualTo("expected an ISO-8601 period such as P5Y, was \"5 years\"");
    assertThat(problem(JsonType.period(), integer(5))).isEqualTo("expected an ISO-8601 period such as P5Y, was 5");
  }

  @Test
  void anObjectKeyedByAnEnumTakesEachConstantOnceAndWritesThemBack() throws IOException {
    JsonType<Map<EvaluationMethod, String>> labels = JsonType.enumMapOf(EvaluationMethod.class, JsonType.text());
    Map<EvaluationMethod, String> read = read(labels, of(Token.START_OBJECT), name("OBSERVATION_AT_WORK"),
        string("a"), name("REPORT_AND_PRESENTATION"), string("b"), of(Token.END_OBJECT));
    assertThat(read).containsExactly(Map.entry(EvaluationMethod.OBSERVATION_AT_WORK, "a"),
        Map.entry(EvaluationMethod.REPORT_AND_PRESENTATION, "b"));
    assertThat(problem(labels, of(Token.START_OBJECT), name("WATCHING"), string("a"), of(Token.END_OBJECT)))
        .startsWith("unknown key \"WATCHING\" (expected one of OBSERVATION_AT_WORK, QUESTIONING_WITH_EVIDENCE,");
    assertThat(problem(labels, of(Token.START_OBJECT), name("OBSERVATION_AT_WORK"), string("a"),
        name("OBSERVATION_AT_WORK"), string("b"), of(Token.END_OBJECT)))
        .isEqualTo("duplicate property \"OBSERVATION_AT_WORK\"");
    assertThat(problem(labels, of(Token.START_ARRAY))).startsWith("expected an object keyed by OBSERVATION_AT_WORK,");
    FormatWithoutALibraryTest.RecordingSink sink = new FormatWithoutALibraryTest.RecordingSink();
    labels.write(read, sink);
    assertThat(sink.written).containsExactly("{", "OBSERVATION_AT_WORK:", "\"a\"", "REPORT_AND_PRESENTATION:", "\"b\"", "}");
  }

  @Test
  void aTextMapIsWrittenInItsOrder() throws IOException {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("z", "1");
    arguments.put("a", "2");
    FormatWithoutALibraryTest.RecordingSink sink = new FormatWithoutALibraryTest.RecordingSink();
    JsonType.textMap("arguments").write(arguments, sink);
    assertThat(sink.written).containsExactly("{", "z:", "\"1\"", "a:", "\"2\"", "}");
    assertThat(problem(JsonType.textMap("arguments"), of(Token.START_OBJECT), name("a"), integer(1), of(Token.END_OBJECT)))
        .isEqualTo("expected a string, was 1");
    assertThat(problem(JsonType.textMap("the arguments"), string("x"))).isEqualTo("expected the arguments, was \"x\"");
  }

  @Test
  void aDocumentEndsWithItsValueAndCertificationsAreRegisteredOnes() throws IOException {
    TokenListSource trailing = new TokenListSource(List.of(string("C5"), of(Token.START_OBJECT)));
    assertThatThrownBy(() -> CqpmFormat.readDocument(CqpmFormat.binding(io.github.cqpm.model.code.CapacityCode.class)
        .getJsonType(), trailing))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.getProblem())
            .isEqualTo("unexpected content after the document's value: an object"));
    assertThat(problem(CodeJson.CERTIFICATION, string("RNCP99999")))
        .startsWith("the catalogue holds no référentiel under RNCP99999 (it holds: RNCP19453");
    assertThat(read(CodeJson.CERTIFICATION, string("RNCP19453"))).isEqualTo(RncpNumber.of(19453));
    assertThat(problem(CodeJson.CERTIFICATION, string("19453"))).isEqualTo("expected an RNCP number such as RNCP19453, was \"19453\"");
    assertThat(problem(CodeJson.BLOCK, string("BC02"))).isEqualTo("expected a block code such as RNCP19453BC02, was \"BC02\"");
    assertThat(problem(CodeJson.ACTIVITY, string("B4"))).isEqualTo("expected an activity code such as A4, was \"B4\"");
    assertThat(problem(CodeJson.FORMAT_VERSION, integer(2))).isEqualTo("unsupported format version 2 (this reader knows 1)");
  }

  @Test
  void aPropertyDescribesItself() {
    JsonProperty<String, String> required = JsonProperty.required("id", JsonType.text(), s -> s);
    JsonProperty<String, String> optional = JsonProperty.optional("note", JsonType.text(), java.util.Optional::of);
    assertThat(required).hasToString("id: a string");
    assertThat(optional).hasToString("note?: a string");
    assertThat(JsonType.date()).hasToString("a date as YYYY-MM-DD");
    assertThat(JsonType.listOf("notes", JsonType.text()).getWhat()).isEqualTo("an array of notes");
  }
}
