package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the export's HTML fields, as lines: a paragraph, a list item or a line break ends a
 * line; other tags are left out; HTML's entities (the export escapes its HTML once more, so they
 * survive XML's decoding) are decoded. Words are kept as written; runs of white space become one
 * space.
 */
final class HtmlText {
  private static final Pattern BREAK =
      Pattern.compile("(?i)<\\s*(?:br|/?p|/?li|/?ul|/?ol|/?div|/?tr|/?h[1-6])(?:\\s[^>]*)?/?\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
      Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("hellip", "…"), Map.entry("ndash", "–"),
      Map.entry("mdash", "—"), Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"),
      Map.entry("euml", "ë"), Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("ccedil", "ç"),
      Map.entry("icirc", "î"), Map.entry("iuml", "ï"), Map.entry("ocirc", "ô"), Map.entry("ucirc", "û"),
      Map.entry("ugrave", "ù"), Map.entry("oelig", "œ"), Map.entry("Eacute", "É"), Map.entry("Egrave", "È"),
      Map.entry("Agrave", "À"), Map.entry("Ccedil", "Ç"), Map.entry("OElig", "Œ"), Map.entry("deg", "°"),
      Map.entry("bull", "•"));

  private HtmlText() {}

  /** The non-blank lines of an HTML or plain text, each stripped. */
  static List<String> lines(String html) {
    String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
    text = decode(text);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
      if (!collapsed.isEmpty()) {
        lines.add(collapsed);
      }
    }
    return lines;
  }

  /** The text with its lines joined by one space. */
  static String plain(String html) {
    return String.join(" ", lines(html));
  }

  static String decode(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        replacement = codePoint(Integer.parseInt(name.substring(2), 16), m.group());
      } else if (name.startsWith("#")) {
        replacement = codePoint(Integer.parseInt(name.substring(1)), m.group());
      } else {
        replacement = NAMED.getOrDefault(name, m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int codePoint, String verbatim) {
    return Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
        ? new String(Character.toChars(codePoint)) : verbatim;
  }
}
