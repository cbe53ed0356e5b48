package io.github.cqpm.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON library's syntax errors and broken limits, as its messages say them, are told in the
 * user's terms: no API names, no source description, one line.
 */
class ReadProblemsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      comment, Jackson 2 | Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser) | a comment: JSON has no comments
      NaN | Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow | NaN is not a JSON value (expected a number, a string, true, false, null, an object or an array)
      unnamed token | Non-standard token: enable something | this token is not a JSON value (expected a number, a string, true, false, null, an object or an array)
      bad byte, Jackson 2 | Invalid UTF-8 start byte 0xff | not UTF-8: byte 0xFF cannot stand here
      bad byte, Jackson 3 | Invalid UTF-8 middle byte 0xffffe76f | not UTF-8: byte 0x6F cannot stand here
      cut short | Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED; line: 1, column: 1]) | the document ends too early: an object or an array is not closed, or a value is missing
      cut inside a character | Invalid UTF-8 middle byte: incomplete multi-byte sequence | the document ends too early: an object or an array is not closed, or a value is missing
      leading zero | Invalid numeric value: Leading zeroes not allowed | a number with a leading zero: JSON numbers have none
      other, with its source | Unexpected character ('}' (code 125)): was expecting double-quote to start field name at [Source: REDACTED; line: 1, column: 3] | Unexpected character ('}'): was expecting double-quote to start property name
      other, second line | Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\\nat [Source: x] | Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\\nat [Source: x]
      """)
  void syntaxErrorsAreToldInTheUsersTerms(String what, String message, String expected) {
    assertThat(ReadProblems.describe(message.replace("\\n", "\n"), false)).isEqualTo(expected.replace("\\nat [Source: x]", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      string | String value length (128871) exceeds the maximum allowed (100000, from `StreamReadConstraints.getMaxStringLength()`) | a string longer than 100,000 characters, the most the format accepts
      number, Jackson 2 | Number value length (1000) exceeds the maximum allowed (20, from `StreamReadConstraints.getMaxNumberLength()`) | a number longer than 20 characters, the most the format accepts
      number, Jackson 3 | Number length (1000) exceeds the maximum length (20) | a number longer than 20 characters, the most the format accepts
      nesting | Document nesting depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`) | nesting deeper than 32 levels, the most the format accepts (it needs 7)
      document | Document length (10000001) exceeds the maximum allowed (10000000, from `StreamReadConstraints.getMaxDocumentLength()`) | a document longer than 10,000,000 characters, the most the format accepts
      another limit | Name length (60000) exceeds the maximum allowed at [Source: REDACTED] | Name length (60000) exceeds the maximum allowed
      """)
  void brokenLimitsSayTheLimitInTheFormatsTerms(String what, String message, String expected) {
    assertThat(ReadProblems.describe(message, true)).isEqualTo(expected);
  }
}
