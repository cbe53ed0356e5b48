package io.github.cqpm.model.referential;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks every fact of the bundled référentiel against the fiche's own text (a copy of
 * shared/seed/rncp-19453-fiche.md kept in the test resources): each verbatim text must stand in
 * the fiche, and each number and date must be the one the fiche writes.
 */
class Rncp19453FicheTest {
  private static String fiche;
  private static final Referential REF = Referentials.rncp19453();

  @BeforeAll
  static void readFiche() throws IOException {
    try (InputStream in = Rncp19453FicheTest.class.getResourceAsStream("/rncp-19453-fiche.md")) {
      fiche = normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Drops HTML tags, Markdown emphasis and list dashes; folds white space. */
  private static String normalise(String text) {
    return text.replaceAll("<[^>]+>", " ")
        .replace("**", "")
        .replaceAll("\\s+-\\s+", " ")
        .replaceAll("\\s+", " ");
  }

  /** The text stands in the fiche as whole words: not a truncated word at either end. */
  private static void assertVerbatim(String text) {
    String wanted = normalise(text);
    assertThat(fiche).as("the fiche's text").contains(wanted);
    Pattern wholeWords =
        Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(wanted) + "(?![\\p{L}\\p{N}])");
    assertThat(wholeWords.matcher(fiche).find()).as("\"%s\" as whole words in the fiche", wanted).isTrue();
  }

  @Test
  void numberTitleAndCertifier() {
    assertThat(REF.getNumber()).isEqualTo(19453);
    assertThat(fiche).contains("Code RNCP : 19453");
    assertVerbatim(REF.getTitle());
    assertThat(fiche).contains("Intitulé CQP : " + REF.getTitle());
    assertVerbatim(REF.getCertifier().getName() + "\tPrésident");
    assertThat(REF.getCertifier().getSignatoryQuality()).contains("Président");
  }

  @Test
  void nsfDomain() {
    assertThat(REF.getNsfDomains()).extracting(NsfDomain::getCode).containsExactly("201");
    assertVerbatim("201 " + REF.getNsfDomains().get(0).getLabel());
  }

  @Test
  void jobSummaryActivitiesSectorsAndJobs() {
    assertVerbatim(REF.getJobSummary());
    assertThat(REF.getActivities()).extracting(Activity::getCode)
        .containsExactly(ActivityCode.of(1), ActivityCode.of(2), ActivityCode.of(3), ActivityCode.of(4));
    REF.getActivities().forEach(a -> assertVerbatim(a.getCode() + ". " + a.getLabel()));
    assertVerbatim(REF.getSectors());
    assertThat(REF.getJobTitles()).hasSize(5);
    REF.getJobTitles().forEach(AssertVerbatim::of);
  }

  @Test
  void fiveRomeJobs() {
    assertThat(REF.getRomeJobs()).extracting(RomeJob::getCode)
        .containsExactly("H2903", "H2904", "H2905", "H2906", "H2907");
    REF.getRomeJobs().forEach(j -> assertVerbatim(j.getCode() + " : " + j.getLabel()));
  }

  @Test
  void eightCapacitiesWithBothWordingsWhereTheFicheHasTwo() {
    assertThat(REF.getCapacities()).extracting(Capacity::getCode)
        .containsExactly(
            CapacityCode.of(1), CapacityCode.of(2), CapacityCode.of(3), CapacityCode.of(4),
            CapacityCode.of(5), CapacityCode.of(6), CapacityCode.of(7), CapacityCode.of(8));
    for (Capacity c : REF.getCapacities()) {
      assertVerbatim(c.getCode() + " " + c.getLabel());
      assertVerbatim(c.getCode() + " " + c.getSummaryLabel().orElse(c.getLabel()));
    }
    assertThat(REF.getCapacities())
        .filteredOn(c -> c.getSummaryLabel().isPresent())
        .extracting(Capacity::getCode)
        .containsExactly(CapacityCode.of(1), CapacityCode.of(2));
  }

  @Test
  void threeBlocksWithTheirCapacities() {
    assertThat(REF.getBlocks()).extracting(Block::getCode)
        .containsExactly(BlockCode.of(19453, 1), BlockCode.of(19453, 2), BlockCode.of(19453, 3));
    Map<Integer, List<String>> capacities =
        REF.getBlocks().stream()
            .collect(Collectors.toMap(Block::getNumber, b -> b.getCapacities().stream().map(Object::toString).collect(Collectors.toList())));
    assertThat(capacities).containsExactly(
        Map.entry(1, List.of("C1", "C2", "C3")), Map.entry(2, List.of("C4", "C5")), Map.entry(3, List.of("C6", "C7", "C8")));
    for (Block b : REF.getBlocks()) {
      assertVerbatim("Bloc de compétence n°" + b.getNumber() + " de la fiche n° 19453 - " + b.getTitle());
    }
    assertThat(REF.getBlockOf(CapacityCode.of(5))).map(Block::getNumber).contains(2);
    assertThat(REF.getBlockOf(CapacityCode.of(9))).isEmpty();
  }

  @Test
  void evaluationModalitiesOneOfThreeAndTheCompanysOpinion() {
    for (Block b : REF.getBlocks()) {
      EvaluationScheme scheme = b.getEvaluation();
      assertThat(scheme.getModalities()).extracting(ModalityDescription::getModality)
          .containsExactly(EvaluationModality.values());
      for (ModalityDescription m : scheme.getModalities()) {
        assertVerbatim(m.getTitle() + " : " + m.getDescription());
        assertThat(m.getMethodLabels().keySet()).containsExactlyElementsOf(m.getModality().getMethods());
        m.getMethodLabels().values().forEach(AssertVerbatim::of);
      }
      assertVerbatim("Ou Présentation des projets");
      assertVerbatim("Et Avis de l'entreprise : " + scheme.getCompanyOpinion().orElseThrow());
      assertVerbatim("Attestation : " + scheme.getAttestation().orElseThrow());
    }
    assertThat(fiche).contains("Si nécessaire, la commission d'évaluation pourra");
    assertThat(EvaluationModality.RECONSTITUTED_SITUATION.isOnlyIfNecessary()).isTrue();
    assertThat(EvaluationModality.REAL_WORK_SITUATION.isOnlyIfNecessary()).isFalse();
  }

  @Test
  void componentsAdmissibilityAndValidityOfFiveYears() {
    assertVerbatim(REF.getComponents());
    assertVerbatim(REF.getAdmissibilityRule());
    assertThat(REF.getComponentValidity()).contains(Period.ofYears(5));
    assertThat(fiche).contains("Validité des composantes acquises : 5 an(s)");
  }

  @Test
  void sixRoutesListedAndOpenExactlyWhereTheFicheGivesAJuryComposition() {
    assertThat(REF.getAccessConditions()).extracting(AccessCondition::getRoute)
        .containsExactly(AccessRoute.values());
    // The table's OUI and NON columns were merged ("QUINON") when the fiche was extracted: a row's
    // X says nothing; an RNCP form gives a jury composition for open routes only.
    assertThat(fiche).contains("CONDITIONS D'INSCRIPTION À LA CERTIFICATION QUINON COMPOSITION DES JURYS");
    assertThat(REF.getAccessConditions())
        .allMatch(c -> c.isOpen() == c.getJuryComposition().isPresent());
    List<String> rows = new ArrayList<>();
    for (AccessCondition c : REF.getAccessConditions()) {
      String label = ROUTE_LABELS.get(c.getRoute());
      rows.add(label + "\tX" + c.getJuryComposition().map(j -> "\t" + j).orElse(""));
    }
    rows.forEach(AssertVerbatim::of);
    assertThat(REF.getAccessConditions())
        .filteredOn(c -> c.getJuryComposition().isPresent())
        .extracting(AccessCondition::getRoute)
        .containsExactly(AccessRoute.CONTINUING_TRAINING, AccessRoute.PROFESSIONALISATION_CONTRACT, AccessRoute.VAE);
    assertThat(fiche).contains("En cas de partage des voix, celle du président du jury est prépondérante.");
  }

  private static final Map<AccessRoute, String> ROUTE_LABELS = Map.of(
      AccessRoute.INITIAL_TRAINING, "Après un parcours de formation sous statut d'élève ou d'étudiant",
      AccessRoute.APPRENTICESHIP, "En contrat d'apprentissage",
      AccessRoute.CONTINUING_TRAINING, "Après un parcours de formation continue",
      AccessRoute.PROFESSIONALISATION_CONTRACT, "En contrat de professionnalisation",
      AccessRoute.INDIVIDUAL_CANDIDACY, "Par candidature individuelle",
      AccessRoute.VAE, "Par expérience dispositif VAE prévu en 2007");

  @Test
  void juryRulesAsNumbers() {
    JuryRules rules = REF.getJuryRules().orElseThrow();
    assertThat(rules.getMaxMetallurgyEmployers()).isEqualTo(5);
    assertThat(fiche).contains("maximum de cinq membres qualifiés relevant de la branche de la métallurgie");
    assertThat(rules.getMaxTemporaryWorkEmployers()).isEqualTo(1);
    assertThat(rules.getMaxTemporaryWorkEmployees()).isEqualTo(1);
    assertThat(fiche).contains("en tant que de besoin, un membre supplémentaire de la branche du travail temporaire");
    assertThat(rules.getMaxVotesPerUnion()).isEqualTo(1);
    assertThat(fiche).contains("Seul un représentant par organisation syndicale siège dans le jury avec droit de vote.");
  }

  @Test
  void notAccessibleInNewCaledoniaNorFrenchPolynesia() {
    assertThat(fiche).contains("Accessible en Nouvelle Calédonie X").contains("Accessible en Polynésie Française X");
    assertThat(fiche).contains("OUI NON Accessible en Nouvelle Calédonie");
    assertThat(REF.isAccessibleInNewCaledonia()).isFalse();
    assertThat(REF.isAccessibleInFrenchPolynesia()).isFalse();
    assertThat(REF.isAccessibleIn(Territory.NEW_CALEDONIA)).isFalse();
    assertThat(REF.isAccessibleIn(Territory.FRENCH_POLYNESIA)).isFalse();
    assertThat(REF.isAccessibleIn(Territory.FRANCE)).isTrue();
  }

  @Test
  void registrationFrom9August2014To9August2019() {
    Registration r = REF.getRegistration();
    assertVerbatim(r.getLegalText().orElseThrow());
    assertThat(r.getDecisionDay()).contains(LocalDate.of(2014, 7, 29));
    assertThat(r.getPublicationDay()).contains(LocalDate.of(2014, 8, 9));
    assertThat(r.getEffectiveDay()).contains(LocalDate.of(2014, 8, 9));
    assertThat(r.getFirstDay()).contains(LocalDate.of(2014, 8, 9));
    assertThat(r.getEndDay()).contains(LocalDate.of(2019, 8, 9));
    assertThat(fiche).contains("Arrêté du 29 juillet 2014 publié au Journal Officiel du 09 août 2014")
        .contains("avec effet au 09 août 2014, jusqu'au 09 août 2019");
  }

  @Test
  void holdersRegulationAndPlace() {
    assertThat(REF.getHoldersPerYear()).hasValue(56);
    assertThat(fiche).contains("56 titulaires de la certification par an, en moyenne");
    for (String paragraph : REF.getRegulation().split("\n\n")) {
      assertVerbatim(paragraph);
    }
    assertThat(REF.getRegulation()).contains("26 février 2003").contains("Seveso II - seuil haut");
    assertVerbatim(REF.getCertificationPlace().orElseThrow());
    assertThat(REF.getNotes()).isEmpty();
  }

  @Test
  void trainingAndVaePathsWithTheirSteps() {
    CertificationPath training = REF.getPath(PathKind.TRAINING).orElseThrow();
    assertThat(training.getStepOrder())
        .containsExactly(ProcedureStep.PRIOR_REGISTRATION, ProcedureStep.EVALUATION, ProcedureStep.JURY_DELIBERATION);
    CertificationPath vae = REF.getPath(PathKind.VAE).orElseThrow();
    assertThat(vae.getStepOrder())
        .containsExactly(ProcedureStep.ADMISSIBILITY_OF_REQUEST, ProcedureStep.VALIDATION_COMMISSION, ProcedureStep.JURY_DELIBERATION);
    for (CertificationPath path : REF.getPaths()) {
      path.getSteps().values().forEach(AssertVerbatim::of);
      path.getNotes().forEach(AssertVerbatim::of);
    }
    assertThat(training.getNotes()).hasSize(2);
    assertThat(AccessRoute.VAE.getPath()).isEqualTo(PathKind.VAE);
    assertThat(AccessRoute.INDIVIDUAL_CANDIDACY.getPath()).isEqualTo(PathKind.TRAINING);
  }

  @Test
  void theEntryPointReturnsOneInstance() {
    assertThat(Referentials.rncp19453()).isSameAs(REF);
    assertThat(Referential.builder().from(REF).build()).isEqualTo(REF).hasSameHashCodeAs(REF);
  }

  /** Method-reference friendly form of {@link #assertVerbatim(String)}. */
  private static final class AssertVerbatim {
    static void of(String text) {
      assertVerbatim(text);
    }
  }
}
