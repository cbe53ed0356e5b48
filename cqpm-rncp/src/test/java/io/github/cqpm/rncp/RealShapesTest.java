package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The test export {@code examples/rncp/real-shapes.xml}: one fiche per way real fiches write their
 * registration and competences, each with the référentiel it must give.
 */
class RealShapesTest {
  private static final List<RncpFiche> FICHES = Exports.read("real-shapes.xml");

  private static Referential imported(int index) {
    ImportedFiche fiche = RncpReferentials.of(FICHES.get(index));
    assertThat(fiche.problems()).as(fiche.number()).isEmpty();
    return fiche.referential().orElseThrow();
  }

  /** Block code → its capacities as "code = label". */
  private static Map<String, List<String>> blocks(Referential ref) {
    return ref.getBlocks().stream().collect(Collectors.toMap(b -> b.getCode().toString(),
        (Block b) -> b.getCapacities().stream().map(c -> c + " = " + ref.getCapacity(c).orElseThrow().getLabel())
            .toList(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  @Test
  void aFicheOnRequestWithALeadInBeforeDottedCodes() {
    Referential ref = imported(0);
    assertThat(ref.getRegistration()).isEqualTo(Registration.builder().kind(Registration.Kind.ON_REQUEST)
        .decisionDay(LocalDate.of(2023, 3, 30)).duration("3").endDay(LocalDate.of(2026, 3, 30)).build());
    assertThat(ref.getRegistration().getFirstDay()).contains(LocalDate.of(2023, 3, 30));
    assertThat(blocks(ref)).containsExactly(
        Map.entry("RNCP91001BC01", List.of("A5.C1 = Réaliser le réglage de la machine à partir du dossier de fabrication",
            "A5.C2 = Valider la première pièce au regard des spécifications du plan")),
        Map.entry("RNCP91001BC02", List.of("A6.C1 = Conduire la production en série",
            "A6.C2 = Contrôler les pièces produites")));
    assertThat(ref.getJuryRules()).isPresent();
    assertThat(ref.getNotes()).contains(
        "Bloc RNCP91001BC01, préambule de la fiche : « Les compétences du bloc sont évaluées en situation de travail : »");
  }

  @Test
  void aFicheByRightWithItsListFlattenedToRunsOfSpacesAndBullets() {
    Referential ref = imported(1);
    assertThat(ref.getRegistration()).isEqualTo(Registration.builder().kind(Registration.Kind.BY_RIGHT)
        .publicationDay(LocalDate.of(2023, 7, 28)).effectiveDay(LocalDate.of(2023, 9, 1))
        .endDay(LocalDate.of(2027, 8, 31)).build());
    assertThat(blocks(ref)).containsExactly(
        Map.entry("RNCP91002BC01", List.of(
            "C1 = Installer et configurer son environnement de travail en fonction du projet web ou web mobile",
            "C2 = Maquetter des interfaces utilisateur web ou web mobile",
            "C3 = Réaliser des interfaces utilisateur statiques web ou web mobile",
            // a run of spaces inside a wrapped sentence: the part in lower case continues it
            "C4 = Développer la partie dynamique des interfaces utilisateur web ou web mobile en respectant les bonnes"
                + " pratiques de sécurité")),
        Map.entry("RNCP91002BC02", List.of("C5 = Mettre en place une base de données relationnelle",
            "C6 = Développer des composants d'accès aux données SQL et NoSQL",
            "C7 = Développer des composants métier côté serveur")));
    assertThat(ref.getNotes()).contains(
        "Bloc RNCP91002BC01 : compétences sur une ligne, séparées par des suites d'espaces (l'export a retiré la mise"
            + " en forme) ; 4 lues.",
        "Bloc RNCP91002BC02 : compétences en puces sur une ligne ; 3 lues.",
        "Compétences que la fiche ne numérote pas : numérotées dans l'ordre de la fiche (C1 à C7).");
  }

  @Test
  void lettersDotNumberCodesAndARepeatedCode() {
    Referential ref = imported(2);
    assertThat(blocks(ref)).containsExactly(
        Map.entry("RNCP91003BC01", List.of("C1 = Préparer les échantillons", "C2 = Conduire une analyse",
            "C2-2 = Interpréter les résultats")),
        Map.entry("RNCP91003BC02", List.of("C3 = Rédiger le rapport d'analyse", "C4 = Présenter les résultats")));
    assertThat(ref.getNotes()).contains("Codes de la fiche écrits en codes de capacité : C.1 → C1, C.2 → C2, C.2 → C2.",
        "Codes donnés plusieurs fois par la fiche, renumérotés : C2 → C2-2.");
    assertThat(ref.getRegistration().getDuration()).contains("4");
  }

  @Test
  void anOutlineGivesItsLeavesUnderTheirHeadings() {
    Referential ref = imported(3);
    assertThat(blocks(ref)).containsExactly(Map.entry("RNCP91004BC01", List.of(
        "C1.1.1 = Établir le plan de charge", "C1.1.2 = Ordonnancer les ordres de fabrication",
        "C1.2.1 = Mesurer la performance de l'atelier")));
    assertThat(ref.getNotes()).contains("Bloc RNCP91004BC01 : compétences écrites en plan numéroté ; les feuilles sont"
        + " les compétences, sous les titres « 1.1 Planifier », « 1.2 Suivre ».");
    List<Competence> read = Competences.read(FICHES.get(3).blocks().get(0).competences()).competences();
    assertThat(read).extracting(c -> c.heading().orElseThrow()).containsExactly("1.1 Planifier", "1.1 Planifier",
        "1.2 Suivre");
  }

  @Test
  void bulletedLinesAWrappedLineAnEmptyBlockAndAPlainSentence() {
    Referential ref = imported(4);
    assertThat(blocks(ref)).containsExactly(
        Map.entry("RNCP91005BC01", List.of("C1 = Lubrifier les organes mobiles",
            "C2 = Remplacer les pièces d'usure selon le plan de maintenance")),
        Map.entry("RNCP91005BC03", List.of(
            "C3 = Diagnostiquer une panne électrique simple sur un équipement de production")));
    assertThat(ref.getNotes()).contains(
        "Bloc RNCP91005BC01, préambule de la fiche : « Le candidat est capable de : »",
        "Bloc RNCP91005BC02 laissé de côté : il ne liste aucune compétence (LISTE_COMPETENCES).",
        "Bloc RNCP91005BC03 : une seule phrase, lue comme une compétence.");
  }

  @Test
  void entitiesAndAnAttributeHoldingAGreaterThanSignAreDecoded() {
    Referential ref = imported(5);
    assertThat(ref.getTitle()).isEqualTo("Être guide en Île-de-France");
    assertThat(blocks(ref)).containsExactly(Map.entry("RNCP91006BC01", List.of(
        "C1.1 = Établir un devis de 100 €", "C1.2 = Accueillir le groupe")));
  }

  @Test
  void anInactiveFicheWithoutEndImportsAndSaysSo() {
    Referential ref = imported(6);
    assertThat(FICHES.get(6).active()).isFalse();
    assertThat(ref.getRegistration().getEndDay()).isEmpty();
    assertThat(ref.getRegistration().getFirstDay()).contains(LocalDate.of(2009, 3, 12));
    assertThat(blocks(ref)).containsExactly(Map.entry("RNCP91007BC01", List.of("C1 = Faire", "C2 = Défaire")));
    assertThat(ref.getNotes()).contains("La fiche ne donne pas de fin d'enregistrement (DATE_FIN_ENREGISTREMENT) :"
        + " aucune n'est supposée, et les décisions le disent (REGISTRATION_END_UNKNOWN).");
  }

  @Test
  void aFicheWithoutBlocksIsTheOnlyOneRefused() {
    assertThat(FICHES).hasSize(9);
    assertThat(FICHES.stream().map(RncpReferentials::of).filter(f -> f.referential().isEmpty()))
        .extracting(ImportedFiche::number).containsExactly("RNCP91008");
  }

  @Test
  void theOlderFlatShapeOfTheRoutesIsRead() {
    Referential ref = imported(8);
    assertThat(ref.getAccessCondition(AccessRoute.PROFESSIONALISATION_CONTRACT).orElseThrow().getJuryComposition())
        .contains("Jury paritaire de délibération.");
    assertThat(ref.getAccessCondition(AccessRoute.INITIAL_TRAINING).orElseThrow().isOpen()).isFalse();
    assertThat(ref.getAccessCondition(AccessRoute.VAE)).isEmpty();
  }
}
