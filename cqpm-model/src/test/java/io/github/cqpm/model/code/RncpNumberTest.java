package io.github.cqpm.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RncpNumberTest {

  @Test
  void writesAndReadsTheExportsNotation() {
    assertThat(RncpNumber.of(19453)).hasToString("RNCP19453");
    assertThat(RncpNumber.parse("RNCP19453")).isEqualTo(RncpNumber.of(19453)).hasSameHashCodeAs(RncpNumber.of(19453));
    assertThat(RncpNumber.of(19453)).isLessThan(RncpNumber.of(34762)).isNotEqualTo(CapacityCode.of(19453));
  }

  @ParameterizedTest
  @ValueSource(strings = {"19453", "rncp19453", "RNCP019453", "RNCP", "RNCP-1", "RNCP19453BC01", " RNCP19453"})
  void rejectsWhatIsNotAnRncpNumber(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RncpNumber.parse(text))
        .withMessage("RNCP number: expected RNCP followed by a number from 1 without leading zero (e.g. RNCP1), was \"" + text + "\"");
  }

  @Test
  void aNumberIsOneOrMore() {
    assertThatIllegalArgumentException().isThrownBy(() -> RncpNumber.of(0))
        .withMessage("RNCP number: number must be 1 or more, was 0");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(integers().between(1, Integer.MAX_VALUE))
        .checkAssert(n -> assertThat(RncpNumber.parse(RncpNumber.of(n).toString()).getNumber()).isEqualTo(n));
  }
}
