package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.referential.Referential;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Law: any référentiel's blocks and competences, written as a flux 4.1 fiche in each style the
 * export uses (one competence per HTML list item, one line flattened to runs of spaces, bullets on
 * one line, codes on one line), import back as the same blocks with the same competences in the
 * same order: the fiche's codes when it writes codes, C1, C2… in order otherwise.
 */
class ExportStylesLawTest {
  private static final String[] VERBS = {"Réaliser", "Préparer", "Conduire", "Contrôler", "Établir", "Organiser",
      "Installer", "Maquetter", "Développer", "Évaluer", "Identifier", "Accueillir"};
  private static final String[] WORDS = {"le", "la", "les", "des", "une", "réglage", "machine", "à", "partir", "du",
      "dossier", "de", "fabrication", "interfaces", "utilisateur", "web", "mobile", "pièces", "qualité", "sécurité",
      "l'atelier", "d'usure", "en", "série", "(niveau", "2)", "et", "selon", "plan", "données", "SQL", "côté",
      "serveur", "2", "5", "ans", "au", "regard", "spécifications", "norme", "AFNOR"};

  /** The styles of the export, as a block's LISTE_COMPETENCES from its competences' texts. */
  enum Style {
    LIST_ITEMS, RUNS_OF_SPACES, BULLETS, CODES;

    String write(int block, List<String> texts, int spaces) {
      String run = " ".repeat(spaces);
      List<String> items = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        items.add(this == CODES ? "A" + block + "C" + (i + 1) + ". " + texts.get(i) : texts.get(i));
      }
      switch (this) {
        case LIST_ITEMS:
          return "&lt;ul&gt;" + items.stream().map(t -> "&lt;li&gt;" + t + "&lt;/li&gt;").collect(Collectors.joining())
              + "&lt;/ul&gt;";
        case BULLETS:
          return "* " + String.join(" * ", items);
        default:
          return String.join(run, items);
      }
    }
  }

  private static Gen<String> competence() {
    return SourceDSL.integers().between(0, VERBS.length - 1).zip(
        SourceDSL.lists().of(SourceDSL.integers().between(0, WORDS.length - 1)).ofSizeBetween(1, 9),
        (verb, words) -> VERBS[verb] + " " + words.stream().map(w -> WORDS[w]).collect(Collectors.joining(" ")));
  }

  private static Gen<List<List<String>>> blocks() {
    return SourceDSL.lists().of(SourceDSL.lists().of(competence()).ofSizeBetween(1, 7)).ofSizeBetween(1, 5);
  }

  @Test
  void everyStyleImportsBackTheSameBlocksAndCompetences() {
    qt().withExamples(300).forAll(blocks(), SourceDSL.arbitrary().enumValues(Style.class),
        SourceDSL.integers().between(2, 5)).checkAssert((blocks, style, spaces) -> {
          StringBuilder fiche = new StringBuilder("<NUMERO_FICHE>RNCP95000</NUMERO_FICHE><INTITULE>T</INTITULE>"
              + "<ACTIF>Oui</ACTIF><CERTIFICATEURS><CERTIFICATEUR><NOM_CERTIFICATEUR>X</NOM_CERTIFICATEUR>"
              + "</CERTIFICATEUR></CERTIFICATEURS><TYPE_ENREGISTREMENT>Enregistrement sur demande"
              + "</TYPE_ENREGISTREMENT><DATE_DECISION>01/02/2024</DATE_DECISION>"
              + "<DATE_FIN_ENREGISTREMENT>01/02/2027</DATE_FIN_ENREGISTREMENT><BLOCS_COMPETENCES>");
          List<String> expected = new ArrayList<>();
          int n = 0;
          for (int b = 0; b < blocks.size(); b++) {
            fiche.append("<BLOC_COMPETENCES><CODE>RNCP95000BC0").append(b + 1).append("</CODE><LIBELLE>Bloc</LIBELLE>")
                .append("<LISTE_COMPETENCES>").append(style.write(b + 1, blocks.get(b), spaces))
                .append("</LISTE_COMPETENCES></BLOC_COMPETENCES>");
            for (int c = 0; c < blocks.get(b).size(); c++) {
              String code = style == Style.CODES ? "A" + (b + 1) + "C" + (c + 1) : "C" + ++n;
              expected.add("RNCP95000BC0" + (b + 1) + " " + code + " = " + blocks.get(b).get(c));
            }
          }
          fiche.append("</BLOCS_COMPETENCES>");
          RncpFiche read;
          try {
            read = Exports.readText(Exports.export(fiche.toString())).get(0);
          } catch (RncpFormatException e) {
            throw new AssertionError(e.getMessage(), e);
          }
          ImportedFiche imported = RncpReferentials.of(read);
          assertThat(imported.problems()).isEmpty();
          Referential ref = imported.referential().orElseThrow();
          List<String> actual = new ArrayList<>();
          ref.getBlocks().forEach(block -> block.getCapacities().forEach(c -> actual.add(block.getCode() + " " + c
              + " = " + ref.getCapacity(c).orElseThrow().getLabel())));
          assertThat(actual).as(style.name()).containsExactlyElementsOf(expected);
        });
  }
}
