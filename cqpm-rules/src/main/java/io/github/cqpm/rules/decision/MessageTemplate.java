package io.github.cqpm.rules.decision;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message pattern compiled once: the literal text between its arguments and which argument goes
 * where. Compiled by letting {@link MessageFormat} itself format markers in place of the
 * arguments, so quoting follows its rules exactly; then filling in text is a concatenation, which
 * is all {@code MessageFormat} does for text arguments.
 */
final class MessageTemplate {
  private static final char MARK = '\u0000';

  /** The literal pieces: one more than the arguments' places. */
  private final String[] literals;
  /** For each place, the index of its argument. */
  private final int[] places;
  /** The literal pieces' length together: what every message has before its arguments. */
  private final int literalLength;

  private MessageTemplate(String[] literals, int[] places) {
    this.literals = literals;
    this.places = places;
    int length = 0;
    for (String literal : literals) {
      length += literal.length();
    }
    this.literalLength = length;
  }

  /**
   * Compiles a pattern whose arguments are text.
   *
   * @param pattern a {@link MessageFormat} pattern, every argument a plain {@code {n}}
   * @param locale its language
   * @param arguments how many arguments it takes
   */
  static MessageTemplate compile(String pattern, Locale locale, int arguments) {
    Object[] markers = new Object[arguments];
    for (int i = 0; i < arguments; i++) {
      markers[i] = MARK + Integer.toString(i) + MARK;
    }
    String marked = new MessageFormat(pattern, locale).format(markers);
    List<String> literals = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    int from = 0;
    for (int start = marked.indexOf(MARK); start >= 0; start = marked.indexOf(MARK, from)) {
      int end = marked.indexOf(MARK, start + 1);
      literals.add(marked.substring(from, start));
      places.add(Integer.parseInt(marked, start + 1, end, 10));
      from = end + 1;
    }
    literals.add(marked.substring(from));
    return new MessageTemplate(literals.toArray(String[]::new), places.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The message with these arguments.
   *
   * @param arguments the arguments' text, at least as many as the pattern's highest index + 1
   */
  String format(String... arguments) {
    int length = literalLength;
    for (int place : places) {
      length += arguments[place].length();
    }
    StringBuilder out = new StringBuilder(length).append(literals[0]);
    for (int i = 0; i < places.length; i++) {
      out.append(arguments[places[i]]).append(literals[i + 1]);
    }
    return out.toString();
  }
}
