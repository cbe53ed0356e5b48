package io.github.cqpm.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityCodeTest {

  @Test
  void writesAndReadsTheFichesNotation() {
    assertThat(CapacityCode.of(5)).hasToString("C5");
    assertThat(CapacityCode.parse("C12")).isEqualTo(CapacityCode.of(12));
    assertThat(CapacityCode.parse("C1")).isEqualTo(CapacityCode.of(1)).hasSameHashCodeAs(CapacityCode.of(1));
    assertThat(CapacityCode.of(1)).isNotEqualTo(CapacityCode.of(2)).isNotEqualTo("C1");
  }

  @Test
  void comparesByNumberNotByText() {
    assertThat(CapacityCode.of(2)).isLessThan(CapacityCode.of(10));
    assertThat(CapacityCode.of(10).compareTo(CapacityCode.of(10))).isZero();
    List<String> ordered = List.of("A1C1", "A1C2", "A1C10", "A2C1", "C1", "C1.1", "C1.2", "C1.10", "C2", "C10", "D1");
    List<CapacityCode> codes = ordered.stream().map(CapacityCode::parse).toList();
    for (int i = 0; i < codes.size(); i++) {
      for (int j = 0; j < codes.size(); j++) {
        assertThat(Integer.signum(codes.get(i).compareTo(codes.get(j)))).as("%s ? %s", codes.get(i), codes.get(j))
            .isEqualTo(Integer.signum(Integer.compare(i, j)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"C5", "A1C1", "C1.2", "AB12CD3.4.5", "BC1"})
  void readsTheCodesFichesWrite(String text) {
    assertThat(CapacityCode.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "C", "C0", "C05", "c5", "ABC5", "C5 ", " C5", "C-1", "C1a", "C1.", "C1.0", "C99999999999",
      "C٣", "C1C1C1C1C1C1C1C1C1C1C1C1C1C1C1C1C1"})
  void rejectsWhatIsNotACode(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapacityCode.parse(text))
        .withMessageStartingWith("capacity code: expected capitals and numbers from 1 without leading zero")
        .withMessageContaining("\"" + text + "\"");
  }

  @Test
  void rejectsNumbersBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapacityCode.of(0))
        .withMessage("capacity code: number must be 1 or more, was 0");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(integers().between(1, Integer.MAX_VALUE))
        .checkAssert(n -> assertThat(CapacityCode.parse(CapacityCode.of(n).toString())).isEqualTo(CapacityCode.of(n)));
  }

  @Test
  void anyTextParsedWritesBackToItself() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 6).map(s -> "C" + s))
        .checkAssert(
            text -> {
              CapacityCode code;
              try {
                code = CapacityCode.parse(text);
              } catch (IllegalArgumentException rejected) {
                return;
              }
              assertThat(code.toString()).isEqualTo(text);
            });
  }

  /**
   * A text is a code exactly when it has the shape the class documents, written here as a regular
   * expression: capitals and numbers, dots, a hyphen and a number, numbers from 1 of at most ten
   * digits, at most 32 characters. Over texts made of those pieces, misplaced or repeated.
   */
  @Test
  void aCodeIsExactlyTheDocumentedShape() {
    String number = "[1-9][0-9]{0,9}";
    java.util.regex.Pattern shape = java.util.regex.Pattern.compile(
        "[A-Z]{1,2}" + number + "(?:\\.?[A-Z]{1,2}" + number + ")*(?:\\." + number + ")*(?:-" + number + ")?");
    String[] pieces = {"A", "C", "Z", "AB", "ABC", "1", "0", "9", "12", "01", "1234567890", "12345678901", ".", "..",
        "-", "a", " ", "É", "C1", "A5.C1", ".2", "-2"};
    qt().withExamples(5_000).forAll(org.quicktheories.generators.SourceDSL.lists()
        .of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 8)).checkAssert(chosen -> {
          StringBuilder text = new StringBuilder();
          chosen.forEach(i -> text.append(pieces[i]));
          String t = text.toString();
          boolean expected = t.length() <= 32 && shape.matcher(t).matches();
          boolean parsed;
          try {
            parsed = CapacityCode.parse(t).toString().equals(t);
          } catch (IllegalArgumentException e) {
            parsed = false;
          }
          assertThat(parsed).as("%s", t).isEqualTo(expected);
        });
  }
}
