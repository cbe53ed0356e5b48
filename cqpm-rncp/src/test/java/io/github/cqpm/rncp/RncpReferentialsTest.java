package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.Referentials;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fiche of the sample exports gives the référentiel expected of it, or says why it cannot. */
class RncpReferentialsTest {
  private static final Referential BUNDLED = Referentials.rncp19453();

  private static Referential imported(String export, int index) {
    ImportedFiche fiche = RncpReferentials.of(Exports.read(export).get(index));
    assertThat(fiche.problems()).isEmpty();
    return fiche.referential().orElseThrow();
  }

  /**
   * Fiche 19453 written as an export from its text gives the bundled référentiel: the same blocks,
   * capacities, texts, routes, territories and dates. Three facts of the fiche are not in the
   * export (the place of certification, the holders per year, the signatory's quality), and the
   * import says in its notes that the CQPM regime supplied the jury rules, paths and validity;
   * with those four put back, the two are equal.
   */
  @Test
  void fiche19453GivesTheBundledReferential() {
    Referential imported = imported("rncp19453.xml", 0);
    assertThat(imported.getCertificationPlace()).isEmpty();
    assertThat(imported.getHoldersPerYear()).isEmpty();
    assertThat(imported.getCertifier().getSignatoryQuality()).isEmpty();
    assertThat(imported.getNotes()).hasSize(4);
    assertThat(imported.getNotes().get(0)).startsWith("Régime des CQPM");
    assertThat(imported.getNotes().subList(1, 4)).allMatch(n -> n.matches("Bloc RNCP19453BC0[123], préambule de la fiche :"
        + " « Descriptif : Ce bloc de compétences reprend les capacités professionnelles suivantes : »"));
    Referential completed = Referential.builder().from(imported)
        .certificationPlace(BUNDLED.getCertificationPlace())
        .holdersPerYear(BUNDLED.getHoldersPerYear())
        .certifier(BUNDLED.getCertifier())
        .notes(List.of())
        // the export states the last Journal officiel's day, the fiche's text does not
        .registration(Registration.builder().from(imported.getRegistration()).lastJournalDay(Optional.empty()).build())
        .build();
    assertThat(imported.getRegistration().getLastJournalDay()).contains(java.time.LocalDate.of(2014, 8, 9));
    assertThat(completed.getBlocks()).isEqualTo(BUNDLED.getBlocks());
    assertThat(completed.getCapacities()).isEqualTo(BUNDLED.getCapacities());
    assertThat(completed.getAccessConditions()).isEqualTo(BUNDLED.getAccessConditions());
    assertThat(completed.getRegistration()).isEqualTo(BUNDLED.getRegistration());
    assertThat(completed).isEqualTo(BUNDLED);
  }

  @Test
  void aCqpmNumberedByActivityKeepsItsCodesAndGetsTheCqpmRegime() {
    Referential cqpm = imported("other-fiches.xml", 0);
    assertThat(cqpm.getNumber()).isEqualTo(34762);
    assertThat(cqpm.getCapacities()).extracting(Capacity::getCode)
        .containsExactly(CapacityCode.parse("A1C1"), CapacityCode.parse("A1C2"), CapacityCode.parse("A2C1"));
    assertThat(cqpm.getCapacity(CapacityCode.parse("A2C1")).orElseThrow().getLabel())
        .isEqualTo("Diagnostiquer une défaillance en s'appuyant sur la documentation technique");
    assertThat(cqpm.getCapacity(CapacityCode.parse("A2C1")).orElseThrow().getSummaryLabel())
        .contains("Diagnostiquer une défaillance");
    assertThat(cqpm.getBlockOf(CapacityCode.parse("A1C2")).orElseThrow().getCode())
        .isEqualTo(BlockCode.of(34762, 1));
    assertThat(cqpm.getJuryRules()).isEqualTo(BUNDLED.getJuryRules());
    assertThat(cqpm.getComponentValidity()).contains(Period.ofYears(5));
    assertThat(cqpm.isAccessibleInFrenchPolynesia()).isTrue();
    assertThat(cqpm.getAccessCondition(AccessRoute.APPRENTICESHIP).orElseThrow().isOpen()).isTrue();
    assertThat(cqpm.getBlocks().get(0).getEvaluation().getModalities()).isEmpty();
    assertThat(cqpm.getBlocks().get(0).getEvaluation().getStatement())
        .contains("Mise en situation professionnelle réelle ou reconstituée.");
  }

  @Test
  void anotherCertifiersFicheHasNoJuryRulesNoValidityAndNumberedCompetences() {
    Referential other = imported("other-fiches.xml", 1);
    assertThat(other.getRegistration().getLastJournalDay()).contains(java.time.LocalDate.of(2022, 2, 15));
    assertThat(other.getRegistration().getPublicationDay()).isEmpty();
    assertThat(other.getJuryRules()).isEmpty();
    assertThat(other.getComponentValidity()).isEmpty();
    assertThat(other.getPaths()).isEmpty();
    assertThat(other.getCapacities()).extracting(c -> c.getCode().toString()).containsExactly("C1", "C2", "C3");
    assertThat(other.getCapacities()).extracting(Capacity::getLabel).containsExactly(
        "Planifier la production de l’atelier en fonction des commandes",
        "Affecter les ressources humaines et matérielles",
        "Contrôler la qualité & la sécurité des opérations");
    assertThat(other.getBlocks().get(0).getTitle()).isEqualTo("Piloter l'activité de l'atelier");
    assertThat(other.getNotes()).anyMatch(n -> n.startsWith("Certificateur hors CQPM"))
        .anyMatch(n -> n.startsWith("Compétences que la fiche ne numérote pas : numérotées dans l'ordre de la fiche"
            + " (C1 à C3)"))
        .anyMatch(n -> n.contains("Nouvelle-Calédonie"));
  }

  @Test
  void aFicheWithoutBlocksCannotBeAReferential() {
    ImportedFiche old = RncpReferentials.of(Exports.read("other-fiches.xml").get(2));
    assertThat(old.referential()).isEmpty();
    assertThat(old.problems()).contains("no blocks of competences (BLOCS_COMPETENCES): the rules decide block by block");
  }

  /** A fiche RNCP5 with these fields and one block, C1 Faire. */
  private static RncpFiche withOneBlock(String fields) throws RncpFormatException {
    return Exports.readText(Exports.export("<NUMERO_FICHE>RNCP5</NUMERO_FICHE><INTITULE>T</INTITULE><ACTIF>Oui</ACTIF>"
        + fields + "<BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>RNCP5BC01</CODE><LIBELLE>B</LIBELLE>"
        + "<LISTE_COMPETENCES>C1 Faire</LISTE_COMPETENCES></BLOC_COMPETENCES></BLOCS_COMPETENCES>")).get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no registration date | <CERTIFICATEURS><CERTIFICATEUR><NOM_CERTIFICATEUR>X</NOM_CERTIFICATEUR></CERTIFICATEUR></CERTIFICATEURS><DATE_DERNIER_JO>01/01/2020</DATE_DERNIER_JO> | no registration window: the fiche states neither DATE_EFFET, DATE_DECISION nor DATE_FIN_ENREGISTREMENT
      an end before the start | <DATE_EFFET>01/01/2020</DATE_EFFET><DATE_FIN_ENREGISTREMENT>01/01/2019</DATE_FIN_ENREGISTREMENT> | no registration window: endDay must not be before the first day 2020-01-01, was 2019-01-01
      """)
  void aFicheWithNothingThatCanBeARegistrationWindowIsRefused(String what, String fields, String problem)
      throws Exception {
    assertThat(RncpReferentials.of(withOneBlock(fields)).problems()).containsExactly(problem);
  }

  @Test
  void aFicheWhoseBlocksAllListNoCompetenceIsRefused() throws Exception {
    RncpFiche fiche = Exports.readText(Exports.export("<NUMERO_FICHE>RNCP5</NUMERO_FICHE><INTITULE>T</INTITULE>"
        + "<ACTIF>Oui</ACTIF><DATE_DECISION>01/01/2020</DATE_DECISION><BLOCS_COMPETENCES><BLOC_COMPETENCES>"
        + "<CODE>RNCP5BC01</CODE><LIBELLE>B</LIBELLE><LISTE_COMPETENCES> </LISTE_COMPETENCES></BLOC_COMPETENCES>"
        + "</BLOCS_COMPETENCES>")).get(0);
    assertThat(RncpReferentials.of(fiche).problems()).containsExactly(
        "no block of competences could be read: 1 in BLOCS_COMPETENCES, each left out (see the notes)",
        "Bloc RNCP5BC01 laissé de côté : il ne liste aucune compétence (LISTE_COMPETENCES).");
  }

  @Test
  void competencesNumberedInPartOnlyAreNumberedAfterTheFichesCodes() throws Exception {
    RncpFiche fiche = Exports.readText(Exports.export("<NUMERO_FICHE>RNCP5</NUMERO_FICHE><INTITULE>T</INTITULE>"
        + "<ACTIF>Oui</ACTIF><DATE_DECISION>01/01/2020</DATE_DECISION><BLOCS_COMPETENCES><BLOC_COMPETENCES>"
        + "<CODE>RNCP5BC01</CODE><LIBELLE>B</LIBELLE><LISTE_COMPETENCES>C1 Faire</LISTE_COMPETENCES></BLOC_COMPETENCES>"
        + "<BLOC_COMPETENCES><CODE>RNCP5BC02</CODE><LIBELLE>B2</LIBELLE><LISTE_COMPETENCES>Défaire</LISTE_COMPETENCES>"
        + "</BLOC_COMPETENCES></BLOCS_COMPETENCES>")).get(0);
    Referential imported = RncpReferentials.of(fiche).referential().orElseThrow();
    assertThat(imported.getCapacities()).extracting(c -> c.getCode().toString()).containsExactly("C1", "C2");
    assertThat(imported.getNotes()).contains("Compétences que la fiche ne numérote pas : numérotées dans l'ordre de la"
        + " fiche (C2).");
  }
}
