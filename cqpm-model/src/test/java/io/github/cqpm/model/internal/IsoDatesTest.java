package io.github.cqpm.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A date's text is {@link LocalDate#toString()}'s, whatever the date. */
class IsoDatesTest {
  @Test
  void everyDateIsWrittenAsLocalDateWritesIt() {
    long first = LocalDate.MIN.toEpochDay();
    long last = LocalDate.MAX.toEpochDay();
    qt().withExamples(2_000).forAll(longs().between(first, last)).checkAssert(day -> {
      LocalDate date = LocalDate.ofEpochDay(day);
      assertThat(IsoDates.text(date)).isEqualTo(date.toString());
    });
    // the years most documents have, and each side of the four-digit range
    qt().withExamples(2_000).forAll(longs().between(LocalDate.of(-2, 1, 1).toEpochDay(),
        LocalDate.of(10_001, 12, 31).toEpochDay())).checkAssert(day -> {
          LocalDate date = LocalDate.ofEpochDay(day);
          assertThat(IsoDates.text(date)).isEqualTo(date.toString());
        });
  }

  @Test
  void theEdgesOfTheFourDigitYears() {
    for (LocalDate date : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(9999, 12, 31),
      LocalDate.of(10_000, 1, 1), LocalDate.of(999, 10, 9), LocalDate.of(2024, 2, 29)}) {
      assertThat(IsoDates.text(date)).isEqualTo(date.toString());
    }
  }

  @Test
  void theLongestDatesFitAndOnlyTheirCharactersAreWritten() {
    for (LocalDate date : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(2024, 6, 14)}) {
      char[] into = new char[IsoDates.MOST_CHARS + 2];
      Arrays.fill(into, '#');
      int length = IsoDates.write(date, into);
      assertThat(new String(into, 0, length)).isEqualTo(date.toString());
      assertThat(new String(into, length, into.length - length)).matches("#+");
    }
    assertThat(LocalDate.MIN.toString()).hasSize(IsoDates.MOST_CHARS);
  }
}
