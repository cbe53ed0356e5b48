package io.github.cqpm.rules;

import io.github.cqpm.json.CanonicalJson;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.DossierConformity;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.validation.Reading;
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
 * decision.outcome().ruling();                            // ADMISSIBLE, NOT_ADMISSIBLE, UNDECIDED, PENDING
 * decision.findings().forEach(f -> System.out.println(Messages.explain(f, Locale.FRENCH)));
 * }</pre>
 */
public final class CqpmRules {
  /** The deliberation's part of a decision on a dossier whose jury recorded nothing. */
  private static final Decision<Optional<DeliberationOutcome>> NO_DELIBERATION =
      new Decision<>(Optional.empty(), List.of());

  private final ReferentialIndex index;
  private final RulePolicy policy;
  private final Reading reading;
  /** The référentiel's revision, computed on first use (a racing thread computes the same text). */
  private volatile String revision;

  private CqpmRules(Referential referential, RulePolicy policy) {
    this.index = new ReferentialIndex(Objects.requireNonNull(referential, "referential"));
    this.policy = Objects.requireNonNull(policy, "policy");
    this.reading = policy.reading();
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
   * The revision of the référentiel these rules apply: the SHA-256 of its {@linkplain
   * CanonicalJson canonical JSON}, the same on every JVM and through either Jackson module. Two
   * référentiels under one RNCP number (two revisions of a fiche) have two revisions; a decision
   * document names the one that decided.
   *
   * @return 64 lower-case hexadecimal digits
   * @since 0.2.0
   */
  public String getReferentialRevision() {
    String known = revision;
    if (known == null) {
      known = CanonicalJson.sha256(
          CqpmFormat.binding(Referential.class).getJsonType(), index.referential());
      revision = known;
    }
    return known;
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
   * The rules of the bundled référentiel under a certification's number, under a policy.
   *
   * @param certification the RNCP number a dossier names
   * @param policy the choices where the fiche is silent
   * @return the rules, or empty when the library bundles no référentiel under that number
   * @deprecated name the catalogue: {@link #forCertification(ReferentialCatalog, RncpNumber,
   *     RulePolicy)}
   */
  @Deprecated(since = "0.2.0")
  public static Optional<CqpmRules> forCertification(RncpNumber certification, RulePolicy policy) {
    return forCertification(ReferentialCatalog.bundled(), certification, policy);
  }

  /**
   * The rules of the référentiel a catalogue holds under a certification's number, under a
   * policy: the rules a dossier naming that number is decided by.
   *
   * @param catalog the référentiels the application decides with
   * @param certification the RNCP number a dossier names
   * @param policy the choices where the fiche is silent
   * @return the rules, or empty when the catalogue holds no référentiel under that number
   * @since 0.2.0
   */
  public static Optional<CqpmRules> forCertification(
      ReferentialCatalog catalog, RncpNumber certification, RulePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return catalog.find(certification).map(ref -> new CqpmRules(ref, policy));
  }

  /**
   * The candidacy: the dossier is for this référentiel's certification, the route open, the
   * territory accessible, the jury's date inside the registration.
   *
   * @param dossier the dossier
   * @return conform or not, and why
   */
  public Decision<Conformity> candidacy(Dossier dossier) {
    return conformity(CandidacyRule.apply(index, reading, dossier));
  }

  /**
   * The procedure: the steps of the training or VAE path present and in date order, so far (a
   * jury that has not sat yet is not a fault of the procedure).
   *
   * @param dossier the dossier
   * @return conform or not, and why
   */
  public Decision<Conformity> procedure(Dossier dossier) {
    return conformity(ProcedureRule.apply(dossier));
  }

  /**
   * The certification at a date: every block's acquisition and validity, and whether the CQPM is
   * due. Codes the référentiel does not have are reported first ({@code UNKNOWN_CAPACITY}, {@code
   * UNKNOWN_BLOCK}); they belong to no block.
   *
   * @param dossier the dossier
   * @param date the decision date
   * @return the blocks' statuses and whether due, and why
   */
  public Decision<CertificationOutcome> certification(Dossier dossier, LocalDate date) {
    return afterReferences(dossier, CertificationRule.apply(index, policy, dossier, date));
  }

  /**
   * The certification at the jury's date. Without a jury ({@link FindingCode#JURY_NOT_HELD}), the
   * blocks are judged at the latest date of the dossier's evidence: what the evidence calls for,
   * so that an application can prepare the jury.
   *
   * @param dossier the dossier
   * @return the blocks' statuses and whether due, and why
   */
  public Decision<CertificationOutcome> certification(Dossier dossier) {
    return afterReferences(dossier, certificationAtJury(dossier));
  }

  /** The certification with the codes the dossier uses that the référentiel lacks, reported first. */
  private Decision<CertificationOutcome> afterReferences(
      Dossier dossier, Decision<CertificationOutcome> certification) {
    return new Decision<>(certification.outcome(), concat(references(dossier), certification.findings()));
  }

  /**
   * The composition of a jury session, each breach its own finding ({@link JuryComposition}, the
   * computation a dossier's Bean Validation constraint reports too).
   *
   * @param session the session
   * @return conform or not, and why
   */
  public Decision<Conformity> juryComposition(JurySession session) {
    return conformity(JuryCompositionRule.apply(index.referential(), session));
  }

  /**
   * The deliberation: the tally of the votes of voting members, the majority, and the president's
   * casting vote on a tie.
   *
   * @param deliberation the deliberation
   * @return the tally and its verdict, and why
   */
  public Decision<DeliberationOutcome> deliberation(JuryDeliberation deliberation) {
    return DeliberationRule.apply(policy, deliberation);
  }

  /**
   * Whether the verdict the jury declared is consistent with the dossier: the same findings as
   * {@link #decide(Dossier)}, weighed for the declaration ({@link DossierOutcome#audit()}).
   *
   * @param dossier the dossier, with its deliberation and declared verdict
   * @return consistent or not, and why
   */
  public Decision<AuditOutcome> audit(Dossier dossier) {
    Decision<DossierOutcome> decision = decide(dossier);
    return new Decision<>(decision.outcome().audit(), decision.findings());
  }

  /**
   * The full decision on a dossier. The jury decides and the evidence bounds it ({@link Ruling}):
   * with votes recorded, the votes' verdict; with none, the declared verdict; with neither, no
   * verdict yet ({@link Ruling#PENDING}). An irregular deliberation has no valid verdict ({@link
   * Ruling#UNDECIDED}); a candidate absent or excused from the jury has none ({@link Ruling#ABSENT},
   * {@link Ruling#EXCUSED}: the jury's composition and votes are not judged, and votes or a verdict
   * recorded for them make the record inconsistent); a candidacy that targets some blocks only is
   * judged on them ({@link Ruling#TARGET_MET}, {@link Ruling#TARGET_NOT_MET}: the jury's
   * "admissible" read as the targeted blocks validated, bounded by the evidence alike); "admissible" needs every block acquired and valid at the jury's date and no
   * ERROR in the candidacy, the procedure or the codes used. The outcome keeps the views side by
   * side: the decision, the votes' verdict, the declared verdict, the evidence's call and the audit
   * of the declaration.
   *
   * <p>Findings come in this order: candidacy, procedure, codes, blocks and certification, jury
   * composition, deliberation, decision, audit of the declaration.
   *
   * @param dossier the dossier
   * @return the decision with every block and capacity, and why
   */
  public Decision<DossierOutcome> decide(Dossier dossier) {
    List<Finding> candidacy = CandidacyRule.apply(index, reading, dossier);
    List<Finding> procedure = ProcedureRule.apply(dossier);
    List<Finding> references = references(dossier);
    int caseErrors = errors(candidacy) + errors(procedure) + errors(references);
    Decision<CertificationOutcome> certification = certificationAtJury(dossier);
    List<BlockCode> target = dossier.getCandidacy().getPartialTarget(index.referential());
    Verdict evidence = certification.outcome().acquired(target) && caseErrors == 0
        ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE;
    Optional<Verdict> declared = Optional.empty();
    List<Finding> composition = List.of();
    Decision<Optional<DeliberationOutcome>> deliberation = NO_DELIBERATION;
    if (dossier.getJury().isPresent() && dossier.getJury().get().getAttendance() != Attendance.PRESENT) {
      return absent(dossier.getJury().get(), evidence, certification, candidacy, procedure, references);
    }
    if (dossier.getJury().isPresent()) {
      JuryDeliberation jury = dossier.getJury().get();
      declared = jury.getDeclaredVerdict();
      composition = JuryCompositionRule.apply(index.referential(), jury.getSession());
      if (!jury.getVotes().isEmpty()) {
        Decision<DeliberationOutcome> tally = DeliberationRule.apply(policy, jury);
        deliberation = new Decision<>(Optional.of(tally.outcome()), tally.findings());
      } else if (declared.isPresent()) {
        deliberation = new Decision<>(Optional.empty(), DeliberationRule.quorumWithoutVotes(policy));
      }
    }
    List<FindingCode> irregularities = errorCodes(composition, deliberation.findings());
    Evaluation parts = new Evaluation(deliberation.outcome(), declared, evidence,
        certification.outcome(), caseErrors, errors(composition), target);
    Decision<Ruling> ruling = VerdictRule.apply(dossier, parts, irregularities);
    Decision<AuditOutcome> audit = AuditRule.apply(parts, irregularities);
    DossierOutcome outcome = new DossierOutcome(ruling.outcome(), deliberation.outcome(), declared,
        evidence, certification.outcome(), audit.outcome(), irregularities);
    return new Decision<>(outcome, concat(candidacy, procedure, references, certification.findings(),
        composition, deliberation.findings(), ruling.findings(), audit.findings()));
  }

  /**
   * The decision on a candidate absent or excused from the jury: no verdict, whatever is recorded
   * (the jury's composition and votes are not judged: they concern the candidates who attended);
   * votes or a verdict recorded for them make the record inconsistent. The blocks are judged at the
   * jury's date all the same.
   */
  private static Decision<DossierOutcome> absent(JuryDeliberation jury, Verdict evidence,
      Decision<CertificationOutcome> certification, List<Finding> candidacy, List<Finding> procedure,
      List<Finding> references) {
    boolean excused = jury.getAttendance() == Attendance.EXCUSED;
    LocalDate date = jury.getSession().getDate();
    Finding why = Finding.of(excused ? FindingCode.CANDIDATE_EXCUSED : FindingCode.CANDIDATE_ABSENT, Subject.JURY, date);
    List<Finding> audit = List.of();
    AuditOutcome consistent = AuditOutcome.CONSISTENT;
    if (!jury.getVotes().isEmpty() || jury.getDeclaredVerdict().isPresent()) {
      audit = List.of(Finding.of(FindingCode.VERDICT_RECORDED_FOR_ABSENT_CANDIDATE, Subject.JURY,
          jury.getVotes().size(), jury.getDeclaredVerdict().map(Verdict::name).orElse("-")));
      consistent = AuditOutcome.INCONSISTENT;
    }
    DossierOutcome outcome = new DossierOutcome(excused ? Ruling.EXCUSED : Ruling.ABSENT, Optional.empty(),
        jury.getDeclaredVerdict(), evidence, certification.outcome(), consistent, List.of());
    return new Decision<>(outcome, concat(candidacy, procedure, references, certification.findings(), List.of(why),
        audit));
  }

  /** The codes the dossier uses that the référentiel does not have. */
  private List<Finding> references(Dossier dossier) {
    return NonconformityFindings.findings(DossierConformity.references(dossier, index.referential()));
  }

  private Decision<CertificationOutcome> certificationAtJury(Dossier dossier) {
    if (dossier.getJury().isPresent()) {
      LocalDate jury = dossier.getJury().get().getSession().getDate();
      return CertificationRule.apply(index, policy, dossier, jury);
    }
    LocalDate latest = CertificationRule.latestEvidence(dossier);
    Decision<CertificationOutcome> certification = CertificationRule.apply(index, policy, dossier, latest);
    return new Decision<>(certification.outcome(), concat(
        List.of(Finding.of(FindingCode.JURY_NOT_HELD, Subject.DOSSIER, latest)), certification.findings()));
  }

  /** The findings of the parts, in order, as one list: the decision's. */
  @SafeVarargs
  private static List<Finding> concat(List<Finding>... parts) {
    int size = 0;
    for (List<Finding> part : parts) {
      size += part.size();
    }
    Finding[] all = new Finding[size];
    int at = 0;
    for (List<Finding> part : parts) {
      for (int i = 0; i < part.size(); i++) {
        all[at++] = part.get(i);
      }
    }
    return List.of(all);
  }

  private static int errors(List<Finding> findings) {
    int errors = 0;
    for (int i = 0; i < findings.size(); i++) {
      errors += findings.get(i).severity() == Severity.ERROR ? 1 : 0;
    }
    return errors;
  }

  /** The codes of the ERROR findings of the jury's parts, in order: what makes it irregular. */
  private static List<FindingCode> errorCodes(List<Finding> composition, List<Finding> deliberation) {
    List<FindingCode> codes = null;
    for (List<Finding> part : List.of(composition, deliberation)) {
      for (int i = 0; i < part.size(); i++) {
        if (part.get(i).severity() == Severity.ERROR) {
          codes = codes == null ? new ArrayList<>(2) : codes;
          codes.add(part.get(i).code());
        }
      }
    }
    return codes == null ? List.of() : List.copyOf(codes);
  }

  private static Decision<Conformity> conformity(List<Finding> findings) {
    return new Decision<>(errors(findings) > 0 ? Conformity.NOT_CONFORM : Conformity.CONFORM, findings);
  }
}
