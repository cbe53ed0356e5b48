package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a CQPM référentiel, as pure functions: each method returns a {@link Decision} (an
 * outcome and the findings that explain it) and never throws for a business outcome. Instances
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * CqpmRules rules = CqpmRules.standard();                 // RNCP 19453, documented defaults
 * Decision<DossierOutcome> decision = rules.decide(dossier);
 * decision.outcome().verdict();                           // ADMISSIBLE or NOT_ADMISSIBLE
 * decision.findings().forEach(f -> System.out.println(Messages.explain(f, Locale.FRENCH)));
 * }</pre>
 */
public final class CqpmRules {
  /** Room for the findings of a typical dossier (about 20), so that the list seldom grows. */
  private static final int FINDINGS_CAPACITY = 32;

  private final ReferentialIndex index;
  private final RulePolicy policy;

  private CqpmRules(Referential referential, RulePolicy policy) {
    this.index = new ReferentialIndex(Objects.requireNonNull(referential, "referential"));
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * The rules of the bundled référentiel RNCP 19453 with the documented default policy.
   *
   * @return the rules
   */
  public static CqpmRules standard() {
    return new CqpmRules(Referentials.rncp19453(), RulePolicy.defaults());
  }

  /**
   * The rules of a référentiel under a policy.
   *
   * @param referential the référentiel
   * @param policy the choices where the fiche is silent
   * @return the rules
   */
  public static CqpmRules of(Referential referential, RulePolicy policy) {
    return new CqpmRules(referential, policy);
  }

  /**
   * The référentiel these rules apply.
   *
   * @return the référentiel
   */
  public Referential getReferential() {
    return index.referential();
  }

  /**
   * The policy these rules apply.
   *
   * @return the policy
   */
  public RulePolicy getPolicy() {
    return policy;
  }

  /**
   * The candidacy: route open, territory accessible, jury inside the registration period.
   *
   * @param dossier the dossier
   * @return conform or not, and why
   */
  public Decision<Conformity> candidacy(Dossier dossier) {
    List<Finding> findings = new ArrayList<>();
    CandidacyRule.apply(index.referential(), policy, dossier, findings);
    return conformity(findings);
  }

  /**
   * The procedure: the steps of the training or VAE path present and in date order.
   *
   * @param dossier the dossier
   * @return conform or not, and why
   */
  public Decision<Conformity> procedure(Dossier dossier) {
    List<Finding> findings = new ArrayList<>();
    ProcedureRule.apply(dossier, findings);
    return conformity(findings);
  }

  /**
   * The certification at a date: every block's acquisition and validity, and whether the CQPM is
   * due.
   *
   * @param dossier the dossier
   * @param date the decision date
   * @return the blocks' statuses and whether due, and why
   */
  public Decision<CertificationOutcome> certification(Dossier dossier, LocalDate date) {
    List<Finding> findings = new ArrayList<>();
    CertificationOutcome outcome = CertificationRule.apply(index, policy, dossier, date, findings);
    return new Decision<>(outcome, findings);
  }

  /**
   * The certification at the jury's date. Without a jury, the CQPM is not due (a {@link
   * FindingCode#JURY_NOT_HELD} finding) and the blocks are judged at the
   * latest date of the dossier's evidence.
   *
   * @param dossier the dossier
   * @return the blocks' statuses and whether due, and why
   */
  public Decision<CertificationOutcome> certification(Dossier dossier) {
    List<Finding> findings = new ArrayList<>();
    CertificationOutcome outcome = certificationAtJury(dossier, findings);
    return new Decision<>(outcome, findings);
  }

  /**
   * The composition of a jury session, each breach its own finding.
   *
   * @param session the session
   * @return conform or not, and why
   */
  public Decision<Conformity> juryComposition(JurySession session) {
    List<Finding> findings = new ArrayList<>();
    JuryCompositionRule.apply(index.referential().getJuryRules(), session, findings);
    return conformity(findings);
  }

  /**
   * The deliberation: the tally of the votes of voting members, the majority, and the president's
   * casting vote on a tie.
   *
   * @param deliberation the deliberation
   * @return the tally and its verdict, and why
   */
  public Decision<DeliberationOutcome> deliberation(JuryDeliberation deliberation) {
    List<Finding> findings = new ArrayList<>();
    DeliberationOutcome outcome = DeliberationRule.apply(policy, deliberation, findings);
    return new Decision<>(outcome, findings);
  }

  /**
   * Whether the verdict the jury declared is consistent with the evidence and the composition.
   *
   * @param dossier the dossier, with its deliberation and declared verdict
   * @return consistent or not, and why
   */
  public Decision<AuditOutcome> audit(Dossier dossier) {
    List<Finding> findings = new ArrayList<>();
    AuditOutcome outcome = AuditRule.apply(index, policy, dossier, findings);
    return new Decision<>(outcome, findings);
  }

  /**
   * The full decision on a dossier: candidacy, procedure, blocks and certification at the jury's
   * date, and, when the jury sat, its composition and tally. The verdict is {@link
   * Verdict#ADMISSIBLE} when the CQPM is due and the candidacy and procedure have no ERROR finding.
   *
   * @param dossier the dossier
   * @return the verdict with every block and capacity, and why
   */
  public Decision<DossierOutcome> decide(Dossier dossier) {
    List<Finding> findings = new ArrayList<>(FINDINGS_CAPACITY);
    CandidacyRule.apply(index.referential(), policy, dossier, findings);
    ProcedureRule.apply(dossier, findings);
    boolean conform = !hasErrors(findings);
    CertificationOutcome certification = certificationAtJury(dossier, findings);
    Optional<DeliberationOutcome> tally = Optional.empty();
    if (dossier.getJury().isPresent()) {
      JuryDeliberation jury = dossier.getJury().get();
      JuryCompositionRule.apply(index.referential().getJuryRules(), jury.getSession(), findings);
      if (!jury.getVotes().isEmpty()) {
        tally = Optional.of(DeliberationRule.apply(policy, jury, findings));
      }
    }
    Verdict verdict =
        conform && certification.due() ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE;
    return new Decision<>(new DossierOutcome(verdict, certification, tally), findings);
  }

  private CertificationOutcome certificationAtJury(Dossier dossier, List<Finding> findings) {
    if (dossier.getJury().isPresent()) {
      LocalDate jury = dossier.getJury().get().getSession().getDate();
      return CertificationRule.apply(index, policy, dossier, jury, findings);
    }
    findings.add(Finding.of(FindingCode.JURY_NOT_HELD, Subject.DOSSIER));
    return CertificationRule.blocksOnly(
        index, policy, dossier, CertificationRule.latestEvidence(dossier), findings);
  }

  private static Decision<Conformity> conformity(List<Finding> findings) {
    return new Decision<>(
        hasErrors(findings) ? Conformity.NOT_CONFORM : Conformity.CONFORM, findings);
  }

  private static boolean hasErrors(List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }
}
