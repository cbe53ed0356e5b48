package io.github.cqpm.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a declaration sends, what it counts, and what stops it from being written. */
class AccrochageTest {
  private static final LocalDate JURY = LocalDate.of(2016, 6, 20);

  private static Accrochage declare(LocalDate today, List<Holder> holders, Dossier... dossiers) {
    Accrochage declaration = new Accrochage(holders, today);
    for (Dossier dossier : dossiers) {
      declaration.add(dossier, Samples.decide(dossier));
    }
    return declaration;
  }

  @Test
  void sendsAdmissibleDossiersOnlyAndCountsTheBlocksItCannotSay() {
    Dossier missingBlock = Dossier.builder().from(Fixtures.missingBlock2()).candidate(Candidate.of("CAND-BC2")).build();
    Dossier partial = Dossier.builder().from(Fixtures.partialTargetBlock2Acquired())
        .candidate(Candidate.of("CAND-PART")).build();
    Dossier admissible = Samples.admissible(AccessRoute.CONTINUING_TRAINING, "CAND-OK");
    Accrochage declaration = declare(JURY, List.of(Samples.titulaire("CAND-OK"),
        Samples.titulaire(missingBlock.getCandidate().getId()),
        Samples.titulaire(partial.getCandidate().getId())), missingBlock, partial, admissible);

    assertThat(declaration.getDecided()).isEqualTo(3);
    assertThat(declaration.getPassages()).extracting(p -> p.candidate().getId()).containsExactly("CAND-OK");
    assertThat(declaration.getNotAdmissible()).isEqualTo(2);
    assertThat(declaration.getBlocksOnly()).as("blocks 1 and 3, block 2 attested without the CQPM").isEqualTo(2);
    assertThat(declaration.isComplete()).isTrue();
  }

  @Test
  void aPassageIsLateThreeMonthsAfterTheJury() {
    Dossier dossier = Samples.admissible(AccessRoute.CONTINUING_TRAINING, "CAND-1");
    List<Holder> holders = List.of(Samples.titulaire("CAND-1"));
    assertThat(declare(JURY.plusMonths(3), holders, dossier).getLate()).isEmpty();
    assertThat(declare(JURY.plusMonths(3).plusDays(1), holders, dossier).getLate())
        .extracting(Passage::deadline).containsExactly(LocalDate.of(2016, 9, 20));
  }

  @Test
  void aVaeIsClassicUnlessTheHolderSaysLeave() throws Exception {
    Accrochage declaration = declare(JURY, List.of(Samples.titulaire("CAND-VAE")),
        Samples.admissible(AccessRoute.VAE, "CAND-VAE"));
    assertThat(Samples.write(declaration)).contains("<cpf:modaliteAcces>VAE</cpf:modaliteAcces>\n"
        + "                  <cpf:voieAccessVAE>VAE_CLASSIQUE</cpf:voieAccessVAE>");
  }

  @Test
  void nothingIsWrittenUntilEveryoneIsPaired() {
    Dossier admissible = Samples.admissible(AccessRoute.CONTINUING_TRAINING, "CAND-1");
    Accrochage declaration = declare(JURY, List.of(Samples.titulaire("CAND-ALONE")), admissible, admissible,
        Samples.admissible(AccessRoute.APPRENTICESHIP, "CAND-2"));
    assertThat(declaration.getWithoutHolder()).extracting(Candidate::getId).containsExactly("CAND-1", "CAND-2");
    assertThat(declaration.getHoldersWithoutDossier()).extracting(Candidate::getId).containsExactly("CAND-ALONE");
    assertThat(declaration.getRepeated()).extracting(PassageId::toString)
        .containsExactly("RNCP19453-CAND-1-2016-06-20");
    assertThat(declaration.isComplete()).isFalse();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> declaration.write(Samples.HEADER, out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the declaration is not complete: 2 admissible dossier(s) without a holder,"
            + " 1 holder(s) without a dossier, 1 passage(s) given twice");
    assertThat(out.size()).isZero();
  }

  @Test
  void whatItHoldsStaysBoundedByItsHoldersHoweverManyDossiersFollow() {
    Dossier admissible = Samples.admissible(AccessRoute.CONTINUING_TRAINING, "CAND-1");
    DossierOutcome outcome = Samples.decide(admissible);
    Accrochage declaration = new Accrochage(List.of(Samples.titulaire("CAND-1")), JURY);
    int beyond = Accrochage.LISTED + 5;
    for (int i = 0; i < beyond; i++) {
      // the same passage given again and again, and as many others without a holder
      declaration.add(admissible, outcome);
      Dossier alone = Dossier.builder().from(admissible).candidate(Candidate.of("ALONE-" + i)).build();
      declaration.add(alone, outcome);
    }
    assertThat(declaration.getDecided()).isEqualTo(2L * beyond);
    assertThat(declaration.getRepeatedCount()).isEqualTo(beyond - 1);
    assertThat(declaration.getRepeated()).hasSize(Accrochage.LISTED);
    assertThat(declaration.getWithoutHolderCount()).isEqualTo(beyond);
    assertThat(declaration.getWithoutHolder()).hasSize(Accrochage.LISTED)
        .first().extracting(Candidate::getId).isEqualTo("ALONE-0");
    assertThat(declaration.getPassageCount()).as("the holder's passage and the listed ones without a holder")
        .isEqualTo(1 + Accrochage.LISTED);
    assertThatThrownBy(() -> declaration.write(Samples.HEADER, new ByteArrayOutputStream()))
        .hasMessage("the declaration is not complete: " + beyond + " admissible dossier(s) without a holder, "
            + (beyond - 1) + " passage(s) given twice");
  }

  @Test
  void aVaeAccessForAnotherRouteIsAContradiction() {
    Accrochage declaration = declare(JURY, List.of(new Holder(Candidate.of("CAND-1"),
        Samples.titulaire("CAND-1").identity(), Optional.of(VaeAccess.CONGES_VAE))),
        Samples.admissible(AccessRoute.CONTINUING_TRAINING, "CAND-1"));
    assertThat(declaration.getContradictions()).containsExactly("the holder of CAND-1 states voieAccessVAE"
        + " CONGES_VAE, but the dossier's route is CONTINUING_TRAINING"
        + " (FORMATION_CONTINUE_HORS_CONTRAT_DE_PROFESSIONNALISATION), not VAE");
    assertThat(declaration.isComplete()).isFalse();
  }

  @Test
  void aFluxWithoutPassageIsNotWritten() {
    Dossier refused = Fixtures.missingBlock2();
    Accrochage declaration = declare(JURY, List.of(Samples.titulaire(refused.getCandidate().getId())), refused);
    assertThat(declaration.isComplete()).isTrue();
    assertThatThrownBy(() -> declaration.write(Samples.HEADER, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no passage to declare");
  }

  @Test
  void aCandidateHasOneHolder() {
    assertThatThrownBy(() -> new Accrochage(List.of(Samples.titulaire("CAND-1"), Samples.titulaire("CAND-1")), JURY))
        .hasMessage("the candidate CAND-1 has two holders");
  }

  @Test
  void theHeaderIsHeldToTheSchema() {
    assertThatThrownBy(() -> new FluxHeader("x".repeat(51), Samples.HEADER.horodatage(), Optional.empty(),
        "03UIM123", "03UIM123", "C1")).hasMessage("idFlux: 1 to 50 characters, has 51");
    assertThatThrownBy(() -> new FluxHeader("F1", Samples.HEADER.horodatage(), Optional.empty(),
        "03UIM12", "03UIM123", "C1")).hasMessage("emetteur.idClient: exactly 8 characters, has 7");
    assertThatThrownBy(() -> new FluxHeader("F1", Samples.HEADER.horodatage(), Optional.empty(),
        "03UIM123", "03UIM123", "C".repeat(21))).hasMessage("idContrat: 1 to 20 characters, has 21");
  }

  @Test
  void aPassageIdReadsBackWhateverTheCandidatesHyphens() {
    PassageId id = new PassageId(RncpNumber.parse("RNCP19453"),
        Candidate.of("CAND-2016-06-20-1"), JURY);
    assertThat(id).hasToString("RNCP19453-CAND-2016-06-20-1-2016-06-20");
    assertThat(PassageId.parse(id.toString())).contains(id);
    assertThat(PassageId.parse("LNF_Accrochage_349")).isEmpty();
    assertThat(PassageId.parse("RNCP19453-CAND-1-2016-02-30")).isEmpty();
  }
}
