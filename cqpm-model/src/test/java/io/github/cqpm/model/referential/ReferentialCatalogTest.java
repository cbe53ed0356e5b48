package io.github.cqpm.model.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.RncpNumber;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as a value: what it holds, by number and in the numbers' order; a new catalogue
 * from {@code with}, the first left as it was; equal when it holds equal référentiels under the
 * same numbers, whatever the order they were given in.
 */
class ReferentialCatalogTest {
  private static final Referential RNCP19453 = ReferentialCatalog.bundled().find(RncpNumber.of(19453)).orElseThrow();

  /** The bundled fiche under another number, its blocks renumbered to match. */
  private static Referential renumbered(int number) {
    Referential.Builder other = Referential.builder().from(RNCP19453).number(number).blocks(List.of());
    for (Block block : RNCP19453.getBlocks()) {
      other.addBlocks(Block.builder().from(block).code(BlockCode.of(number, block.getCode().getBlockNumber())).build());
    }
    return other.build();
  }

  @Test
  void theBundledCatalogueHoldsRncp19453Alone() {
    ReferentialCatalog bundled = ReferentialCatalog.bundled();
    assertThat(ReferentialCatalog.bundled()).isSameAs(bundled);
    assertThat(bundled.numbers()).containsExactly(RncpNumber.of(19453));
    assertThat(bundled.referentials()).containsExactly(RNCP19453);
    assertThat(RNCP19453.getTitle()).contains("Pilote de systèmes de production automatisée");
    assertThat(bundled.find(RncpNumber.of(34762))).isEmpty();
    assertThat(bundled).hasToString("ReferentialCatalog[RNCP19453]");
  }

  @Test
  void aCatalogueHoldsWhatItIsGivenByIncreasingNumber() {
    Referential high = renumbered(99_453);
    Referential low = renumbered(1_453);
    ReferentialCatalog catalog = ReferentialCatalog.of(high, RNCP19453, low);
    assertThat(catalog.numbers()).containsExactly(RncpNumber.of(1_453), RncpNumber.of(19_453), RncpNumber.of(99_453));
    assertThat(catalog.referentials()).containsExactly(low, RNCP19453, high);
    assertThat(catalog.find(RncpNumber.of(99_453))).containsSame(high);
    assertThat(catalog).hasToString("ReferentialCatalog[RNCP1453, RNCP19453, RNCP99453]");
    assertThat(ReferentialCatalog.of()).satisfies(empty -> {
      assertThat(empty.numbers()).isEmpty();
      assertThat(empty.find(RncpNumber.of(19453))).isEmpty();
    });
  }

  @Test
  void aNumberGivenTwiceIsRefused() {
    assertThatThrownBy(() -> ReferentialCatalog.of(RNCP19453, renumbered(19_453)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RNCP19453 is given twice; a catalogue holds one référentiel per number (use with(…) to replace one)");
  }

  @Test
  void withMakesANewCatalogueAndLeavesThisOneAsItWas() {
    ReferentialCatalog bundled = ReferentialCatalog.bundled();
    Referential other = renumbered(99_453);
    ReferentialCatalog added = bundled.with(other);
    assertThat(added.numbers()).containsExactly(RncpNumber.of(19453), RncpNumber.of(99_453));
    assertThat(bundled.numbers()).containsExactly(RncpNumber.of(19453));

    Referential revised = Referential.builder().from(RNCP19453).componentValidity(Period.ofYears(4)).build();
    ReferentialCatalog replaced = added.with(revised);
    assertThat(replaced.find(RncpNumber.of(19453))).containsSame(revised);
    assertThat(added.find(RncpNumber.of(19453))).containsSame(RNCP19453);
    assertThat(replaced).isNotEqualTo(added);
    assertThat(added.with(Referential.builder().from(other).build())).as("an equal référentiel changes nothing")
        .isSameAs(added);
  }

  @Test
  void equalWhenItHoldsEqualReferentialsUnderTheSameNumbers() {
    Referential other = renumbered(99_453);
    ReferentialCatalog one = ReferentialCatalog.of(RNCP19453, other);
    ReferentialCatalog two = ReferentialCatalog.bundled().with(other);
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(ReferentialCatalog.bundled())
        .isNotEqualTo("ReferentialCatalog[RNCP19453, RNCP99453]");
    assertThat(ReferentialCatalog.of(other, RNCP19453)).isEqualTo(one);
    assertThat(ReferentialCatalog.of(List.of(RNCP19453))).isEqualTo(ReferentialCatalog.bundled())
        .hasSameHashCodeAs(ReferentialCatalog.bundled());
  }
}
