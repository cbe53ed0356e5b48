package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * entity the library never listed reads as it should. Words are kept as written; runs of white
 * space become one space.
 */
final class HtmlText {
  /** The elements that end a line, before and after them. */
  private static final Set<String> BREAKS =
      Set.of("br", "p", "li", "ul", "ol", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6");
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
    if (html.indexOf('<') < 0) {
      // no tag: the text is its own lines once its entities are decoded (most fields), as the
      // parser decodes them in text; no document to build
      return split(html.indexOf('&') < 0 ? html : Parser.unescapeEntities(html, false));
    }
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
    return split(text.toString());
  }

  /** The non-blank lines of a plain text, each stripped, a no-break space read as a space. */
  private static List<String> split(String text) {
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

  /** The text with its lines joined by one space. */
  static String plain(String html) {
    return String.join(" ", lines(html));
  }
}
