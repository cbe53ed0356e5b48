package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static io.github.cqpm.rules.Fixtures.admissibleWithout;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A candidacy that targets some blocks only is judged on them ("Chaque bloc est certifié, il donne
 * lieu à une évaluation et une validation"); the CQPM is never due on it.
 */
class TargetTest {
  private static final CqpmRules RULES = CqpmRules.standard();
  private static final BlockCode BC01 = BlockCode.of(19453, 1);
  private static final BlockCode BC02 = BlockCode.of(19453, 2);
  private static final BlockCode BC03 = BlockCode.of(19453, 3);

  private static Dossier targeting(Dossier.Builder dossier, BlockCode... blocks) {
    Dossier built = dossier.build();
    return Dossier.builder().from(built)
        .candidacy(Candidacy.builder().from(built.getCandidacy()).targetedBlocks(List.of(blocks)).build()).build();
  }

  @Test
  void aTargetAcquiredIsMetAndTheCqpmIsNotAtStake() {
    Decision<DossierOutcome> decision = RULES.decide(targeting(admissible(), BC02));
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.TARGET_MET);
    assertThat(decision.outcome().ruling().verdict()).isEmpty();
    assertThat(decision.outcome().certification().due()).isFalse();
    assertThat(decision.outcome().evidence()).isEqualTo(io.github.cqpm.model.jury.Verdict.ADMISSIBLE);
    assertThat(decision.outcome().audit()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(decision.codes()).contains(FindingCode.TARGET_MET)
        .doesNotContain(FindingCode.CERTIFICATION_DUE, FindingCode.CERTIFICATION_NOT_DUE);
    assertThat(decision.findings(FindingCode.TARGET_MET)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02", "2016-06-20"));
  }

  @Test
  void aMissingTargetedBlockIsNotMetWhateverTheJurySays() {
    // C5 (block 2) never assessed; the jury votes admissible all the same
    Decision<DossierOutcome> decision = RULES.decide(targeting(admissibleWithout(5), BC02));
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.TARGET_NOT_MET);
    assertThat(decision.findings(FindingCode.TARGET_NOT_MET)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02", "1"));
    assertThat(decision.findings(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02", "0"));
    assertThat(decision.findings(FindingCode.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02"));
  }

  @Test
  void blocksOutsideTheTargetDoNotCount() {
    Decision<DossierOutcome> decision = RULES.decide(targeting(admissibleWithout(5), BC01, BC03));
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.TARGET_MET);
    assertThat(decision.outcome().certification().attestedBlocks()).extracting(BlockStatus::block)
        .containsExactly(BC01, BC03);
  }

  @Test
  void targetingEveryBlockIsTargetingTheWholeCertification() {
    Dossier whole = admissible().build();
    Decision<DossierOutcome> all = RULES.decide(targeting(admissible(), BC03, BC01, BC02));
    assertThat(all.outcome()).isEqualTo(RULES.decide(whole).outcome());
    assertThat(all.findings()).isEqualTo(RULES.decide(whole).findings());
    assertThat(all.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
  }
}
