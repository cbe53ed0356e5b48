package io.github.cqpm.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityCodeTest {

  @Test
  void writesAndReadsTheFichesNotation() {
    assertThat(CapacityCode.of(5)).hasToString("C5");
    assertThat(CapacityCode.parse("C12").getNumber()).isEqualTo(12);
    assertThat(CapacityCode.parse("C1")).isEqualTo(CapacityCode.of(1)).hasSameHashCodeAs(CapacityCode.of(1));
    assertThat(CapacityCode.of(1)).isNotEqualTo(CapacityCode.of(2)).isNotEqualTo("C1");
  }

  @Test
  void comparesByNumberNotByText() {
    assertThat(CapacityCode.of(2)).isLessThan(CapacityCode.of(10));
    assertThat(CapacityCode.of(10).compareTo(CapacityCode.of(10))).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "C", "C0", "C05", "c5", "A5", "C5 ", " C5", "C-1", "C1a", "C99999999999", "C٣"})
  void rejectsWhatIsNotACode(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CapacityCode.parse(text))
        .withMessageStartingWith("capacity code: expected C followed by a number")
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
}
