package io.github.cqpm.model.internal;

import java.time.LocalDate;

/**
 * The text of a date as documents and messages write it: {@link LocalDate#toString()}'s ISO-8601
 * form ({@code 2024-06-14}), made without a {@code StringBuilder} for the years 0 to 9999 that
 * every real date has, and writable into a writer's own characters (documents write many dates).
 */
public final class IsoDates {
  /** The most characters a date's text takes: {@code -999999999-01-01}, {@link LocalDate#MIN}. */
  public static final int MOST_CHARS = 16;

  private IsoDates() {}

  /**
   * The date as {@link LocalDate#toString()} writes it.
   *
   * @param date the date
   * @return e.g. {@code 2024-06-14}
   */
  public static String text(LocalDate date) {
    char[] text = new char[MOST_CHARS];
    return new String(text, 0, write(date, text));
  }

  /**
   * Writes the date as {@link LocalDate#toString()} writes it at the start of {@code into}; its
   * characters are ASCII (digits, {@code -}, {@code +}).
   *
   * @param date the date
   * @param into at least {@link #MOST_CHARS} characters
   * @return how many characters it wrote
   */
  public static int write(LocalDate date, char[] into) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      String text = date.toString();
      text.getChars(0, text.length(), into, 0);
      return text.length();
    }
    into[0] = digit(year / 1000);
    into[1] = digit(year / 100 % 10);
    into[2] = digit(year / 10 % 10);
    into[3] = digit(year % 10);
    into[4] = '-';
    into[5] = digit(date.getMonthValue() / 10);
    into[6] = digit(date.getMonthValue() % 10);
    into[7] = '-';
    into[8] = digit(date.getDayOfMonth() / 10);
    into[9] = digit(date.getDayOfMonth() % 10);
    return 10;
  }

  private static char digit(int value) {
    return (char) ('0' + value);
  }
}
