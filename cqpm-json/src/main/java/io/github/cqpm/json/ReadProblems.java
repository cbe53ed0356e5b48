package io.github.cqpm.json;

import java.util.Locale;

/**
 * What went wrong below the format, in the user's terms: a JSON library's syntax errors and input
 * limits, rewritten without its API's names ({@code StreamReadConstraints}, {@code
 * JsonReadFeature}) and without the source description it appends. The location (line and column)
 * and the JSON pointer are the exception's, not the message's. Each library's module hands its
 * exceptions' messages here.
 */
public final class ReadProblems {
  private static final java.util.regex.Pattern INVALID_UTF8 =
      java.util.regex.Pattern.compile("^Invalid UTF-8 .*byte 0x[0-9a-fA-F]*([0-9a-fA-F]{2})\\b");

  private ReadProblems() {}

  /**
   * The problem a syntax error or a broken limit reports.
   *
   * @param message the library's message, without the location it may append
   * @param limit whether the library reports a broken input limit
   * @return one line saying what is wrong and what was expected
   */
  public static String describe(String message, boolean limit) {
    String original = firstLine(message);
    if (limit) {
      return limit(original);
    }
    if (original.contains("ALLOW_COMMENTS") || original.contains("maybe a (non-standard) comment")) {
      return "a comment: JSON has no comments";
    }
    if (original.startsWith("Non-standard token")) {
      int from = original.indexOf('\'');
      int to = original.indexOf('\'', from + 1);
      String token = from >= 0 && to > from ? original.substring(from + 1, to) : "this token";
      return token + " is not a JSON value (expected a number, a string, true, false, null, an object or an array)";
    }
    java.util.regex.Matcher utf8 = INVALID_UTF8.matcher(original);
    if (utf8.find()) {
      // Jackson 3 shows the byte sign-extended (0xffffe76f): its last two digits are the byte
      return "not UTF-8: byte 0x" + utf8.group(1).toUpperCase(java.util.Locale.ROOT)
          + " cannot stand here";
    }
    // bytes that end inside a character end the document too early: Jackson 3 says so, Jackson 2
    // names the incomplete sequence
    if (original.startsWith("Unexpected end-of-input")
        || original.contains("incomplete multi-byte sequence")) {
      return "the document ends too early: an object or an array is not closed, or a value is missing";
    }
    if (original.contains("Leading zeroes not allowed")) {
      return "a number with a leading zero: JSON numbers have none";
    }
    // Jackson 2 says "field name" where Jackson 3 says "property name": one word for both
    return withoutSource(original).replaceAll(" \\(code \\d+[^)]*\\)", "")
        .replace("field name", "property name");
  }

  private static String limit(String original) {
    if (original.startsWith("String value length")) {
      return "a string longer than " + number(Limits.MAX_STRING_LENGTH)
          + " characters, the most the format accepts";
    }
    if (original.startsWith("Number value length") || original.startsWith("Number length")) {
      return "a number longer than " + number(Limits.MAX_NUMBER_LENGTH)
          + " characters, the most the format accepts";
    }
    if (original.contains("nesting depth")) {
      return "nesting deeper than " + number(Limits.MAX_NESTING_DEPTH)
          + " levels, the most the format accepts (it needs 7)";
    }
    if (original.contains("document length") || original.contains("Document length")) {
      return "a document longer than " + number(Limits.MAX_DOCUMENT_LENGTH)
          + " characters, the most the format accepts";
    }
    return withoutSource(original);
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** Drops the "[Source: …; line: 1, column: 3]" Jackson appends inside a message. */
  private static String withoutSource(String message) {
    int source = message.indexOf(" (start marker at [Source");
    if (source < 0) {
      source = message.indexOf(" at [Source");
    }
    return source < 0 ? message : message.substring(0, source);
  }
}
