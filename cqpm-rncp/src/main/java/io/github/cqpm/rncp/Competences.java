package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The competences a fiche's free text lists ({@code LISTE_COMPETENCES}, {@code
 * CAPACITES_ATTESTEES}), as fiches write them: numbered ("C1 Conduire…", "C1. …", "C1 - …",
 * "A1C1. …", "C1.2 : …", one per line or several in one paragraph), as bullets, or as paragraphs.
 *
 * <p>Where the text numbers its competences, each competence keeps the fiche's code; text before
 * the first code is an introduction ("Ce bloc de compétences reprend les capacités suivantes :"),
 * and a line without a code continues the competence above it. Where it numbers none, each line
 * (paragraph or list item) is one competence, without a code, except lines ending with a colon,
 * which introduce the others.
 */
public final class Competences {
  /** A code: one or two capitals and a number, repeated ({@code A1C1}), with dotted parts. */
  private static final String CODE = "[A-Z]{1,2}[0-9]{1,3}(?:[A-Z]{1,2}[0-9]{1,3})*(?:\\.[0-9]{1,3})*";
  private static final Pattern NUMBERED =
      Pattern.compile("^(" + CODE + ")(?:\\s*[.:)]\\s*|\\s+[-–—]\\s+|\\s+)(\\S.*)$");
  private static final Pattern BULLET = Pattern.compile("^[-–—•·*]\\s*");

  private Competences() {}

  /**
   * The competences of a text.
   *
   * @param text the fiche's text, HTML or plain
   * @return the competences, in the text's order; empty when the text has none
   */
  public static List<Competence> parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : HtmlText.lines(text)) {
      lines.add(BULLET.matcher(line).replaceFirst(""));
    }
    List<String> numbered = new ArrayList<>();
    for (String line : lines) {
      numbered.addAll(splitInline(line));
    }
    boolean anyCode = numbered.stream().anyMatch(l -> NUMBERED.matcher(l).matches());
    List<Competence> competences = new ArrayList<>();
    if (anyCode) {
      for (String line : numbered) {
        Matcher m = NUMBERED.matcher(line);
        if (m.matches()) {
          competences.add(new Competence(Optional.of(m.group(1)), m.group(2).strip()));
        } else if (!competences.isEmpty()) {
          Competence last = competences.remove(competences.size() - 1);
          competences.add(new Competence(last.code(), last.text() + " " + line));
        }
      }
    } else {
      for (String line : lines) {
        if (!line.endsWith(":")) {
          competences.add(new Competence(Optional.empty(), line));
        }
      }
    }
    return competences;
  }

  /**
   * A line holding several numbered competences ("C1 Conduire… C2 Organiser…"), cut before each
   * code of the same shape as the first that follows in sequence.
   */
  private static List<String> splitInline(String line) {
    Matcher first = NUMBERED.matcher(line);
    if (!first.matches()) {
      return splitAfterIntroduction(line);
    }
    // the first code's shape: its letters and dots as they are, each number any number
    String shape = java.util.Arrays.stream(first.group(1).split("[0-9]+", -1)).map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("[0-9]+"));
    Pattern next = Pattern.compile("\\s(?=" + shape + "(?:\\s*[.:)]\\s*|\\s+[-–—]\\s+|\\s+)\\S)");
    List<String> parts = new ArrayList<>();
    for (String part : next.split(line)) {
      parts.add(part.strip());
    }
    return parts;
  }

  /** An introduction ending in a colon, then numbered competences on the same line. */
  private static List<String> splitAfterIntroduction(String line) {
    for (int colon = line.indexOf(": "); colon > 0; colon = line.indexOf(": ", colon + 1)) {
      if (NUMBERED.matcher(line.substring(colon + 2)).matches()) {
        List<String> parts = new ArrayList<>();
        parts.add(line.substring(0, colon + 1));
        parts.addAll(splitInline(line.substring(colon + 2)));
        return parts;
      }
    }
    return List.of(line);
  }
}
