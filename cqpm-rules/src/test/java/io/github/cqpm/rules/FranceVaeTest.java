package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static io.github.cqpm.rules.Fixtures.admissibleWithout;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.francevae.FranceVae;
import io.github.cqpm.rules.francevae.FranceVaeResult;
import io.github.cqpm.rules.francevae.JuryResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decisions in France VAE's words, each of its eight results, and a recorded result checked. */
class FranceVaeTest {
  private static final CqpmRules RULES = CqpmRules.standard();
  private static final Referential REF = Referentials.rncp19453();
  private static final BlockCode BC02 = BlockCode.of(19453, 2);

  private static Optional<FranceVaeResult> result(Dossier dossier) {
    return FranceVae.of(dossier, RULES.decide(dossier).outcome(), REF);
  }

  private static Dossier targeting(Dossier dossier, BlockCode... blocks) {
    return Dossier.builder().from(dossier)
        .candidacy(Candidacy.builder().from(dossier.getCandidacy()).targetedBlocks(List.of(blocks)).build()).build();
  }

  /** The dossier with its jury voting and declaring not admissible, unanimously. */
  private static Dossier refused(Dossier dossier) {
    JuryDeliberation jury = dossier.getJury().orElseThrow();
    JuryDeliberation.Builder refused = JuryDeliberation.builder().session(jury.getSession())
        .declaredVerdict(Verdict.NOT_ADMISSIBLE);
    jury.getVotes().forEach(v -> refused.addVotes(Vote.of(v.getMember(), VoteChoice.NOT_ADMISSIBLE)));
    return Dossier.builder().from(dossier).jury(refused.build()).build();
  }

  private static Dossier attending(Dossier dossier, Attendance attendance) {
    return Dossier.builder().from(dossier).jury(JuryDeliberation.builder()
        .session(dossier.getJury().orElseThrow().getSession()).attendance(attendance).build()).build();
  }

  @Test
  void aCandidacyToTheWholeCqpm() {
    FranceVaeResult total = result(admissible().build()).orElseThrow();
    assertThat(total.resultat()).isEqualTo(JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE);
    assertThat(total.estViseePartiellement()).isFalse();
    assertThat(total.blocs()).extracting(BlockCode::toString)
        .containsExactly("RNCP19453BC01", "RNCP19453BC02", "RNCP19453BC03");
    assertThat(total.commentaire()).isEqualTo("RNCP19453BC01 : acquis le 2016-06-20, valable jusqu'au 2021-06-20"
        + " (exclu) ; RNCP19453BC02 : acquis le 2016-06-20, valable jusqu'au 2021-06-20 (exclu) ; RNCP19453BC03 :"
        + " acquis le 2016-06-20, valable jusqu'au 2021-06-20 (exclu).");
    FranceVaeResult partial = result(refused(admissibleWithout(5).build())).orElseThrow();
    assertThat(partial.resultat()).isEqualTo(JuryResult.SUCCES_PARTIEL_CERTIFICATION_COMPLETE);
    assertThat(partial.commentaire()).contains("RNCP19453BC02 : non acquis (à valider : C5)");
    FranceVaeResult failure = result(refused(admissibleWithout(1, 4, 6).build())).orElseThrow();
    assertThat(failure.resultat()).isEqualTo(JuryResult.ECHEC);
  }

  @Test
  void aCandidacyToPartOfTheCqpm() {
    FranceVaeResult total = result(targeting(admissibleWithout(1).build(), BC02)).orElseThrow();
    assertThat(total.resultat()).isEqualTo(JuryResult.SUCCES_TOTAL_CERTIFICATION_PARTIELLE);
    assertThat(total.estViseePartiellement()).isTrue();
    assertThat(total.blocs()).containsExactly(BC02);
    assertThat(total.commentaire()).isEqualTo("RNCP19453BC02 : acquis le 2016-06-20, valable jusqu'au 2021-06-20"
        + " (exclu).");
    FranceVaeResult partial = result(targeting(admissibleWithout(1).build(), BlockCode.of(19453, 1), BC02))
        .orElseThrow();
    assertThat(partial.resultat()).isEqualTo(JuryResult.SUCCES_PARTIEL_CERTIFICATION_PARTIELLE);
    assertThat(result(targeting(admissibleWithout(5).build(), BC02)).orElseThrow().resultat())
        .isEqualTo(JuryResult.ECHEC);
  }

  @Test
  void anAbsentOrExcusedCandidateAndNoVerdict() {
    assertThat(result(attending(admissible().build(), Attendance.ABSENT)).orElseThrow().resultat())
        .isEqualTo(JuryResult.CANDIDAT_ABSENT);
    assertThat(result(attending(admissible().build(), Attendance.EXCUSED)).orElseThrow().resultat())
        .isEqualTo(JuryResult.CANDIDAT_EXCUSE);
    Dossier nothingRecorded = Dossier.builder().from(admissible().build()).jury(JuryDeliberation.builder()
        .session(admissible().build().getJury().orElseThrow().getSession()).build()).build();
    assertThat(RULES.decide(nothingRecorded).outcome().ruling()).isEqualTo(Ruling.PENDING);
    assertThat(result(nothingRecorded)).isEmpty();
  }

  @Test
  void aRecordedResultThatContradictsTheRulesIsFlagged() {
    Dossier missing3 = refused(admissibleWithout(8).build());
    DossierOutcome outcome = RULES.decide(missing3).outcome();
    FranceVaeResult recorded = new FranceVaeResult(JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE, false,
        REF.getBlocks().stream().map(b -> b.getCode()).toList(), "");
    assertThat(FranceVae.contradictions(recorded, missing3, outcome, REF)).containsExactly(
        "France VAE enregistre SUCCES_TOTAL_CERTIFICATION_COMPLETE, les règles donnent"
            + " SUCCES_PARTIEL_CERTIFICATION_COMPLETE (non acquis : RNCP19453BC03)");
    FranceVaeResult written = FranceVae.of(missing3, outcome, REF).orElseThrow();
    assertThat(FranceVae.contradictions(written, missing3, outcome, REF)).isEmpty();
    // a success still to be confirmed asserts what a total success does
    Dossier whole = admissible().build();
    FranceVaeResult pending = new FranceVaeResult(JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE_SOUS_RESERVE, false,
        REF.getBlocks().stream().map(b -> b.getCode()).toList(), "à confirmer");
    assertThat(FranceVae.contradictions(pending, whole, RULES.decide(whole).outcome(), REF)).isEmpty();
    assertThat(FranceVae.contradictions(new FranceVaeResult(JuryResult.SUCCES_TOTAL_CERTIFICATION_PARTIELLE, true,
        List.of(BC02), ""), whole, RULES.decide(whole).outcome(), REF)).hasSize(2);
  }

  @Test
  void theCommentSaysWhatABlockNotAcquiredLacks() {
    Dossier base = admissible().build();
    // block 2 without the company's opinion; block 3 with an unfavourable one, under a blocking policy
    Dossier opinions = Dossier.builder().from(base).companyOpinions(base.getCompanyOpinions().stream()
        .filter(o -> !o.getBlock().equals(BC02)).map(o -> o.getBlock().equals(BlockCode.of(19453, 3))
            ? io.github.cqpm.model.dossier.CompanyOpinion.builder().from(o)
                .polarity(io.github.cqpm.model.dossier.OpinionPolarity.UNFAVOURABLE).build() : o)
        .toList()).build();
    CqpmRules blocking = CqpmRules.of(REF, RulePolicy.defaults().withUnfavourableOpinion(RulePolicy.OpinionPolicy.BLOCKING));
    FranceVaeResult result = FranceVae.of(opinions, blocking.decide(opinions).outcome(), REF).orElseThrow();
    assertThat(result.commentaire()).contains("RNCP19453BC02 : non acquis (avis de l'entreprise manquant)")
        .contains("RNCP19453BC03 : non acquis (avis de l'entreprise défavorable)");
    // a block acquired long ago, no longer valid
    Dossier expired = Dossier.builder().from(admissibleWithout(4, 5).build())
        .addAcquiredBlocks(io.github.cqpm.model.dossier.AcquiredBlock.of(BC02, java.time.LocalDate.of(2010, 1, 4)))
        .build();
    assertThat(FranceVae.of(expired, RULES.decide(expired).outcome(), REF).orElseThrow().commentaire())
        .contains("RNCP19453BC02 : acquis le 2010-01-04, plus valable depuis le 2015-01-04");
  }

  @Test
  void aRecordedResultOnOtherBlocksIsFlagged() {
    Dossier partial = targeting(admissible().build(), BC02);
    DossierOutcome outcome = RULES.decide(partial).outcome();
    FranceVaeResult otherBlocks = new FranceVaeResult(JuryResult.SUCCES_TOTAL_CERTIFICATION_PARTIELLE, true,
        List.of(BlockCode.of(19453, 3)), "");
    assertThat(FranceVae.contradictions(otherBlocks, partial, outcome, REF))
        .containsExactly("France VAE enregistre les blocs RNCP19453BC03, le dossier vise RNCP19453BC02");
    FranceVaeResult moreBlocks = new FranceVaeResult(JuryResult.SUCCES_TOTAL_CERTIFICATION_PARTIELLE, true,
        List.of(BC02, BlockCode.of(19453, 3)), "");
    assertThat(FranceVae.contradictions(moreBlocks, partial, outcome, REF)).hasSize(1);
    Dossier pending = Dossier.builder().from(admissible().build()).jury(JuryDeliberation.builder()
        .session(admissible().build().getJury().orElseThrow().getSession()).build()).build();
    assertThat(FranceVae.contradictions(new FranceVaeResult(JuryResult.ECHEC, false, List.of(), ""), pending,
        RULES.decide(pending).outcome(), REF))
        .containsExactly("France VAE enregistre ECHEC alors que la délibération n'a pas de verdict (PENDING)");
  }

  @Test
  void onlyTheWholeCqpmsRulingsAreVerdicts() {
    assertThat(Ruling.ADMISSIBLE.verdict()).contains(Verdict.ADMISSIBLE);
    assertThat(Ruling.NOT_ADMISSIBLE.verdict()).contains(Verdict.NOT_ADMISSIBLE);
    for (Ruling other : List.of(Ruling.UNDECIDED, Ruling.PENDING, Ruling.ABSENT, Ruling.EXCUSED, Ruling.TARGET_MET,
        Ruling.TARGET_NOT_MET)) {
      assertThat(other.verdict()).as(other.name()).isEmpty();
    }
  }

  @Test
  void theResultsNamesAndWhatTheyAllow() {
    assertThat(JuryResult.named("FULL_SUCCESS_OF_FULL_CERTIFICATION"))
        .contains(JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE);
    assertThat(JuryResult.named(" candidat_excuse ")).contains(JuryResult.CANDIDAT_EXCUSE);
    assertThat(JuryResult.named("ADMIS")).isEmpty();
    assertThat(List.of(JuryResult.values())).filteredOn(r -> !r.allowsNewValidationDossier())
        .containsExactly(JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE, JuryResult.SUCCES_TOTAL_CERTIFICATION_PARTIELLE);
    assertThat(JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE_SOUS_RESERVE.getGraphqlName())
        .isEqualTo("PARTIAL_SUCCESS_PENDING_CONFIRMATION");
  }
}
