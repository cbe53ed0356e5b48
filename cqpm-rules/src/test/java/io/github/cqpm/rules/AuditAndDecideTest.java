package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.JURY;
import static io.github.cqpm.rules.Fixtures.admissible;
import static io.github.cqpm.rules.Fixtures.admissibleWithout;
import static io.github.cqpm.rules.Fixtures.block;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditAndDecideTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  private static Dossier declared(Dossier.Builder dossier, Verdict verdict) {
    Dossier d = dossier.build();
    return Dossier.builder().from(d)
        .jury(JuryDeliberation.builder().from(d.getJury().orElseThrow()).declaredVerdict(verdict).build()).build();
  }

  @Test
  void anAdmissibleCandidateDeclaredAdmissibleIsConsistent() {
    Decision<AuditOutcome> audit = RULES.audit(admissible().build());
    assertThat(audit.outcome()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(audit.findings().get(audit.findings().size() - 1).code()).isEqualTo(FindingCode.DECLARATION_CONSISTENT);
  }

  @Test
  void declaredAdmissibleWhileBlock2IsExpired() {
    Dossier expired = admissibleWithout(4, 5).addAcquiredBlocks(AcquiredBlock.of(block(2), JURY.minusYears(5).minusDays(1))).build();
    Decision<AuditOutcome> audit = RULES.audit(expired);
    assertThat(audit.outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(audit.findings(FindingCode.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS)).extracting(Finding::argumentTexts)
        .containsExactly(List.of("RNCP19453BC02"));
    assertThat(audit.codes()).contains(FindingCode.BLOCK_EXPIRED);
    assertThat(Messages.message(audit.findings(FindingCode.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS).get(0), Locale.ENGLISH))
        .isEqualTo("declared admissible although some blocks are not acquired or no longer valid: RNCP19453BC02");
  }

  @Test
  void aCandidateMissingABlockRightlyDeclaredNotAdmissibleIsConsistent() {
    Dossier d = admissibleWithout(5).jury(Fixtures.unanimous(Fixtures.jury(5).build(), Verdict.NOT_ADMISSIBLE)).build();
    Decision<AuditOutcome> audit = RULES.audit(d);
    assertThat(audit.outcome()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(audit.codes()).contains(FindingCode.CAPACITY_NOT_ASSESSED, FindingCode.BLOCK_NOT_ACQUIRED, FindingCode.DECLARATION_CONSISTENT);
    assertThat(audit.findings().get(audit.findings().size() - 1).code()).isEqualTo(FindingCode.DECLARATION_CONSISTENT);
  }

  @Test
  void declaredNotAdmissibleAlthoughDueIsAWarning() {
    Dossier d = declared(admissible(), Verdict.NOT_ADMISSIBLE);
    Decision<AuditOutcome> audit = RULES.audit(d);
    assertThat(audit.codes()).contains(FindingCode.DECLARED_NOT_ADMISSIBLE_ALTHOUGH_DUE, FindingCode.VERDICT_CONTRADICTS_VOTES);
    assertThat(audit.findings(FindingCode.VERDICT_CONTRADICTS_VOTES)).extracting(Finding::argumentTexts)
        .containsExactly(List.of("NOT_ADMISSIBLE", "ADMISSIBLE"));
    assertThat(audit.outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    Dossier noVotes = Dossier.builder().from(d).jury(JuryDeliberation.builder().from(d.getJury().orElseThrow()).votes(List.of()).build()).build();
    Decision<AuditOutcome> withoutVotes = RULES.audit(noVotes);
    assertThat(withoutVotes.outcome()).as("a warning alone keeps the declaration consistent").isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(withoutVotes.codes()).contains(FindingCode.DECLARED_NOT_ADMISSIBLE_ALTHOUGH_DUE);
  }

  @Test
  void aVerdictByANonConformJuryIsInconsistent() {
    JurySession.Builder six = JurySession.builder().date(JURY).president("E1");
    for (int i = 1; i <= 6; i++) {
      six.addMembers(Fixtures.juror("E" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    Dossier d = admissible().jury(Fixtures.unanimous(six.build(), Verdict.ADMISSIBLE)).build();
    Decision<AuditOutcome> audit = RULES.audit(d);
    assertThat(audit.outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(audit.findings(FindingCode.VERDICT_BY_NON_CONFORM_JURY)).extracting(Finding::argumentTexts).containsExactly(List.of("3"));
  }

  @Test
  void withoutADeclaredVerdictThereIsNothingConsistent() {
    Dossier d = admissible().build();
    Dossier undeclared = Dossier.builder().from(d)
        .jury(JuryDeliberation.builder().from(d.getJury().orElseThrow()).declaredVerdict(Optional.empty()).build()).build();
    assertThat(RULES.audit(undeclared).codes()).contains(FindingCode.VERDICT_NOT_DECLARED);
    assertThat(RULES.audit(undeclared).outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(RULES.audit(Dossier.builder().from(d).jury(Optional.empty()).build()).codes()).contains(FindingCode.VERDICT_NOT_DECLARED);
  }

  @Test
  void aProcedureBreachMakesTheDeclarationInconsistent() {
    Dossier d = admissible().build();
    Dossier polynesia = Dossier.builder().from(d)
        .candidacy(Candidacy.builder().from(d.getCandidacy()).territory(Territory.FRENCH_POLYNESIA).build()).build();
    Decision<AuditOutcome> audit = RULES.audit(polynesia);
    assertThat(audit.outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(audit.codes()).startsWith(FindingCode.TERRITORY_NOT_ACCESSIBLE).contains(FindingCode.PROCEDURE_NOT_CONFORM);
    assertThat(audit.findings(FindingCode.PROCEDURE_NOT_CONFORM)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("1"));
  }

  @Test
  void decideGivesTheVerdictWithEveryBlockAndTheTally() {
    Decision<DossierOutcome> decision = RULES.decide(admissible().build());
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(decision.outcome().certification().attestedBlocks()).hasSize(3);
    assertThat(decision.outcome().deliberation()).hasValueSatisfying(t -> {
      assertThat(t.admissible()).isEqualTo(10);
      assertThat(t.verdict()).contains(Verdict.ADMISSIBLE);
    });
    assertThat(decision.hasErrors()).isFalse();
  }

  @Test
  void decideSaysNotAdmissibleWhenABlockIsMissingOrTheCandidacyIsNotConform() {
    assertThat(RULES.decide(admissibleWithout(5).build()).outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    Dossier d = admissible().build();
    Dossier polynesia = Dossier.builder().from(d)
        .candidacy(Candidacy.builder().from(d.getCandidacy()).territory(Territory.FRENCH_POLYNESIA).build()).build();
    Decision<DossierOutcome> decision = RULES.decide(polynesia);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.outcome().certification().due()).isTrue();
    assertThat(decision.findings().get(0).code()).isEqualTo(FindingCode.TERRITORY_NOT_ACCESSIBLE);
  }

  @Test
  void everyFindingOfADecisionRendersInBothLanguages() {
    Dossier messy = admissibleWithout(2, 5).addAcquiredBlocks(AcquiredBlock.of(block(3), JURY.minusYears(6))).build();
    Decision<DossierOutcome> decision = RULES.decide(messy);
    for (Finding f : decision.findings()) {
      assertThat(Messages.explain(f, Locale.FRENCH)).doesNotContain("{");
      assertThat(Messages.explain(f, Locale.ENGLISH)).doesNotContain("{");
    }
  }
}
