package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The competences of a fiche's free text, as fiches write them. */
class CompetencesTest {
  private static Competence coded(String code, String text) {
    return new Competence(Optional.of(code), text);
  }

  @Test
  void theBlocksOf19453GiveTheCapacitiesOfTheBundledReferentialWordForWord() {
    Referential bundled = Referentials.rncp19453();
    RncpFiche fiche = Exports.read("rncp19453.xml").get(0);
    for (int b = 0; b < 3; b++) {
      List<Competence> competences = Competences.parse(fiche.blocks().get(b).competences());
      List<Competence> expected = bundled.getBlocks().get(b).getCapacities().stream()
          .map(c -> coded(c.toString(), bundled.getCapacity(c).orElseThrow().getLabel())).toList();
      assertThat(competences).as(fiche.blocks().get(b).code()).isEqualTo(expected);
    }
  }

  @Test
  void theAttestedCapacitiesOf19453GiveTheSummaryWording() {
    Referential bundled = Referentials.rncp19453();
    List<Competence> competences = Competences.parse(Exports.read("rncp19453.xml").get(0).capacities());
    assertThat(competences).isEqualTo(bundled.getCapacities().stream()
        .map(c -> coded(c.getCode().toString(), c.getSummaryLabel().orElse(c.getLabel()))).toList());
    assertThat(bundled.getCapacities()).extracting(Capacity::getCode).hasSize(competences.size());
  }

  @Test
  void numberedCompetencesKeepTheFichesCodes() {
    assertThat(Competences.parse("<ul><li>A1C1. Préparer</li><li>A1C2. Réaliser</li></ul>"))
        .containsExactly(coded("A1C1", "Préparer"), coded("A1C2", "Réaliser"));
    assertThat(Competences.parse("C1 - Préparer son poste\nC2 - Conduire une machine"))
        .containsExactly(coded("C1", "Préparer son poste"), coded("C2", "Conduire une machine"));
    assertThat(Competences.parse("<p>C1.2 : Planifier</p><p>C1.3) Suivre</p>"))
        .containsExactly(coded("C1.2", "Planifier"), coded("C1.3", "Suivre"));
  }

  @Test
  void severalCompetencesInOneParagraphAreCutAtCodesOfTheFirstsShape() {
    assertThat(Competences.parse("<p>C1.1 Planifier la semaine C1.2 Suivre C1x3 le plan</p>"))
        .containsExactly(coded("C1.1", "Planifier la semaine"), coded("C1.2", "Suivre C1x3 le plan"));
    assertThat(Competences.parse("A1C1 Préparer A1C2 Réaliser B2 toujours"))
        .containsExactly(coded("A1C1", "Préparer"), coded("A1C2", "Réaliser B2 toujours"));
  }

  @Test
  void aLineBreakInsideACompetenceContinuesIt() {
    assertThat(Competences.parse("<p>A2C1. Diagnostiquer une défaillance<br/>en s'appuyant sur la documentation</p>"))
        .containsExactly(coded("A2C1", "Diagnostiquer une défaillance en s'appuyant sur la documentation"));
  }

  @Test
  void unnumberedParagraphsAndBulletsAreOneCompetenceEachTheIntroductionLeftOut() {
    assertThat(Competences.parse("<p>Les compétences suivantes sont évaluées :</p><p>Planifier la production de"
        + " l&rsquo;atelier</p>\n<p>Affecter les ressources</p>\n- Contrôler la qualité &amp; la sécurité"))
        .containsExactly(new Competence(Optional.empty(), "Planifier la production de l’atelier"),
            new Competence(Optional.empty(), "Affecter les ressources"),
            new Competence(Optional.empty(), "Contrôler la qualité & la sécurité"));
  }

  @Test
  void aTextWithoutCompetencesHasNone() {
    assertThat(Competences.parse("")).isEmpty();
    assertThat(Competences.parse("<p> </p>")).isEmpty();
  }

  @Test
  void aFichesCompetencesAreItsBlocksOrWithoutBlocksItsAttestedOnes() {
    List<RncpFiche> fiches = Exports.read("other-fiches.xml");
    assertThat(fiches.get(0).competences()).extracting(c -> c.code().orElseThrow())
        .containsExactly("A1C1", "A1C2", "A2C1");
    assertThat(fiches.get(1).competences()).hasSize(3).allMatch(c -> c.code().isEmpty());
    assertThat(fiches.get(2).competences()).extracting(Competence::text)
        .containsExactly("Préparer son poste de travail", "Conduire une machine de production", "Contrôler les pièces produites");
    assertThat(Exports.read("rncp19453.xml").get(0).competences()).hasSize(8);
  }

  /**
   * The pattern of a code is tried only where a code can start: wherever it matches, the quick
   * test says a code could start there (so the quick test never hides a code). Over texts of codes
   * of every shape, capitals, digits, dots and words.
   */
  @Test
  void codesAreTriedWhereverTheyCanStart() {
    String[] pieces = {"A", "C", "Z", "AB", "1", "12", ".", ":", " ", "  ", "\n", "-", " – ", "Réaliser", "le", "É",
        "C.1.", "A5.C1.", "1.1.1", "C1 -", "A1C1.", "x", "9"};
    org.quicktheories.QuickTheory.qt().withExamples(2_000)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, pieces.length - 1)).ofSizeBetween(1, 12))
        .checkAssert(chosen -> {
          StringBuilder text = new StringBuilder();
          chosen.forEach(i -> text.append(pieces[i]));
          String t = text.toString();
          java.util.regex.Matcher m = Competences.CODE.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
          for (int at = 0; at < t.length(); at++) {
            if (m.region(at, t.length()).lookingAt()) {
              assertThat(Competences.couldStartCode(t, at)).as("%s at %d", t, at).isTrue();
            }
          }
        });
  }
}
