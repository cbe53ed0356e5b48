package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile or broken exports are refused with the line, the column and what was expected; none
 * reads a file, reaches the network or grows without bound.
 */
class HostileExportTest {
  private static void refused(String xml, String problem, int line) {
    assertThatThrownBy(() -> Exports.readText(xml))
        .isInstanceOfSatisfying(RncpFormatException.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.getProblem()).contains(problem);
          org.assertj.core.api.Assertions.assertThat(e.getLine()).isEqualTo(line);
          org.assertj.core.api.Assertions.assertThat(e.getColumn()).isPositive();
          org.assertj.core.api.Assertions.assertThat(e.getMessage()).startsWith("test.xml:" + line + ":");
        });
  }

  @Test
  void anExternalEntityIsRefused() {
    refused("<?xml version=\"1.0\"?>\n<!DOCTYPE FICHES [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<FICHES><VERSION_FLUX>4.1</VERSION_FLUX><FICHE><NUMERO_FICHE>&xxe;</NUMERO_FICHE></FICHE></FICHES>",
        "a DTD is refused", 2);
  }

  @Test
  void billionLaughsAreRefused() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE FICHES [\n<!ENTITY l0 \"ha\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    dtd.append("]>\n<FICHES><VERSION_FLUX>4.1</VERSION_FLUX><FICHE><INTITULE>&l9;</INTITULE></FICHE></FICHES>");
    assertThatThrownBy(() -> Exports.readText(dtd.toString()))
        .isInstanceOf(RncpFormatException.class).hasMessageContaining("DTD");
  }

  @Test
  void anExternalDtdIsNeitherFetchedNorAccepted() {
    refused("<?xml version=\"1.0\"?>\n<!DOCTYPE FICHES SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<FICHES/>",
        "a DTD is refused", 2);
  }

  @Test
  void nestingIsBounded() {
    String deep = "<a>".repeat(10_000);
    refused(Exports.export(Exports.MINIMAL + "\n<ACTIVITES_VISEES>" + deep), "nested more than 16 deep", 5);
  }

  @Test
  void aFicheTextIsBounded() {
    String huge = "x".repeat(HardenedXml.MAX_FICHE_CHARACTERS + 1);
    assertThatThrownBy(() -> Exports.readText(Exports.export(Exports.MINIMAL + "<ACTIVITES_VISEES>" + huge
        + "</ACTIVITES_VISEES>")))
        .isInstanceOf(RncpFormatException.class).hasMessageContaining("more than 4000000 characters of text");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another flux version | <FICHES><VERSION_FLUX>3.0</VERSION_FLUX></FICHES> | the export is of version "3.0" | 1
      no version | <FICHES><FICHE/></FICHES> | expected VERSION_FLUX first in FICHES, was the element FICHE | 1
      another root | <FICHE/> | expected the export's root element FICHES, was the element FICHE | 1
      not XML | {"formatVersion": 1} | not well-formed XML | 1
      cut short | <FICHES><VERSION_FLUX>4.1</VERSION_FLUX><FICHE><NUMERO_FICHE>RN | not well-formed XML | 1
      text between fiches | <FICHES><VERSION_FLUX>4.1</VERSION_FLUX>hello</FICHES> | expected an element, was text | 1
      another element | <FICHES><VERSION_FLUX>4.1</VERSION_FLUX><FOO/></FICHES> | expected FICHE or the end of FICHES, was the element FOO | 1
      content after | <FICHES><VERSION_FLUX>4.1</VERSION_FLUX></FICHES><FICHES/> | not well-formed XML | 1
      an undeclared entity | <FICHES><VERSION_FLUX>&v;</VERSION_FLUX></FICHES> | the entity &v; is refused | 1
      """)
  void aBrokenExportIsRefusedWithItsLocation(String what, String xml, String problem, int line) {
    refused(xml, problem, line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no number | <INTITULE>T</INTITULE><ACTIF>Oui</ACTIF> | missing NUMERO_FICHE in FICHE |
      a number of another repertory | <NUMERO_FICHE>RS5120</NUMERO_FICHE><INTITULE>T</INTITULE><ACTIF>Oui</ACTIF> | expected a fiche number such as RNCP19453, was "RS5120" |
      no title | <NUMERO_FICHE>RNCP1</NUMERO_FICHE><ACTIF>Oui</ACTIF> | missing INTITULE in FICHE of RNCP1 | RNCP1
      active neither yes nor no | <NUMERO_FICHE>RNCP1</NUMERO_FICHE><INTITULE>T</INTITULE><ACTIF>Peut-être</ACTIF> | expected Oui or Non in ACTIF of RNCP1, was "Peut-être" | RNCP1
      an element inside a text | <NUMERO_FICHE>RNCP1</NUMERO_FICHE><INTITULE>T<b>x</b></INTITULE><ACTIF>Oui</ACTIF> | expected text in INTITULE, was the element b | RNCP1
      """)
  void aFicheThatIsNotOneIsRefusedAloneAndTheExportReadOn(String what, String fiche, String problem, String number)
      throws Exception {
    refused(Exports.export(fiche), problem, 4);
    String export = Exports.export(Exports.MINIMAL, fiche, Exports.MINIMAL.replace("RNCP1", "RNCP3"));
    try (RncpExportReader reader = RncpExportReader.open(
        new java.io.ByteArrayInputStream(export.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test.xml")) {
      assertThat(reader.next()).map(RncpFiche::number).contains("RNCP1");
      assertThatThrownBy(reader::next).isInstanceOfSatisfying(RncpFormatException.class, e -> {
        assertThat(e.isFicheOnly()).isTrue();
        assertThat(e.getFicheNumber()).isEqualTo(java.util.Optional.ofNullable(number));
        assertThat(e.getLine()).isEqualTo(5);
      });
      assertThat(reader.next()).map(RncpFiche::number).contains("RNCP3");
      assertThat(reader.next()).isEmpty();
    }
  }

  @Test
  void findPassesOverAnotherFicheThatIsNotOneButNotTheOneAskedFor() throws Exception {
    String bad = "<NUMERO_FICHE>RNCP2</NUMERO_FICHE><ACTIF>Oui</ACTIF>";
    String export = Exports.export(bad, Exports.MINIMAL.replace("RNCP1", "RNCP3"));
    try (RncpExportReader reader = open(export)) {
      assertThat(reader.find("RNCP3")).map(RncpFiche::number).contains("RNCP3");
    }
    try (RncpExportReader reader = open(export)) {
      assertThatThrownBy(() -> reader.find("RNCP2")).isInstanceOf(RncpFormatException.class)
          .hasMessageContaining("missing INTITULE in FICHE of RNCP2");
    }
  }

  private static RncpExportReader open(String export) throws RncpFormatException {
    return RncpExportReader.open(
        new java.io.ByteArrayInputStream(export.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test.xml");
  }

  @Test
  void aFlawOfTheExportEndsTheReading() {
    assertThatThrownBy(() -> Exports.readText(Exports.export(Exports.MINIMAL + "<ACTIVITES_VISEES>"
        + "x".repeat(HardenedXml.MAX_FICHE_CHARACTERS + 1) + "</ACTIVITES_VISEES>")))
        .isInstanceOfSatisfying(RncpFormatException.class, e -> {
          assertThat(e.isFicheOnly()).isFalse();
          assertThat(e.getFicheNumber()).isEmpty();
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a route neither flat nor with ACTIF | <SI_JURY_VAE><COMPOSITION>x</COMPOSITION></SI_JURY_VAE> | SI_JURY_VAE (ligne 4) sans ACTIF : voie laissée de côté.
      an empty route | <SI_JURY_VAE/> | SI_JURY_VAE (ligne 4) est vide, ni Oui ni Non : voie laissée de côté.
      a route whose ACTIF is neither | <SI_JURY_CQ><ACTIF>oui</ACTIF></SI_JURY_CQ> | SI_JURY_CQ (ligne 4) : ACTIF « oui », ni Oui ni Non : voie laissée de côté.
      a block without code | <BLOCS_COMPETENCES><BLOC_COMPETENCES><LIBELLE>B</LIBELLE></BLOC_COMPETENCES></BLOCS_COMPETENCES> | BLOC_COMPETENCES (ligne 4) sans CODE : bloc laissé de côté.
      a block without label | <BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>RNCP1BC01</CODE></BLOC_COMPETENCES></BLOCS_COMPETENCES> | BLOC_COMPETENCES (ligne 4) sans LIBELLE : bloc laissé de côté.
      a certifier without a name | <CERTIFICATEURS><CERTIFICATEUR><SIRET_CERTIFICATEUR>1</SIRET_CERTIFICATEUR></CERTIFICATEUR></CERTIFICATEURS> | CERTIFICATEUR (ligne 4) sans NOM_CERTIFICATEUR : certificateur laissé de côté.
      a code without CODE | <CODES_NSF><NSF><LIBELLE>Mécanique</LIBELLE></NSF></CODES_NSF> | NSF (ligne 4) sans CODE : code laissé de côté.
      a territory neither yes nor no | <ACCESSIBLE_POLYNESIE_FRANCAISE>peut-être</ACCESSIBLE_POLYNESIE_FRANCAISE> | ACCESSIBLE_POLYNESIE_FRANCAISE (ligne 4) « peut-être », ni Oui ni Non : laissé de côté.
      """)
  void aFlawInOnePartOfAFicheLeavesThePartOutWithANote(String what, String part, String note) throws Exception {
    String good = "<SI_JURY_FI><ACTIF>Oui</ACTIF></SI_JURY_FI><BLOCS_COMPETENCES><BLOC_COMPETENCES>"
        + "<CODE>RNCP1BC09</CODE><LIBELLE>Bon</LIBELLE></BLOC_COMPETENCES></BLOCS_COMPETENCES>"
        + "<CERTIFICATEURS><CERTIFICATEUR><NOM_CERTIFICATEUR>C</NOM_CERTIFICATEUR></CERTIFICATEUR></CERTIFICATEURS>"
        + "<CODES_NSF><NSF><CODE>251</CODE></NSF></CODES_NSF>";
    RncpFiche fiche = Exports.readText(Exports.export(Exports.MINIMAL + good + part)).get(0);
    assertThat(fiche.notes()).containsExactly(note);
    // the sound parts are read, the flawed one is not
    assertThat(fiche.blocks()).extracting(RncpBlock::code).containsExactly("RNCP1BC09");
    assertThat(fiche.certifiers()).hasSize(1);
    assertThat(fiche.nsfDomains()).hasSize(1);
    assertThat(fiche.routes()).containsOnlyKeys(io.github.cqpm.model.referential.AccessRoute.INITIAL_TRAINING);
  }

  @Test
  void aDateThatIsNotOneIsLeftOutWithANoteAndTheFicheIsReadOn() throws Exception {
    RncpFiche fiche = Exports.readText(Exports.export(Exports.MINIMAL + "<DATE_EFFET>2020-01-31</DATE_EFFET>"
        + "<DATE_FIN_ENREGISTREMENT>31/02/2020</DATE_FIN_ENREGISTREMENT><DATE_DECISION>03/02/2020</DATE_DECISION>"))
        .get(0);
    assertThat(fiche.effectiveDate()).isEmpty();
    assertThat(fiche.endDate()).isEmpty();
    assertThat(fiche.decisionDate()).contains(java.time.LocalDate.of(2020, 2, 3));
    assertThat(fiche.notes()).containsExactly(
        "DATE_EFFET « 2020-01-31 » (ligne 4) n'est pas une date JJ/MM/AAAA : laissée de côté.",
        "DATE_FIN_ENREGISTREMENT « 31/02/2020 » (ligne 4) n'est pas un jour du calendrier : laissée de côté.");
  }
}
