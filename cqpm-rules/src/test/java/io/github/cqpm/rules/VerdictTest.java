package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.JURY;
import static io.github.cqpm.rules.Fixtures.admissible;
import static io.github.cqpm.rules.Fixtures.admissibleWithout;
import static io.github.cqpm.rules.Fixtures.juror;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verdict: the jury decides, the evidence bounds it; an irregular deliberation has none. */
class VerdictTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  /** The admissible dossier, its jury of ten (P1 presides) voting as given, with a declared verdict. */
  private static Dossier voted(Dossier base, Optional<Verdict> declared, VoteChoice... choices) {
    JurySession session = Fixtures.jury(5).build();
    JuryDeliberation.Builder jury = JuryDeliberation.builder().session(session).declaredVerdict(declared);
    for (int i = 0; i < choices.length; i++) {
      jury.addVotes(Vote.of(session.getMembers().get(i).getId(), choices[i]));
    }
    return Dossier.builder().from(base).jury(jury.build()).build();
  }

  private static final VoteChoice A = VoteChoice.ADMISSIBLE;
  private static final VoteChoice N = VoteChoice.NOT_ADMISSIBLE;
  private static final VoteChoice X = VoteChoice.ABSTENTION;

  @Test
  void aTieTheFivePresidentBreaksAgainstIsNotAdmissibleAndTheMatchingDeclarationConsistent() {
    // P1 (president) and four employers against, five union members for: 5-5, the president prevails
    Dossier d = voted(admissible().build(), Optional.of(Verdict.NOT_ADMISSIBLE), N, N, N, N, N, A, A, A, A, A);
    Decision<DossierOutcome> decision = RULES.decide(d);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.outcome().juryVerdict()).contains(Verdict.NOT_ADMISSIBLE);
    assertThat(decision.outcome().evidence()).isEqualTo(Verdict.ADMISSIBLE);
    assertThat(decision.outcome().deliberation()).hasValueSatisfying(t -> assertThat(t.presidentDecided()).isTrue());
    assertThat(decision.outcome().audit()).isEqualTo(AuditOutcome.CONSISTENT);
    assertThat(decision.codes()).contains(FindingCode.TIE_BROKEN_BY_PRESIDENT, FindingCode.DECLARED_NOT_ADMISSIBLE_ALTHOUGH_DUE)
        .doesNotContain(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE);
    Decision<DossierOutcome> contradicted =
        RULES.decide(voted(admissible().build(), Optional.of(Verdict.ADMISSIBLE), N, N, N, N, N, A, A, A, A, A));
    assertThat(contradicted.outcome().ruling()).as("the votes decide, not the declaration").isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(contradicted.outcome().audit()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(contradicted.codes()).contains(FindingCode.VERDICT_CONTRADICTS_VOTES);
  }

  @Test
  void aTieThePresidentDoesNotBreakHasNoValidVerdictUnlessThePolicySettlesIt() {
    Dossier d = voted(admissible().build(), Optional.of(Verdict.ADMISSIBLE), X, A, A, A, A, N, N, N, N, X);
    Decision<DossierOutcome> decision = RULES.decide(d);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(decision.outcome().ruling().verdict()).isEmpty();
    assertThat(decision.outcome().irregularities()).containsExactly(FindingCode.TIE_UNRESOLVED);
    assertThat(decision.findings(FindingCode.DELIBERATION_IRREGULAR)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("TIE_UNRESOLVED"));
    assertThat(decision.outcome().audit()).isEqualTo(AuditOutcome.INCONSISTENT);
    CqpmRules settled = CqpmRules.of(Referentials.rncp19453(),
        RulePolicy.defaults().withTieFallback(RulePolicy.TieFallback.NOT_ADMISSIBLE));
    Decision<DossierOutcome> underPolicy = settled.decide(d);
    assertThat(underPolicy.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(underPolicy.outcome().irregularities()).isEmpty();
    assertThat(underPolicy.codes()).contains(FindingCode.TIE_SETTLED_BY_POLICY, FindingCode.VERDICT_CONTRADICTS_VOTES);
  }

  @Test
  void aQuorumNotMetHasNoValidVerdict() {
    Dossier d = voted(admissible().build(), Optional.of(Verdict.ADMISSIBLE), A, A, A, A, A, A, A, A, A, A);
    assertThat(RULES.decide(d).outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    CqpmRules quorum = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withQuorum(20));
    Decision<DossierOutcome> decision = quorum.decide(d);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(decision.outcome().irregularities()).containsExactly(FindingCode.QUORUM_NOT_MET);
  }

  @Test
  void underAQuorumNoVoteAtAllIsReportedAsOneVoteTooFewIs() {
    CqpmRules quorum = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withQuorum(3));
    Dossier declaredOnly = voted(admissible().build(), Optional.of(Verdict.ADMISSIBLE));
    Decision<DossierOutcome> none = quorum.decide(declaredOnly);
    assertThat(none.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(none.outcome().irregularities()).containsExactly(FindingCode.QUORUM_NOT_MET);
    assertThat(none.findings(FindingCode.QUORUM_NOT_MET)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("0", "3"));
    assertThat(quorum.audit(declaredOnly).outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    Decision<DossierOutcome> one = quorum.decide(voted(admissible().build(), Optional.of(Verdict.ADMISSIBLE), A));
    assertThat(one.outcome().irregularities()).containsExactly(FindingCode.QUORUM_NOT_MET);
    assertThat(one.findings(FindingCode.QUORUM_NOT_MET)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("1", "3"));
    assertThat(RULES.decide(declaredOnly).outcome().ruling()).as("no quorum by default").isEqualTo(Ruling.ADMISSIBLE);
    assertThat(quorum.decide(voted(admissible().build(), Optional.empty())).outcome().ruling())
        .as("nothing declared, nothing voted: no verdict yet").isEqualTo(Ruling.PENDING);
  }

  @Test
  void aJuryOfSixMetallurgyEmployersOrAUnionWithTwoVotesHasNoValidVerdict() {
    JurySession six = Fixtures.jury(5).addMembers(juror("P6", College.EMPLOYER, Branch.METALLURGY, "UIMM", true))
        .addMembers(juror("S6", College.EMPLOYEE, Branch.METALLURGY, "UNSA", true)).build();
    Dossier d = admissible().jury(Fixtures.unanimous(six, Verdict.ADMISSIBLE)).build();
    Decision<DossierOutcome> decision = RULES.decide(d);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(decision.outcome().irregularities()).containsExactly(FindingCode.TOO_MANY_METALLURGY_EMPLOYERS);
    JurySession twoCgt = Fixtures.jury(5).addMembers(juror("P6", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
        .addMembers(juror("S6", College.EMPLOYEE, Branch.METALLURGY, "CGT", true)).build();
    Decision<DossierOutcome> union = RULES.decide(admissible().jury(Fixtures.unanimous(twoCgt, Verdict.ADMISSIBLE)).build());
    assertThat(union.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(union.outcome().irregularities()).containsExactly(FindingCode.UNION_HAS_SEVERAL_VOTES);
    assertThat(union.findings(FindingCode.UNION_HAS_SEVERAL_VOTES)).singleElement()
        .satisfies(f -> assertThat(f.subject().id()).isEqualTo("S6"));
  }

  @Test
  void anIrregularDeliberationIsUndecidedEvenWithADeclarationOnly() {
    JurySession withoutPresident = JurySession.builder().from(Fixtures.jury(5).build()).president(Optional.empty()).build();
    Dossier d = admissible().jury(JuryDeliberation.builder().session(withoutPresident).declaredVerdict(Verdict.ADMISSIBLE).build()).build();
    Decision<DossierOutcome> decision = RULES.decide(d);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.UNDECIDED);
    assertThat(decision.outcome().irregularities()).containsExactly(FindingCode.PRESIDENT_MISSING);
    assertThat(decision.codes()).contains(FindingCode.VERDICT_BY_NON_CONFORM_JURY);
  }

  @Test
  void withVotesTheDecisionIsTheVotesWithoutThemTheDeclarationWithNeitherThereIsNoneYet() {
    Dossier majorityFor = voted(admissible().build(), Optional.empty(), A, A, A, A, A, A, N, N, N, N);
    assertThat(RULES.decide(majorityFor).outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(RULES.decide(majorityFor).codes()).contains(FindingCode.VERDICT_NOT_DECLARED);
    Dossier declaredOnly = voted(admissible().build(), Optional.of(Verdict.NOT_ADMISSIBLE));
    Decision<DossierOutcome> byDeclaration = RULES.decide(declaredOnly);
    assertThat(byDeclaration.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(byDeclaration.outcome().deliberation()).isEmpty();
    Dossier nothing = voted(admissible().build(), Optional.empty());
    Decision<DossierOutcome> pending = RULES.decide(nothing);
    assertThat(pending.outcome().ruling()).isEqualTo(Ruling.PENDING);
    assertThat(pending.outcome().evidence()).isEqualTo(Verdict.ADMISSIBLE);
    assertThat(pending.findings(FindingCode.VERDICT_NOT_RECORDED)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly(JURY.toString()));
  }

  @Test
  void withoutAJuryThereIsNoVerdictYetAndTheOutcomeSaysWhatTheEvidenceCallsFor() {
    Decision<DossierOutcome> ready = RULES.decide(Dossier.builder().from(admissible().build()).jury(Optional.empty()).build());
    assertThat(ready.outcome().ruling()).isEqualTo(Ruling.PENDING);
    assertThat(ready.outcome().evidence()).isEqualTo(Verdict.ADMISSIBLE);
    assertThat(ready.outcome().certification().due()).isTrue();
    assertThat(ready.findings()).noneMatch(f -> f.severity() == Severity.ERROR && f.code() != FindingCode.VERDICT_NOT_DECLARED);
    Decision<DossierOutcome> notReady = RULES.decide(admissibleWithout(5).jury(Optional.empty()).build());
    assertThat(notReady.outcome().ruling()).isEqualTo(Ruling.PENDING);
    assertThat(notReady.outcome().evidence()).isEqualTo(Verdict.NOT_ADMISSIBLE);
    assertThat(notReady.outcome().certification().missingCapacities()).extracting(c -> c.capacity().toString()).containsExactly("C5");
  }

  @Test
  void theEvidenceBoundsTheJuryButTheJuryMayRefuseACompleteCandidate() {
    Dossier missing = admissibleWithout(5).build();
    Decision<DossierOutcome> decision = RULES.decide(missing);
    assertThat(decision.outcome().juryVerdict()).contains(Verdict.ADMISSIBLE);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.findings(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC02", "0"));
    Dossier refused = admissible().jury(Fixtures.unanimous(Fixtures.jury(5).build(), Verdict.NOT_ADMISSIBLE)).build();
    Decision<DossierOutcome> refusal = RULES.decide(refused);
    assertThat(refusal.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(refusal.outcome().evidence()).isEqualTo(Verdict.ADMISSIBLE);
    assertThat(refusal.codes()).doesNotContain(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE);
  }

  @Test
  void errorsOfTheCandidacyOrTheProcedureKeepAnAdmissibleJuryFromMakingItSo() {
    Dossier d = admissible().build();
    Dossier apprentice = Dossier.builder().from(d)
        .candidacy(Candidacy.builder().from(d.getCandidacy()).route(AccessRoute.APPRENTICESHIP).build()).build();
    Decision<DossierOutcome> closed = RULES.decide(apprentice);
    assertThat(closed.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(closed.codes()).startsWith(FindingCode.ROUTE_CLOSED).contains(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE);
    assertThat(closed.findings(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("-", "1"));
    CqpmRules sixRoutes = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withRoutes(RulePolicy.RouteReading.EVERY_LISTED));
    assertThat(sixRoutes.decide(apprentice).outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    // the procedure: assessed before the registration
    Dossier early = Dossier.builder().from(d).candidacy(Candidacy.builder().from(d.getCandidacy())
        .registrationDate(Fixtures.ASSESSED.plusDays(1)).build()).build();
    Decision<DossierOutcome> outOfOrder = RULES.decide(early);
    assertThat(outOfOrder.codes()).contains(FindingCode.STEP_OUT_OF_ORDER);
    assertThat(outOfOrder.outcome().evidence()).isEqualTo(Verdict.NOT_ADMISSIBLE);
    assertThat(outOfOrder.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
  }

  @Test
  void codesOutsideTheReferentialAreErrorsInEveryRuleThatMeetsThem() {
    Dossier d = admissible()
        .addAssessments(Fixtures.assessed(9, Fixtures.ASSESSED, AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK))
        .addCompanyOpinions(CompanyOpinion.builder().from(Fixtures.opinion(1, Fixtures.ASSESSED, io.github.cqpm.model.dossier.OpinionPolarity.FAVOURABLE))
            .block(BlockCode.of(19453, 4)).build())
        .build();
    Decision<DossierOutcome> decision = RULES.decide(d);
    assertThat(decision.findings(FindingCode.UNKNOWN_CAPACITY)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.argumentTexts()).containsExactly("C9", "RNCP19453");
      assertThat(f.subject().id()).isEqualTo("C9");
    });
    assertThat(decision.findings(FindingCode.UNKNOWN_BLOCK)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("RNCP19453BC04", "RNCP19453"));
    assertThat(decision.outcome().certification().due()).as("the blocks themselves are complete").isTrue();
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(RULES.audit(d).outcome()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(RULES.certification(d).codes()).contains(FindingCode.UNKNOWN_CAPACITY, FindingCode.UNKNOWN_BLOCK);
    assertThat(RULES.certification(d, JURY).codes()).contains(FindingCode.UNKNOWN_CAPACITY, FindingCode.UNKNOWN_BLOCK);
  }

  @Test
  void aDossierForAnotherCertificationIsAnError() {
    Dossier other = admissible().certification(RncpNumber.of(34762)).build();
    Decision<DossierOutcome> decision = RULES.decide(other);
    assertThat(decision.findings().get(0).code()).isEqualTo(FindingCode.OTHER_CERTIFICATION);
    assertThat(decision.findings().get(0).argumentTexts()).containsExactly("RNCP34762", "RNCP19453");
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    ReferentialCatalog bundled = ReferentialCatalog.bundled();
    assertThat(CqpmRules.forCertification(bundled, RncpNumber.of(34762), RulePolicy.defaults())).isEmpty();
    assertThat(CqpmRules.forCertification(bundled, RncpNumber.of(19453), RulePolicy.defaults()))
        .hasValueSatisfying(r -> assertThat(r.getReferential()).isSameAs(Referentials.rncp19453()));
  }

  @Test
  void theViewsAreKeptSideBySide() {
    Dossier d = voted(admissibleWithout(5).build(), Optional.of(Verdict.ADMISSIBLE), A, A, A, A, A, A, A, N, N, N);
    DossierOutcome outcome = RULES.decide(d).outcome();
    assertThat(outcome.ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(outcome.deliberation().flatMap(DeliberationOutcome::verdict)).contains(Verdict.ADMISSIBLE);
    assertThat(outcome.declared()).contains(Verdict.ADMISSIBLE);
    assertThat(outcome.evidence()).isEqualTo(Verdict.NOT_ADMISSIBLE);
    assertThat(outcome.certification().missingBlocks()).extracting(b -> b.block().toString()).containsExactly("RNCP19453BC02");
    assertThat(outcome.audit()).isEqualTo(AuditOutcome.INCONSISTENT);
    assertThat(RULES.audit(d).outcome()).isEqualTo(outcome.audit());
    assertThat(RULES.audit(d).findings()).isEqualTo(RULES.decide(d).findings());
    assertThat(List.of(CapacityCode.of(5))).isEqualTo(outcome.certification().missingCapacities().stream().map(CapacityStatus::capacity).toList());
  }

  /**
   * An error of the candidacy and an error of the procedure each keep the evidence from calling
   * for the certificate, and together they count twice, not once or not at all: every block
   * acquired, a unanimous jury's "admissible" is bounded to not admissible.
   */
  @Test
  void candidacyAndProcedureErrorsTogetherBoundTheVerdict() {
    Dossier both = admissible()
        .candidacy(Candidacy.builder().from(admissible().build().getCandidacy())
            .territory(io.github.cqpm.model.referential.Territory.FRENCH_POLYNESIA).build())
        .assessments(admissible().build().getAssessments().stream()
            .map(a -> a.getCapacity().equals(CapacityCode.of(1))
                ? Fixtures.assessed(1, Fixtures.REGISTERED.minusDays(1), AssessmentOutcome.VALIDATED,
                    EvaluationMethod.OBSERVATION_AT_WORK)
                : a)
            .toList())
        .build();
    Decision<DossierOutcome> decision = RULES.decide(both);
    assertThat(decision.codes()).contains(FindingCode.TERRITORY_NOT_ACCESSIBLE, FindingCode.STEP_OUT_OF_ORDER);
    assertThat(decision.outcome().certification().due()).isTrue();
    assertThat(decision.outcome().evidence()).isEqualTo(Verdict.NOT_ADMISSIBLE);
    assertThat(decision.outcome().ruling()).isEqualTo(Ruling.NOT_ADMISSIBLE);
    assertThat(decision.findings(FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE)).singleElement()
        .satisfies(f -> assertThat(f.argumentTexts().get(1)).isEqualTo("2"));
  }
}
