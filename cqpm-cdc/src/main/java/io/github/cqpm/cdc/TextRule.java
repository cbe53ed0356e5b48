package io.github.cqpm.cdc;

import io.github.cqpm.model.invariant.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The constraints the CDC's schema puts on a text, each declared once, by the name of its simple
 * type in {@code accrochage-1.1.5.xsd}: the holder's values are checked with them as they are
 * built, and a test holds each to the schema's facets, so that the two cannot disagree.
 */
enum TextRule {
  /** A name or first name: 1 to 60 characters. */
  NAME(1, 60, null),
  /** The CDC's client identifier: exactly 8 characters. */
  ID_CLIENT(8, 8, null),
  /** A contract identifier: 1 to 20 characters. */
  TEXT_20(1, 20, null),
  /** A flux identifier: 1 to 50 characters. */
  TEXT_50(1, 50, null),
  /** A certification's code: 1 to 100 characters. */
  TEXT_100(1, 100, null),
  /** A passage's technical identifier: 1 to 255 characters. */
  TEXT_255(1, 255, null),
  /** An INSEE commune code: two digits or 2A/2B, then three digits. */
  CODE_INSEE(0, 0, "([0-9]{2}|2[AB])[0-9]{3}"),
  /** A postal code: five digits. */
  CODE_POSTAL(0, 0, "[0-9]{5}"),
  /** The NIR without its key: 13 characters. */
  NIR(0, 0, "[12][0-9]{4}(2[AB]|[0-9]{2})[0-9]{6}"),
  /** A CPF file number: 1 to 20 letters or digits. */
  ID_DOSSIER(0, 0, "[0-9A-Za-z]{1,20}");

  private final int min;
  private final int max;
  private final Pattern pattern;

  TextRule(int min, int max, String pattern) {
    this.min = min;
    this.max = max;
    this.pattern = pattern == null ? null : Pattern.compile(pattern);
  }

  /** The shortest text allowed; 0 when a pattern says it. */
  int min() {
    return min;
  }

  /** The longest text allowed; 0 when a pattern says it. */
  int max() {
    return max;
  }

  /** The pattern the whole text matches, as the schema writes it; null when lengths say it. */
  String pattern() {
    return pattern == null ? null : pattern.pattern();
  }

  /**
   * The text, when the rule allows it.
   *
   * @param value the text
   * @param confidential whether the text must never be repeated in a message (a NIR)
   * @param path where the text is, from the value being built
   * @return the text
   * @throws InvalidValueException naming the path and what was expected
   */
  String check(String value, boolean confidential, Object... path) {
    if (value == null) {
      throw InvalidValueException.at("required, was not set", path);
    }
    int length = value.codePointCount(0, value.length());
    int bad = value.codePoints().filter(TextRule::refused).findFirst().orElse(-1);
    if (bad >= 0) {
      throw InvalidValueException.at(expected() + " without control characters, has U+"
          + String.format("%04X", bad), path);
    }
    if (pattern != null) {
      if (!pattern.matcher(value).matches()) {
        throw InvalidValueException.at(expected() + ", was "
            + (confidential ? mask(value) : "\"" + value + "\"") + " (" + length + " characters)", path);
      }
    } else if (length < min || length > max) {
      throw InvalidValueException.at(expected() + ", has " + length, path);
    }
    return value;
  }

  /**
   * Whether a character can never be in a value: a control character (C0, DEL, C1), half a
   * surrogate pair, or a character XML 1.0 does not have ({@code U+FFFE}, {@code U+FFFF}).
   */
  private static boolean refused(int c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE
        || c == 0xFFFF;
  }

  /** What the rule expects, in the user's terms. */
  String expected() {
    switch (this) {
      case CODE_INSEE:
        return "an INSEE commune code: 5 characters, two digits (or 2A, 2B) then three digits";
      case CODE_POSTAL:
        return "a postal code of 5 digits";
      case NIR:
        return "the NIR's 13 characters without its key: 1 or 2, year, month, department (or 2A,"
            + " 2B), commune and order";
      case ID_DOSSIER:
        return "a CPF file number of 1 to 20 letters or digits";
      default:
        return min == max ? "exactly " + min + " characters" : min + " to " + max + " characters";
    }
  }

  /**
   * A confidential text as it may be shown: one star a character (at most 20), nothing of the
   * text itself.
   *
   * @param value the text
   * @return e.g. {@code "*************"}
   */
  static String mask(String value) {
    return "\"" + "*".repeat(Math.min(value.codePointCount(0, value.length()), 20)) + "\"";
  }
}
