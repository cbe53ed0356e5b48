package io.github.cqpm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** "Validité des composantes acquises : 5 an(s)": the boundary, 29 February included. */
class ValidityTest {
  private static final Period FIVE_YEARS = Period.ofYears(5);

  @Test
  void validFromTheAcquisitionDayToTheDayBeforeFiveYearsLater() {
    LocalDate acquired = LocalDate.of(2016, 3, 2);
    assertThat(Validity.firstInvalidDay(acquired, FIVE_YEARS)).isEqualTo(LocalDate.of(2021, 3, 2));
    assertThat(Validity.isValidOn(acquired, FIVE_YEARS, acquired.minusDays(1))).isFalse();
    assertThat(Validity.isValidOn(acquired, FIVE_YEARS, acquired)).isTrue();
    assertThat(Validity.isValidOn(acquired, FIVE_YEARS, LocalDate.of(2021, 3, 1))).isTrue();
    assertThat(Validity.isValidOn(acquired, FIVE_YEARS, LocalDate.of(2021, 3, 2))).isFalse();
  }

  @Test
  void acquiredOn29FebruaryTheBoundaryIs28FebruaryFiveYearsLater() {
    LocalDate leap = LocalDate.of(2016, 2, 29);
    assertThat(Validity.firstInvalidDay(leap, FIVE_YEARS)).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(Validity.isValidOn(leap, FIVE_YEARS, LocalDate.of(2021, 2, 27))).isTrue();
    assertThat(Validity.isValidOn(leap, FIVE_YEARS, LocalDate.of(2021, 2, 28))).isFalse();
    LocalDate leapToLeap = LocalDate.of(2004, 2, 29);
    assertThat(Validity.firstInvalidDay(leapToLeap, Period.ofYears(4))).isEqualTo(LocalDate.of(2008, 2, 29));
  }

  /** Any date from 2000 to 2040, with every 29 February of those years mixed in. */
  static Gen<LocalDate> dates() {
    Gen<LocalDate> any = SourceDSL.integers().between(0, 40 * 366).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    Gen<LocalDate> leapDays = Generate.range(0, 10).map(i -> LocalDate.of(2000 + 4 * i, 2, 29));
    return any.mix(leapDays, 30);
  }

  @Test
  void validOnTheDayAndTheDayBeforeTheBoundaryInvalidOnTheBoundaryAndBefore() {
    qt().forAll(dates()).checkAssert(acquired -> {
      LocalDate boundary = Validity.firstInvalidDay(acquired, FIVE_YEARS);
      assertThat(Validity.isValidOn(acquired, FIVE_YEARS, acquired)).isTrue();
      assertThat(Validity.isValidOn(acquired, FIVE_YEARS, boundary.minusDays(1))).isTrue();
      assertThat(Validity.isValidOn(acquired, FIVE_YEARS, boundary)).isFalse();
      assertThat(Validity.isValidOn(acquired, FIVE_YEARS, acquired.minusDays(1))).isFalse();
      assertThat(boundary.getYear()).isEqualTo(acquired.getYear() + 5);
    });
  }

  @Test
  void validityIsOneIntervalNoDayInsideIsInvalid() {
    qt().forAll(dates(), SourceDSL.integers().between(-400, 2200)).checkAssert((acquired, offset) -> {
      LocalDate on = acquired.plusDays(offset);
      boolean inside = !on.isBefore(acquired) && on.isBefore(Validity.firstInvalidDay(acquired, FIVE_YEARS));
      assertThat(Validity.isValidOn(acquired, FIVE_YEARS, on)).isEqualTo(inside);
    });
  }
}
