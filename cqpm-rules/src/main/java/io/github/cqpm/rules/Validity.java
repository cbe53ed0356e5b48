package io.github.cqpm.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * The validity of an acquired component: "Validité des composantes acquises : 5 an(s)".
 *
 * <p>The boundary: a component acquired on day {@code D} is valid from {@code D} included to {@code
 * D.plus(validity)} excluded, that date computed by {@link LocalDate#plus(java.time.temporal.TemporalAmount)}.
 * Acquired on 2016-03-02, it is valid through 2021-03-01 and invalid from 2021-03-02. A component
 * acquired on 29 February follows java.time, which moves to the last valid day of the month:
 * acquired on 2016-02-29, it is invalid from 2021-02-28, so valid through 2021-02-27.
 */
public final class Validity {
  private Validity() {}

  /**
   * The first day a component is no longer valid.
   *
   * @param acquiredOn the day it was acquired
   * @param validity how long it stays valid (five years for RNCP 19453)
   * @return {@code acquiredOn.plus(validity)}
   */
  public static LocalDate firstInvalidDay(LocalDate acquiredOn, Period validity) {
    return acquiredOn.plus(validity);
  }

  /**
   * Whether a component is valid on a day.
   *
   * @param acquiredOn the day it was acquired
   * @param validity how long it stays valid
   * @param on the day asked about
   * @return true from {@code acquiredOn} included to {@link #firstInvalidDay} excluded
   */
  public static boolean isValidOn(LocalDate acquiredOn, Period validity, LocalDate on) {
    return !on.isBefore(acquiredOn) && on.isBefore(firstInvalidDay(acquiredOn, validity));
  }
}
