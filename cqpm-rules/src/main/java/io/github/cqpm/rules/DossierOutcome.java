package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.decision.FindingCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's full decision on a dossier, with the views an application shows and an auditor
 * compares side by side: the decision ({@link #ruling()}), the votes' verdict ({@link
 * #deliberation()}), what the jury declared ({@link #declared()}), what the evidence calls for
 * ({@link #evidence()}, with the certification's blocks, capacities and what is missing), and the
 * audit of the declared verdict ({@link #audit()}).
 *
 * @param ruling the decision: the jury's verdict bounded by the evidence; {@link Ruling#UNDECIDED}
 *     when the deliberation is irregular; {@link Ruling#PENDING} when there is no verdict yet
 * @param deliberation the tally of the votes and the verdict they give, when votes are recorded
 * @param declared the verdict the jury declared, as recorded
 * @param evidence what the evidence calls for: {@link Verdict#ADMISSIBLE} when every block is
 *     acquired and valid at the decision date and the candidacy, the procedure and the codes used
 *     have no ERROR finding; {@link Verdict#NOT_ADMISSIBLE} otherwise
 * @param certification the blocks' and capacities' statuses at the jury's date (without a jury,
 *     at the latest date of the evidence), and what is missing
 * @param audit whether the declared verdict is consistent with the dossier
 * @param irregularities the codes of the findings that make the deliberation irregular, in order;
 *     empty unless the ruling is {@link Ruling#UNDECIDED}
 */
public record DossierOutcome(
    Ruling ruling,
    Optional<DeliberationOutcome> deliberation,
    Optional<Verdict> declared,
    Verdict evidence,
    CertificationOutcome certification,
    AuditOutcome audit,
    List<FindingCode> irregularities) {

  /**
   * Checks the components and copies the irregularities.
   *
   * @param ruling the decision
   * @param deliberation the tally
   * @param declared the declared verdict
   * @param evidence the evidence's call
   * @param certification the certification
   * @param audit the audit of the declaration
   * @param irregularities what makes the deliberation irregular
   */
  public DossierOutcome {
    Objects.requireNonNull(ruling, "ruling");
    Objects.requireNonNull(deliberation, "deliberation");
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(audit, "audit");
    irregularities = List.copyOf(irregularities);
  }

  /**
   * The jury's own verdict, before the evidence bounds it: the votes' verdict when votes are
   * recorded, else the declared verdict.
   *
   * @return the verdict; empty when the jury gave none (no jury, nothing recorded, a tie left
   *     unresolved, a quorum not met)
   */
  public Optional<Verdict> juryVerdict() {
    return deliberation.isPresent() ? deliberation.get().verdict() : declared;
  }
}
