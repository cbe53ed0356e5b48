package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The CQPM's certifiers told apart by name, names and texts compared folded. */
class CqpmRegimeTest {
  @Test
  void theCpneAndTheUimmAreTheCqpmsCertifiersHoweverWritten() {
    assertThat(CqpmRegime.isCqpmCertifier("UIMM")).isTrue();
    assertThat(CqpmRegime.isCqpmCertifier("Union des Industries et Métiers de la Métallurgie")).isTrue();
    assertThat(CqpmRegime.isCqpmCertifier("UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE")).isTrue();
    assertThat(CqpmRegime.isCqpmCertifier("CPNE de la  métallurgie")).isTrue();
    assertThat(CqpmRegime.isCqpmCertifier(
        "Commission paritaire nationale de l'emploi de la me\u0301tallurgie")).isTrue(); // é decomposed
    assertThat(CqpmRegime.isCqpmCertifier("Commission paritaire nationale de l’emploi et de la formation"
        + " professionnelle de la métallurgie")).isTrue();
  }

  @Test
  void otherCertifiersAreNot() {
    assertThat(CqpmRegime.isCqpmCertifier("Ministère du Travail")).isFalse();
    assertThat(CqpmRegime.isCqpmCertifier("Fédération de la métallurgie du Nord")).isFalse();
    assertThat(CqpmRegime.isCqpmCertifier("Guimmard SA")).isFalse(); // uimm inside a word
    assertThat(CqpmRegime.isCqpmCertifier("")).isFalse();
  }

  /** Folding is decomposing, leaving out every combining mark, lower case, white space collapsed. */
  @Test
  void foldingIsItsDefinition() {
    qt().withExamples(1_000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, 20)).checkAssert(pieces -> {
          String text = pieces.stream().map(i -> PIECES[i]).collect(Collectors.joining());
          String marksOut = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
          assertThat(CqpmRegime.fold(text)).isEqualTo(HtmlText.collapse(marksOut.toLowerCase(Locale.ROOT)));
        });
  }

  /** Every Latin-1 character past ASCII. */
  private static final String LATIN_1 = java.util.stream.IntStream.range(0x80, 0x100)
      .mapToObj(Character::toString).collect(Collectors.joining());

  private static final String[] PIECES = {"Métallurgie", "UIMM", " ", "  ", "\t", "e\u0301", "\u0301", "Œuvre", "ﬁ",
      "Ångström", "\u20dd", "\u0903", "\ud834\udd65", "İ", "ß", "x", "\u00a0", "Île-de-France", "’", "ÿ", "µ",
      "ª", "\u0085", LATIN_1};
}
