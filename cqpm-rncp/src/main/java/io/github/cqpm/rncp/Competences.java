package io.github.cqpm.rncp;

import io.github.cqpm.rncp.CompetenceList.Style;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The competences a fiche's free text lists ({@code LISTE_COMPETENCES}, {@code
 * CAPACITES_ATTESTEES}), as real fiches write them, read by a cascade of rules tried in order,
 * each taken only when it splits the whole text consistently:
 *
 * <ol>
 *   <li><b>Codes</b>: the fiche numbers its competences ({@code A1C1.}, {@code A5.C1.}, {@code
 *       C.1.}, {@code C1 -}, {@code C1.2 :}, or an outline {@code 1.1 … 1.1.1}), on separate lines
 *       or several in one line. A code starts the text, a line, or follows white space, and is
 *       followed by a capitalised word: an item never starts with a lower-case continuation word,
 *       so "niveau 2 (au sens…" is no code. The family of code the text uses most (by its letters:
 *       {@code C}, {@code AC}, or digits only) is the one cut at. The text before the first code is
 *       the block's preamble (kept, not a competence). A code that the next one extends ({@code 1.1}
 *       before {@code 1.1.1}, {@code C1} before {@code C1.1}) is a heading: the leaves are the
 *       competences, each keeping its nearest heading.
 *   <li><b>Line breaks</b> (paragraphs, list items, {@code <br>}): one competence per line, a line
 *       that starts in lower case continuing the one above (a sentence wrapped in the source).
 *   <li><b>Bullets</b> ({@code *}, {@code -}, {@code •}) on one line that starts with one.
 *   <li><b>Runs of two or more spaces</b> on one line, the export's flattened list; a part that
 *       starts in lower case continues the one before (a wrapped sentence).
 *   <li>Otherwise the text is <b>one competence</b>.
 * </ol>
 *
 * <p>In the lines, bullets and spaces rules, a first item ending with a colon is the preamble, and
 * a later one a heading for the items after it. Wording is kept as written, white space collapsed.
 */
public final class Competences {
  /**
   * A code: capitals and numbers ({@code C1}, {@code A1C1}, {@code A5.C1}, {@code C1.2}), a letter,
   * a dot and a number ({@code C.1}), or an outline number ({@code 1.1.1}).
   */
  static final Pattern CODE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.])"
          + "([A-Z]{1,2}[0-9]{1,3}(?:\\.?[A-Z]{1,2}[0-9]{1,3})*(?:\\.[0-9]{1,3})*"
          + "|[A-Z]\\.[0-9]{1,3}(?:\\.[0-9]{1,3})*"
          + "|[0-9]{1,2}(?:\\.[0-9]{1,2})*)"
          + "(\\s*[.:)]\\s*|\\s+[-–—]\\s+|\\s+)(?=[\\p{Lu}«\"“'])");
  private static final String MARKS = "-–—•·*";
  private static final Pattern BULLET = Pattern.compile("^[" + MARKS + "]\\s+");
  /** For each bullet mark, what separates the items of a line that starts with it. */
  private static final Map<Character, Pattern> BULLET_MARKS = MARKS.chars().boxed()
      .collect(Collectors.toUnmodifiableMap(mark -> (char) mark.intValue(),
          mark -> Pattern.compile("\\s+" + Pattern.quote(Character.toString(mark)) + "\\s+(?=\\p{Lu})")));
  private static final Pattern RUN = Pattern.compile("[ \\t]{2,}");

  private Competences() {}

  /**
   * The competences of a text.
   *
   * @param text the fiche's text, HTML or plain
   * @return the competences, in the text's order; empty when the text has none
   */
  public static List<Competence> parse(String text) {
    return read(text).competences();
  }

  /**
   * The competences of a text, with the rule that read them and the preamble.
   *
   * @param text the fiche's text, HTML or plain
   * @return the competences and how they were read
   * @since 0.2.0
   */
  public static CompetenceList read(String text) {
    List<String> lines = HtmlText.spacedLines(text);
    if (lines.isEmpty()) {
      return new CompetenceList(List.of(), Style.EMPTY, Optional.empty(), text);
    }
    String joined = String.join("\n", lines);
    Optional<CompetenceList> coded = byCodes(joined, text);
    if (coded.isPresent()) {
      return coded.get();
    }
    if (lines.size() > 1) {
      List<String> items = new ArrayList<>();
      for (String line : lines) {
        items.add(BULLET.matcher(line).replaceFirst(""));
      }
      return items(items, Style.LINES, text);
    }
    String line = lines.get(0);
    Matcher bullet = BULLET.matcher(line);
    if (bullet.lookingAt()) {
      List<String> items = List.of(BULLET_MARKS.get(line.charAt(0)).split(line.substring(bullet.end())));
      if (items.size() > 1) {
        return items(items, Style.BULLETS, text);
      }
    }
    List<String> parts = List.of(RUN.split(line));
    if (parts.size() > 1) {
      CompetenceList spaced = items(parts, Style.SPACES, text);
      if (spaced.competences().size() > 1) {
        return spaced;
      }
    }
    Competence sentence = new Competence(Optional.empty(), HtmlText.collapse(BULLET.matcher(line).replaceFirst("")));
    return new CompetenceList(List.of(sentence),
        Style.PLAIN,
        Optional.empty(), text);
  }

  /** Items of the lines, bullets or spaces rules: continuations joined, colons as preamble or headings. */
  private static CompetenceList items(List<String> parts, Style style, String raw) {
    List<String> merged = new ArrayList<>();
    for (String part : parts) {
      String item = HtmlText.collapse(part);
      if (item.isEmpty()) {
        continue;
      }
      if (!merged.isEmpty() && startsLowerCase(item)) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + item);
      } else {
        merged.add(item);
      }
    }
    Optional<String> preamble = Optional.empty();
    Optional<String> heading = Optional.empty();
    List<Competence> competences = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      String item = merged.get(i);
      if (item.endsWith(":") && i + 1 < merged.size()) {
        if (competences.isEmpty() && preamble.isEmpty() && heading.isEmpty()) {
          preamble = Optional.of(item);
        } else {
          heading = Optional.of(item);
        }
      } else {
        competences.add(new Competence(Optional.empty(), item, heading));
      }
    }
    return new CompetenceList(competences, style, preamble, raw);
  }

  /** Where a code starts, where its item's text starts, and the code. */
  private record Cut(int start, int textStart, String code) {}

  /** The codes rule, when the text has codes followed by a capitalised word. */
  private static Optional<CompetenceList> byCodes(String text, String raw) {
    if (!hasDigit(text)) {
      return Optional.empty(); // every code has a number
    }
    Map<String, List<Cut>> byFamily = new LinkedHashMap<>();
    Matcher m = CODE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    for (int at = 0; at < length; at++) {
      // A code is tried only where an item can start: what the search for CODE would find, past the
      // codes startsItem refuses, without trying the pattern at every position.
      if (!couldStartCode(text, at) || at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
        continue;
      }
      if (!m.region(at, length).lookingAt()) {
        continue;
      }
      String code = m.group(1);
      String family = family(code);
      if (startsItem(text, at, code) && (!family.equals("#") || code.contains(".") || !m.group(2).isBlank())) {
        byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(new Cut(at, m.end(), code));
      }
      at = m.end() - 1; // the search goes on after the match, as find() does
    }
    String family = null;
    for (Map.Entry<String, List<Cut>> entry : byFamily.entrySet()) {
      if (family == null || entry.getValue().size() > byFamily.get(family).size()) {
        family = entry.getKey();
      }
    }
    if (family == null || family.equals("#") && byFamily.get(family).size() < 2) {
      return Optional.empty();
    }
    List<Cut> cuts = byFamily.get(family);
    String before = HtmlText.collapse(text.substring(0, cuts.get(0).start()));
    Optional<String> preamble = before.isEmpty() ? Optional.empty() : Optional.of(before);
    Deque<String[]> headings = new ArrayDeque<>();
    List<Competence> competences = new ArrayList<>();
    boolean outline = family.equals("#");
    for (int i = 0; i < cuts.size(); i++) {
      Cut cut = cuts.get(i);
      int end = i + 1 < cuts.size() ? cuts.get(i + 1).start() : text.length();
      String item = HtmlText.collapse(text.substring(cut.textStart(), end));
      while (!headings.isEmpty() && !cut.code().startsWith(headings.peek()[0] + ".")) {
        headings.pop();
      }
      if (i + 1 < cuts.size() && cuts.get(i + 1).code().startsWith(cut.code() + ".")) {
        outline = true;
        headings.push(new String[] {cut.code(), cut.code() + " " + item});
      } else {
        competences.add(new Competence(Optional.of(cut.code()), item,
            Optional.ofNullable(headings.peek()).map(h -> h[1])));
      }
    }
    return Optional.of(new CompetenceList(competences, outline ? Style.OUTLINE : Style.CODES, preamble, raw));
  }

  /** Whether a code at this place can start an item. */
  private static boolean startsItem(String text, int at, String code) {
    if (at == 0 || text.charAt(at - 1) == '\n') {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(at - 1))) {
      return false;
    }
    if (Character.isDigit(code.charAt(0))) {
      // an outline number inside a line: after a run of spaces or the end of a sentence
      int before = at - 1;
      while (before > 0 && text.charAt(before - 1) == ' ') {
        before--;
      }
      return at - before >= 2 || before > 0 && ".;:".indexOf(text.charAt(before - 1)) >= 0;
    }
    return true;
  }

  /** A code's family: its letters, or {@code #} for an outline number. */
  private static String family(String code) {
    StringBuilder letters = new StringBuilder(4);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters.append(c);
      }
    }
    return letters.length() == 0 ? "#" : letters.toString();
  }

  /**
   * Whether a code can start here, as {@link #CODE} begins: a digit, or a capital followed by a
   * digit, by a capital and a digit, or by a dot and a digit (most capitals start a word, not a
   * code: the pattern is not tried there).
   */
  static boolean couldStartCode(String text, int at) {
    char c = text.charAt(at);
    if (isDigit(c)) {
      return true;
    }
    if (c < 'A' || c > 'Z' || at + 2 > text.length()) {
      return false;
    }
    char next = text.charAt(at + 1);
    return isDigit(next) || at + 2 < text.length() && (next >= 'A' && next <= 'Z' || next == '.')
        && isDigit(text.charAt(at + 2));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsLowerCase(String item) {
    return Character.isLowerCase(item.codePointAt(0));
  }

}
