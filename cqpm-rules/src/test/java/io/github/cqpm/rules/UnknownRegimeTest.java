package io.github.cqpm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.DossierConformity;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A référentiel that does not state its jury rules or the validity of its components (a fiche
 * imported from the RNCP export outside the CQPM regime): the rules say so with a finding, judge
 * no jury's composition and end no validity, and decide the rest as for RNCP 19453.
 */
class UnknownRegimeTest {
  private static final Referential SILENT = Referential.builder().from(Referentials.rncp19453())
      .juryRules(Optional.empty()).componentValidity(Optional.empty()).build();
  private static final CqpmRules RULES = CqpmRules.of(SILENT, RulePolicy.defaults());

  /** Six metallurgy employers: too many for a CQPM, not judged when the rules are unknown. */
  private static JurySession sixEmployers() {
    return Fixtures.jury(5)
        .addMembers(Fixtures.juror("E6", College.EMPLOYER, Branch.METALLURGY, "UIMM Lyon", true)).build();
  }

  @Test
  void aJuryIsNotJudgedWhenTheRulesOfItsCompositionAreUnknown() {
    Dossier dossier = Fixtures.admissible().jury(Fixtures.unanimous(sixEmployers(), Verdict.ADMISSIBLE)).build();
    Decision<DossierOutcome> decision = RULES.decide(dossier);
    assertThat(decision.codes()).contains(FindingCode.JURY_RULES_UNKNOWN)
        .doesNotContain(FindingCode.TOO_MANY_METALLURGY_EMPLOYERS, FindingCode.JURY_NOT_PARITARY);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(CqpmRules.standard().decide(dossier).outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(RULES.juryComposition(sixEmployers()).codes()).containsExactly(FindingCode.JURY_RULES_UNKNOWN);
    assertThat(DossierConformity.jury(dossier, SILENT)).isEmpty();
    assertThat(DossierConformity.jury(dossier, Referentials.rncp19453())).isNotEmpty();
  }

  /** A référentiel as {@code base}, registered until 2030, so that a jury can sit years after the evidence. */
  private static CqpmRules registeredUntil2030(Referential base) {
    return CqpmRules.of(Referential.builder().from(base).registration(Registration.builder()
        .from(base.getRegistration()).endDay(LocalDate.of(2030, 1, 1)).build()).build(), RulePolicy.defaults());
  }

  @Test
  void noComponentExpiresWhenTheValidityIsUnknown() {
    LocalDate jury = LocalDate.of(2023, 6, 20);
    LocalDate longAgo = LocalDate.of(2004, 6, 20);
    Dossier dossier = Fixtures.admissibleWithout(4, 5)
        .addAcquiredBlocks(AcquiredBlock.of(BlockCode.of(19453, 2), longAgo))
        .jury(Fixtures.unanimous(Fixtures.jury(5).date(jury).build(), Verdict.ADMISSIBLE))
        .build();
    Decision<DossierOutcome> decision = registeredUntil2030(SILENT).decide(dossier);
    assertThat(decision.findings(FindingCode.VALIDITY_UNKNOWN)).hasSize(1);
    assertThat(decision.codes()).contains(FindingCode.BLOCK_ACQUIRED_WITHOUT_LIMIT)
        .doesNotContain(FindingCode.BLOCK_EXPIRED, FindingCode.CAPACITY_VALIDATION_EXPIRED, FindingCode.BLOCK_ACQUIRED);
    BlockStatus second = decision.outcome().certification().blocks().get(1);
    assertThat(second.valid()).isTrue();
    assertThat(second.acquiredOn()).contains(longAgo);
    assertThat(second.firstInvalidDay()).isEmpty();
    assertThat(decision.outcome().ruling()).as("%s", decision.findings()).isEqualTo(Ruling.ADMISSIBLE);
    Decision<DossierOutcome> cqpm = registeredUntil2030(Referentials.rncp19453()).decide(dossier);
    assertThat(cqpm.codes()).contains(FindingCode.BLOCK_EXPIRED, FindingCode.CAPACITY_VALIDATION_EXPIRED)
        .doesNotContain(FindingCode.VALIDITY_UNKNOWN);
    assertThat(cqpm.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
  }
}
