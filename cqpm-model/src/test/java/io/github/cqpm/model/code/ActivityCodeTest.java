package io.github.cqpm.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class ActivityCodeTest {

  @Test
  void writesAndReadsTheFichesNotation() {
    assertThat(ActivityCode.of(4)).hasToString("A4");
    assertThat(ActivityCode.parse("A4")).isEqualTo(ActivityCode.of(4)).hasSameHashCodeAs(ActivityCode.of(4));
    assertThat(ActivityCode.of(1)).isLessThan(ActivityCode.of(2));
  }

  @Test
  void rejectsACapacityCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ActivityCode.parse("C4"))
        .withMessage(
            "activity code: expected A followed by a number from 1 without leading zero (e.g. A1), was \"C4\"");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(integers().between(1, Integer.MAX_VALUE))
        .checkAssert(n -> assertThat(ActivityCode.parse(ActivityCode.of(n).toString()).getNumber()).isEqualTo(n));
  }
}
