package io.github.cqpm.model.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The text of a date as documents and messages write it: {@link LocalDate#toString()}'s ISO-8601
 * form ({@code 2024-06-14}), made without a {@code StringBuilder} for the years 0 to 9999 that
 * every real date has (documents write many dates).
 */
public final class IsoDates {
  private IsoDates() {}

  /**
   * The date as {@link LocalDate#toString()} writes it.
   *
   * @param date the date
   * @return e.g. {@code 2024-06-14}
   */
  public static String text(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return date.toString();
    }
    byte[] text = new byte[10];
    text[0] = digit(year / 1000);
    text[1] = digit(year / 100 % 10);
    text[2] = digit(year / 10 % 10);
    text[3] = digit(year % 10);
    text[4] = '-';
    text[5] = digit(date.getMonthValue() / 10);
    text[6] = digit(date.getMonthValue() % 10);
    text[7] = '-';
    text[8] = digit(date.getDayOfMonth() / 10);
    text[9] = digit(date.getDayOfMonth() % 10);
    return new String(text, StandardCharsets.ISO_8859_1);
  }

  private static byte digit(int value) {
    return (byte) ('0' + value);
  }
}
