package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of the export's HTML fields, as lines: a paragraph, a list item, a line break, a
 * division, a table row or a heading ends a line; other tags are left out; every entity of HTML5
 * is decoded (the export escapes its HTML once more, so they survive XML's decoding). The HTML is
 * parsed by jsoup, as a browser would parse it, so that an attribute holding {@code >} or an
 * entity the library never listed reads as it should; the simple HTML most fields hold (a few
 * tags, their attributes written plainly, nested as written) is read without building a document,
 * with the same lines (see {@link #simpleText}). Words are kept as written; runs of white space
 * become one space.
 */
final class HtmlText {
  /** The elements that end a line and are read without the parser. */
  private static final Set<String> SIMPLE_BREAKS =
      Set.of("br", "p", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6");
  /**
   * The elements that end a line, before and after them: those above and the table row, left to
   * the parser (which drops a row outside a table).
   */
  private static final Set<String> BREAKS =
      Stream.concat(SIMPLE_BREAKS.stream(), Stream.of("tr")).collect(Collectors.toUnmodifiableSet());
  /** The elements read without the parser that do not end a line. */
  private static final Set<String> SIMPLE_INLINE = Set.of("b", "i", "u", "em", "strong", "span", "sub", "sup");
  /**
   * Each thread's HTML parser, kept from one text to the next (setting one up costs about as much
   * as parsing a field), and the body a fragment is parsed in, as a browser parses it.
   */
  private static final ThreadLocal<FragmentParser> PARSER = ThreadLocal.withInitial(FragmentParser::new);

  /** An HTML parser and the body element its fragments are parsed in. */
  private static final class FragmentParser {
    final Parser parser = Parser.htmlParser();
    final Element body = Document.createShell("").body();
  }

  private HtmlText() {}

  /** The non-blank lines of an HTML or plain text, each stripped, white space collapsed. */
  static List<String> lines(String html) {
    List<String> lines = spacedLines(html);
    lines.replaceAll(HtmlText::collapse);
    return lines;
  }

  /**
   * The non-blank lines of an HTML or plain text, each stripped, runs of white space inside kept
   * as they are (a run of two or more spaces separates the items of a list the export flattened);
   * a no-break space reads as a space.
   */
  static List<String> spacedLines(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('\0') < 0) {
      // no tag: the text is its own lines once its entities are decoded (most fields), as the
      // parser decodes them in text; no document to build (a NUL, which the parser drops, aside)
      return split(decode(html));
    }
    String simple = simpleText(html);
    return split(simple != null ? simple : parsedText(html));
  }

  /**
   * The text of HTML as jsoup's parse gives it, a line end at the start and end of each element
   * that ends a line.
   */
  static String parsedText(String html) {
    StringBuilder text = new StringBuilder(html.length());
    FragmentParser fragment = PARSER.get();
    NodeVisitor visitor = new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          text.append(((TextNode) node).getWholeText());
        } else if (isBreak(node)) {
          text.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (isBreak(node)) {
          text.append('\n');
        }
      }
    };
    for (Node node : fragment.parser.parseFragmentInput(html, fragment.body, "")) {
      NodeTraversor.traverse(visitor, node);
    }
    return text.toString();
  }

  /**
   * The text of simple HTML read without building a document, a line end for each tag of an
   * element that ends a line; {@code null} when the HTML is not simple, to be parsed instead.
   * Simple is what the export's rich fields hold: tags from a short list ({@link #SIMPLE_BREAKS},
   * {@link #SIMPLE_INLINE}), their attributes written plainly ({@link #attributesEnd}) and left out
   * (on an end tag too, where the parser leaves them out as well), each end tag closing the
   * element last opened (a {@code br} needs none; elements left open at the end are closed there),
   * no element a parser would close before its end tag ({@link #closesEarly}), no other {@code <}
   * in the text, no NUL.
   * A parser builds such HTML as written, so its text is the same, in the same order, its lines
   * ending at the same tags; the laws in {@code HtmlTextTest} check it against jsoup's parse over
   * nested and misnested HTML.
   */
  static String simpleText(String html) {
    StringBuilder text = new StringBuilder(html.length());
    List<String> open = new ArrayList<>();
    int length = html.length();
    int from = 0;
    for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
      if (!appendText(html, from, lt, text)) {
        return null;
      }
      int at = lt + 1;
      boolean end = at < length && html.charAt(at) == '/';
      if (end) {
        at++;
      }
      int nameStart = at;
      while (at < length && isAsciiLetterOrDigit(html.charAt(at))) {
        at++;
      }
      String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
      at = attributesEnd(html, at);
      if (at < 0) {
        return null; // an attribute the parser may read otherwise
      }
      boolean selfClosing = at < length && html.charAt(at) == '/';
      if (selfClosing) {
        at++;
      }
      if (at == length || html.charAt(at) != '>') {
        return null; // a comment, a lone <, a name cut short: for the parser
      }
      boolean breaks = SIMPLE_BREAKS.contains(name);
      if (!breaks && !SIMPLE_INLINE.contains(name)) {
        return null;
      }
      if (name.equals("br")) {
        if (end) {
          return null;
        }
      } else if (selfClosing || end && (open.isEmpty() || !open.remove(open.size() - 1).equals(name))) {
        return null;
      } else if (!end) {
        if (breaks && closesEarly(name, open)) {
          return null;
        }
        open.add(name);
      }
      if (breaks) {
        text.append('\n');
      }
      from = at + 1;
    }
    return appendText(html, from, length, text) ? text.toString() : null;
  }

  /**
   * Whether a parser would close an open element when this one starts, before its end tag (whose
   * end tag it would then drop, or read as a line break of its own): a paragraph when a block
   * starts inside it, a list item when another starts inside it (not inside a list of its own or
   * a heading), a heading when another starts right inside it.
   */
  private static boolean closesEarly(String name, List<String> open) {
    if (open.contains("p")) {
      return true;
    }
    if (name.equals("li")) {
      for (int i = open.size() - 1; i >= 0; i--) {
        String element = open.get(i);
        if (element.equals("li")) {
          return true;
        }
        if (element.equals("ul") || element.equals("ol") || isHeading(element)) {
          return false;
        }
      }
    }
    return isHeading(name) && !open.isEmpty() && isHeading(open.get(open.size() - 1));
  }

  private static boolean isHeading(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
  }

  /**
   * Where a tag's attributes and the white space after them end, from the end of its name;
   * -1 where an attribute is not written plainly: each is white space, a name of letters, digits
   * and {@code -_:.} starting with a letter, then optionally {@code =} and a value in double or
   * single quotes or without quotes (no white space, quote, {@code = < > `}), white space allowed
   * around {@code =}.
   */
  private static int attributesEnd(String html, int from) {
    int length = html.length();
    int at = from;
    while (true) {
      int spaces = at;
      while (at < length && isHtmlSpace(html.charAt(at))) {
        at++;
      }
      if (at == spaces || at == length || !isAsciiLetter(html.charAt(at))) {
        return at;
      }
      while (at < length && (isAsciiLetterOrDigit(html.charAt(at)) || "-_:.".indexOf(html.charAt(at)) >= 0)) {
        at++;
      }
      int beforeEquals = at;
      while (at < length && isHtmlSpace(html.charAt(at))) {
        at++;
      }
      if (at == length || html.charAt(at) != '=') {
        at = beforeEquals; // an attribute without a value
        continue;
      }
      at++;
      while (at < length && isHtmlSpace(html.charAt(at))) {
        at++;
      }
      if (at == length) {
        return -1;
      }
      char quote = html.charAt(at);
      if (quote == '"' || quote == '\'') {
        int close = html.indexOf(quote, at + 1);
        if (close < 0) {
          return -1;
        }
        at = close + 1;
      } else {
        int valueStart = at;
        while (at < length && !isHtmlSpace(html.charAt(at)) && "\"'=<>`".indexOf(html.charAt(at)) < 0) {
          at++;
        }
        if (at == valueStart) {
          return -1;
        }
      }
      if (at < length && !isHtmlSpace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
        return -1; // no white space before the next attribute
      }
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Appends a run of text between tags, its entities decoded; false if it holds a NUL. */
  private static boolean appendText(String html, int from, int to, StringBuilder text) {
    String run = html.substring(from, to);
    if (run.indexOf('\0') >= 0) {
      return false;
    }
    text.append(decode(run));
    return true;
  }

  /**
   * A text without tags with its character references decoded as the parser decodes them in text.
   * References written whole, as most fields write them ({@code &eacute;}, {@code &#233;}), are
   * decoded here from jsoup's table of HTML5's names (its {@code unescapeEntities} sets up a
   * reader with a buffer of its own for each call); a text with any other (a name without its
   * semicolon or not in the table, a number the parser would replace) is decoded by jsoup whole.
   */
  static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder decoded = new StringBuilder(text.length());
    int from = 0;
    while (amp >= 0) {
      int end = text.indexOf(';', amp);
      String value = end < 0 ? null : referenceValue(text.substring(amp + 1, end));
      if (value == null) {
        return Parser.unescapeEntities(text, false);
      }
      decoded.append(text, from, amp).append(value);
      from = end + 1;
      amp = text.indexOf('&', from);
    }
    return decoded.append(text, from, text.length()).toString();
  }

  /**
   * What a reference written whole stands for: a name of the table (letters, then digits), or a
   * number, decimal or {@code x} and hexadecimal, of a character the parser keeps as it is;
   * {@code null} for any other.
   */
  private static String referenceValue(String reference) {
    if (reference.startsWith("#")) {
      boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
      String digits = reference.substring(hex ? 2 : 1);
      int radix = hex ? 16 : 10;
      if (digits.isEmpty() || digits.length() > 6
          || !digits.chars().allMatch(c -> c < 0x80 && Character.digit(c, radix) >= 0)) {
        return null;
      }
      int code = Integer.parseInt(digits, radix);
      // the parser replaces 0, the C1 controls (read as Windows-1252) and surrogates
      boolean kept = code >= 0x20 && code < 0x7f || code >= 0xa0 && code < 0xd800
          || code >= 0xe000 && code <= Character.MAX_CODE_POINT;
      return kept ? Character.toString(code) : null;
    }
    int i = 0;
    while (i < reference.length() && isAsciiLetter(reference.charAt(i))) {
      i++;
    }
    while (i < reference.length() && reference.charAt(i) >= '0' && reference.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && i == reference.length() && Entities.isNamedEntity(reference) ? Entities.getByName(reference) : null;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** HTML's white space between a tag's name and its end. */
  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** The non-blank lines of a plain text, each stripped, a no-break space read as a space. */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? text.charAt(i) : '\n';
      if (c > '\r' && c < '\u0085') {
        continue; // most characters: none of the line ends below
      }
      if (c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        String stripped = text.substring(start, i).replace('\u00a0', ' ').strip();
        if (!stripped.isEmpty()) {
          lines.add(stripped);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /** The text stripped, each run of white space (a no-break space included) one space. */
  static String collapse(String text) {
    if (isCollapsed(text)) {
      return text; // most lines: nothing to do
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@link #collapse} leaves the text as it is: no white space but single spaces between
   * other characters.
   */
  private static boolean isCollapsed(String text) {
    int last = text.length() - 1;
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f) {
        continue; // printable ASCII: never white space
      }
      if (c == ' ' ? i == 0 || i == last || text.charAt(i - 1) == ' ' : isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isBreak(Node node) {
    return node instanceof Element && BREAKS.contains(((Element) node).normalName());
  }

  /** The text with its lines joined by one space, white space collapsed. */
  static String plain(String html) {
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<' || c == '&' || c == '\0' || c == '\u0085') {
        return collapse(String.join(" ", spacedLines(html)));
      }
    }
    // no tag, entity or NUL, and every line end white space (the next line, U+0085, is not): the
    // lines joined by a space and collapsed are the text collapsed
    return collapse(html);
  }
}
