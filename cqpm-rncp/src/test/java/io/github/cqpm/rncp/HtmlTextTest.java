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
   * parser gives, entities written whole, without their semicolon or unknown alike.
   */
  @Test
  void textWithoutTagsSkipsTheParserAndReadsAsTheParserWould() {
    qt().withExamples(500).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, 30)).checkAssert(pieces -> {
          String text = pieces.stream().map(i -> PIECES[i]).collect(java.util.stream.Collectors.joining());
          assertThat(HtmlText.spacedLines(text)).isEqualTo(HtmlText.spacedLines(text + "<i></i>"));
          assertThat(HtmlText.lines(text)).isEqualTo(HtmlText.lines("<span>" + text + "</span>"));
        });
  }

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
      "&nbsp;", "&#233;", "&#x20AC;", "&#0;", "&notanentity;", "&lt;p&gt;", "&NotEqualTilde;", ";"};
}
