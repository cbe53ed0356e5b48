package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The export's HTML read as a browser reads it: every HTML5 entity decoded, attributes never
 * leaking into the text, blocks and line breaks ending lines.
 */
class HtmlTextTest {
  @Test
  void everyHtml5EntityIsDecoded() {
    assertThat(HtmlText.plain("&Ecirc;tre &agrave; l&rsquo;&Icirc;le de 10&nbsp;&euro; &ndash; &oelig;uvre"))
        .isEqualTo("Être à l’Île de 10 € – œuvre");
    assertThat(HtmlText.plain("&NotEqualTilde; &fjlig; &#233;&#x20AC; &amp;lt;")).isEqualTo("≂̸ fj é€ &lt;");
  }

  @Test
  void anAttributeNeverLeaksIntoTheText() {
    assertThat(HtmlText.lines("<p title=\"a > b\">Maquetter</p><p class='x>y'>Réaliser</p>"))
        .containsExactly("Maquetter", "Réaliser");
  }

  @Test
  void blocksAndBreaksEndLinesAndSpacesAreFolded() {
    assertThat(HtmlText.lines("<ul><li>Installer  et \t configurer</li><li>Maquetter</li></ul>ligne 1<br>ligne 2"
            + "<div>bloc</div><h2>titre</h2>"))
        .containsExactly("Installer et configurer", "Maquetter", "ligne 1", "ligne 2", "bloc", "titre");
  }

  /** The export's plain fields end their lines with line breaks: a line break ends a line, as before. */
  @Test
  void plainTextIsReadAsWritten() {
    assertThat(HtmlText.lines("C1 - Régler une machine < 5 min\nC2 - Contrôler"))
        .containsExactly("C1 - Régler une machine < 5 min", "C2 - Contrôler");
  }

  /**
   * Text without a tag skips the HTML parser (its entities decoded alone): the lines are those the
   * parser gives, entities written whole, without their semicolon or unknown alike; as one line
   * (plain text without an entity is only collapsed), those lines joined by a space and collapsed.
   */
  @Test
  void textWithoutTagsSkipsTheParserAndReadsAsTheParserWould() {
    qt().withExamples(500).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, 30)).checkAssert(pieces -> {
          String text = pieces.stream().map(i -> PIECES[i]).collect(java.util.stream.Collectors.joining());
          java.util.List<String> parsed = HtmlText.split(HtmlText.parsedText(text));
          assertThat(HtmlText.spacedLines(text)).isEqualTo(parsed);
          assertThat(HtmlText.plain(text)).isEqualTo(HtmlText.collapse(String.join(" ", parsed)));
        });
  }

  /**
   * HTML nested as the export's rich fields nest it, from the tags read without the parser, with
   * text between (entities, white space, {@code >}; no NUL, which only the parser drops): read
   * without the parser, with the lines jsoup's parse gives. Generated as a walk: each step opens
   * an element the open one may hold (in a list, an item; in a paragraph, a heading or inline,
   * inline; elsewhere any), closes the last one opened, breaks a line or writes text; elements
   * left open at the end.
   */
  @Test
  void simpleHtmlIsReadAsTheParserReadsIt() {
    qt().withExamples(3_000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 99)).ofSizeBetween(0, 40))
        .checkAssert(steps -> {
          StringBuilder html = new StringBuilder();
          java.util.Deque<String> open = new java.util.ArrayDeque<>();
          for (int step : steps) {
            if (step < 30) {
              String in = open.isEmpty() ? "div" : open.peek();
              String[] may = in.equals("ul") || in.equals("ol") ? new String[] {"li"}
                  : java.util.Arrays.asList(INLINE).contains(in) || in.equals("p") || in.matches("h[1-6]") ? INLINE
                  : BLOCKS;
              String tag = may[step % may.length];
              open.push(tag);
              html.append('<').append(step % 3 == 0 ? tag.toUpperCase(java.util.Locale.ROOT) : tag)
                  .append(PLAIN_ATTRIBUTES[steps.size() % PLAIN_ATTRIBUTES.length]).append(step % 7 == 0 ? " >" : ">");
            } else if (step < 45) {
              if (!open.isEmpty()) {
                html.append("</").append(open.pop()).append(step % 5 == 0 ? "\n>" : ">");
              }
            } else if (step < 50) {
              html.append(step % 2 == 0 ? "<br>" : step % 3 == 0 ? "<BR />" : "<br class=\"x\"/>");
            } else {
              html.append(PIECES[step % (PIECES.length - 1)]); // the last, NUL, left out
            }
          }
          String text = HtmlText.simpleText(html.toString());
          assertThat(text).as("read without the parser: %s", html).isNotNull();
          assertThat(HtmlText.split(text)).as("%s", html)
              .isEqualTo(HtmlText.split(HtmlText.parsedText(html.toString())));
        });
  }

  /**
   * Any HTML: those tags nested in any order (a paragraph holding a list, an item in an item, a
   * heading in a heading), end tags that close another element than the last opened or nothing,
   * other tags, attributes, comments, lone {@code <}, NUL: read without the parser only where the
   * lines are jsoup's, the rest parsed. Generated as a walk as above, with any element opened
   * anywhere.
   */
  @Test
  void anyOtherHtmlIsParsedOrReadTheSame() {
    qt().withExamples(5_000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 99)).ofSizeBetween(0, 30))
        .checkAssert(steps -> {
          StringBuilder html = new StringBuilder();
          java.util.Deque<String> open = new java.util.ArrayDeque<>();
          for (int step : steps) {
            if (step < 30) {
              String tag = ANY[step % ANY.length];
              open.push(tag);
              html.append('<').append(tag).append(ATTRIBUTES[(step + steps.size()) % ATTRIBUTES.length]).append('>');
            } else if (step < 45) {
              html.append("</").append(step == 30 || open.isEmpty() ? ANY[steps.size() % ANY.length] : open.pop())
                  .append(step % 4 == 0 ? ATTRIBUTES[steps.size() % ATTRIBUTES.length] : "").append('>');
            } else if (step < 48) {
              html.append("<br>");
            } else if (step < 50) {
              html.append(OTHER[steps.size() % OTHER.length]);
            } else {
              html.append(PIECES[step % PIECES.length]);
            }
          }
          String text = html.toString();
          assertThat(HtmlText.spacedLines(text)).as("%s", text).isEqualTo(HtmlText.split(HtmlText.parsedText(text)));
        });
  }

  private static final String[] INLINE = {"b", "i", "u", "em", "strong", "span", "sub", "sup"};

  private static final String[] BLOCKS = {"p", "ul", "ol", "div", "h2", "h6", "b", "em", "span"};

  /** Attributes written plainly (and none), read without the parser. */
  private static final String[] PLAIN_ATTRIBUTES = {"", "", " class=\"x>y\"", " style='text-align: justify;'",
      " data-x=1", " title=\"a &amp; <b>\" lang = fr", " hidden", " A-B:c.d=v/"};

  /** Attributes of any kind: written plainly, and otherwise (no space between, no value, a slash). */
  private static final String[] ATTRIBUTES = {"", "", "", " class=\"x>y\"", " a=\"x\"b", " a=", " a/b", " a = 'v'",
      " a='>'/", " =x", " a=\"unclosed>", " a=`b`", " a=b'c", " \"a\"", " 1=2", " a\u00e9=b"};

  private static final String[] ANY = {"p", "li", "ul", "ol", "div", "h1", "h2", "h3", "b", "i", "em", "strong",
      "span", "sup", "li", "p"};

  private static final String[] OTHER = {"<p class=\"x>y\">", "<p/>", "<!-- c -->", "<table>", "</table>", "<tr>",
      "</tr>", "<td>", "< p>", "<pre>", "</pre>", "<textarea>", "<title>", "<a href=x>", "</a>", "<font>", "</font>",
      "<li/>", "</p/>", "<1>", "\u0000", "<", "</", "<p", "<pé>", "<h1\t/>", "<script>", "<plaintext>", "&", "</br>",
      "<BR />", "</LI >", "<P\n>"};

  /**
   * Collapsing is stripping and making each run of white space (any character Java calls white
   * space or a space) one space, whether the text needed it or not.
   */
  @Test
  void collapsingLeavesSingleSpacesBetweenWords() {
    qt().withExamples(1_000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, COLLAPSED.length - 1))
        .ofSizeBetween(0, 20)).checkAssert(pieces -> {
          String text = pieces.stream().map(i -> COLLAPSED[i]).collect(java.util.stream.Collectors.joining());
          StringBuilder words = new StringBuilder();
          for (String word : text.split("[\\s\\p{Zs}\\u001c-\\u001f\\u2028\\u2029]+")) {
            if (!word.isEmpty()) {
              words.append(words.length() > 0 ? " " : "").append(word);
            }
          }
          assertThat(HtmlText.collapse(text)).isEqualTo(words.toString());
        });
  }

  private static final String[] COLLAPSED = {"a", "Être", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\u0001",
      "\u007f", "é", "-", "\u001f", "\u0085"};

  private static final String[] PIECES = {"Réaliser", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "C1", ".",
      ":", "Être", "œuvre", "€", "\u2028", "x", "\"", "'", ">", "  - ", "* ", "&eacute;", "&Ecirc", "&amp;", "&",
      "&nbsp;", "&#233;", "&#x20AC;", "&#0;", "&notanentity;", "&lt;p&gt;", "&NotEqualTilde;", ";", "\u0085", "\u2007",
      "&apos;", "&quot;", "&gt;", "&amp", "&ampx;", "&lt", "&AMP;", "&nbsp", "&#x41;", "&#65;", "&#128;", "&#159;",
      "&#xD800;", "&#x110000;", "&#9999999;", "&#;", "&#x;", "&#x1F600;", "&#X7e;", "&#x7f;", "&sup2;", "&frac12;",
      "&there4;", "&Ecirc;", "&a1b;", "&#٣;", "\u000b", "\u0000"};
}
