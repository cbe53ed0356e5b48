package io.github.cqpm.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockCodeTest {

  @Test
  void writesTheRncpExportNotation() {
    BlockCode code = BlockCode.of(19453, 2);
    assertThat(code).hasToString("RNCP19453BC02");
    assertThat(code.getFicheNumber()).isEqualTo(19453);
    assertThat(code.getBlockNumber()).isEqualTo(2);
    assertThat(BlockCode.of(19453, 12)).hasToString("RNCP19453BC12");
  }

  @Test
  void equalityAndOrderFollowBothNumbers() {
    assertThat(BlockCode.parse("RNCP19453BC02")).isEqualTo(BlockCode.of(19453, 2)).hasSameHashCodeAs(BlockCode.of(19453, 2));
    assertThat(BlockCode.of(19453, 2)).isNotEqualTo(BlockCode.of(19454, 2)).isNotEqualTo(BlockCode.of(19453, 3));
    assertThat(BlockCode.of(19453, 3)).isLessThan(BlockCode.of(19454, 1));
    assertThat(BlockCode.of(19453, 2)).isLessThan(BlockCode.of(19453, 10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "RNCP", "RNCPBC01", "RNCP19453BC", "RNCP19453BC1", "RNCP19453BC001", "RNCP19453BC00",
        "RNCP019453BC01", "rncp19453bc01", "RNCP19453-BC01", "RNCP19453BCx1", "19453BC01", "RNCP19453BC01 "
      })
  void rejectsWhatIsNotABlockCode(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BlockCode.parse(text))
        .withMessageStartingWith("block code: expected RNCP, the fiche number, BC and a two-digit block number")
        .withMessageEndingWith("was \"" + text + "\"");
  }

  @Test
  void rejectsNumbersOutOfRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> BlockCode.of(0, 1)).withMessageContaining("fiche");
    assertThatIllegalArgumentException().isThrownBy(() -> BlockCode.of(19453, 0)).withMessageContaining("block");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BlockCode.of(19453, 100))
        .withMessage("block code block: number must be 99 or less, was 100");
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(integers().between(1, Integer.MAX_VALUE), integers().between(1, BlockCode.MAX_BLOCK_NUMBER))
        .checkAssert(
            (fiche, block) -> {
              BlockCode code = BlockCode.of(fiche, block);
              assertThat(BlockCode.parse(code.toString())).isEqualTo(code);
            });
  }
}
