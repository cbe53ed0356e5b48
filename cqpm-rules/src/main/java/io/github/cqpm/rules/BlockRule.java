package io.github.cqpm.rules;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The acquisition and validity of a block at a decision date.
 *
 * <p>Acquisition by this dossier's evidence: each capacity of the block is validated through one
 * of the three modalities ("Evaluation en situation professionnelle réelle … Ou Présentation des
 * projets … Ou Evaluation à partir d'une situation professionnelle reconstituée"), <b>and</b> the
 * company's opinion on the block is on record ("Et Avis de l'entreprise"). Evidence dated after the
 * decision date is left out. The latest assessment of a capacity counts (on one day a validation
 * prevails), and the latest opinion on a block (on one day an unfavourable one prevails). An
 * unfavourable opinion follows {@link RulePolicy#unfavourableOpinion()}.
 *
 * <p>A block acquired by this dossier's evidence is acquired on the decision date (the jury's
 * deliberation). Otherwise a block the dossier lists as acquired earlier stands, while valid:
 * "Validité des composantes acquises : 5 an(s)" (see {@link Validity}).
 */
final class BlockRule {
  private BlockRule() {}

  static BlockStatus apply(
      Referential ref, RulePolicy policy, Dossier dossier, Block block, LocalDate date,
      List<Finding> out) {
    List<Finding> evidence = new ArrayList<>();
    List<CapacityStatus> capacities = new ArrayList<>();
    for (CapacityCode capacity : block.getCapacities()) {
      capacities.add(capacity(dossier, capacity, date, evidence));
    }
    Optional<CompanyOpinion> opinion = latestOpinion(dossier, block, date, evidence);
    boolean opinionAllows = opinion.isPresent();
    Subject subject = Subject.of(Subject.Kind.BLOCK, block.getCode());
    if (opinion.isEmpty()) {
      evidence.add(Finding.of(FindingCode.COMPANY_OPINION_MISSING, subject, block.getCode()));
    } else if (opinion.get().getPolarity() == OpinionPolarity.UNFAVOURABLE) {
      boolean blocking = policy.unfavourableOpinion() == RulePolicy.OpinionPolicy.BLOCKING;
      opinionAllows = !blocking;
      evidence.add(
          Finding.of(
                  FindingCode.COMPANY_OPINION_UNFAVOURABLE, subject, block.getCode(),
                  opinion.get().getDate())
              .withSeverity(blocking ? Severity.ERROR : Severity.WARNING));
    }
    boolean byEvidence =
        opinionAllows
            && capacities.stream().allMatch(c -> c.state() == CapacityStatus.State.VALIDATED);
    Optional<OpinionPolarity> polarity = opinion.map(CompanyOpinion::getPolarity);
    Optional<AcquiredBlock> earlier =
        dossier.getAcquiredBlocks().stream()
            .filter(a -> a.getBlock().equals(block.getCode()))
            .findFirst();

    if (byEvidence) {
      out.addAll(evidence);
      return acquired(ref, block, capacities, polarity, date, date, out);
    }
    if (earlier.isPresent()) {
      LocalDate acquiredOn = earlier.get().getAcquiredOn();
      LocalDate firstInvalid = Validity.firstInvalidDay(acquiredOn, ref.getComponentValidity());
      if (acquiredOn.isAfter(date)) {
        out.addAll(evidence);
        out.add(Finding.of(FindingCode.BLOCK_ACQUIRED_LATER, subject, block.getCode(), acquiredOn));
      } else if (Validity.isValidOn(acquiredOn, ref.getComponentValidity(), date)) {
        return acquired(ref, block, capacities, polarity, acquiredOn, date, out);
      } else {
        out.addAll(evidence);
        out.add(
            Finding.of(FindingCode.BLOCK_EXPIRED, subject, block.getCode(), acquiredOn, firstInvalid));
        return new BlockStatus(
            block.getCode(), capacities, polarity, Optional.of(acquiredOn), Optional.of(firstInvalid),
            false);
      }
    } else {
      out.addAll(evidence);
      out.add(Finding.of(FindingCode.BLOCK_NOT_ACQUIRED, subject, block.getCode()));
    }
    return new BlockStatus(
        block.getCode(), capacities, polarity, Optional.empty(), Optional.empty(), false);
  }

  private static BlockStatus acquired(
      Referential ref, Block block, List<CapacityStatus> capacities,
      Optional<OpinionPolarity> polarity, LocalDate acquiredOn, LocalDate date, List<Finding> out) {
    LocalDate firstInvalid = Validity.firstInvalidDay(acquiredOn, ref.getComponentValidity());
    out.add(
        Finding.of(
            FindingCode.BLOCK_ACQUIRED,
            Subject.of(Subject.Kind.BLOCK, block.getCode()),
            block.getCode(),
            acquiredOn,
            firstInvalid));
    return new BlockStatus(
        block.getCode(), capacities, polarity, Optional.of(acquiredOn), Optional.of(firstInvalid),
        true);
  }

  private static CapacityStatus capacity(
      Dossier dossier, CapacityCode capacity, LocalDate date, List<Finding> out) {
    Subject subject = Subject.of(Subject.Kind.CAPACITY, capacity);
    Optional<CapacityAssessment> latest = Optional.empty();
    for (CapacityAssessment a : dossier.getAssessments()) {
      if (!a.getCapacity().equals(capacity)) {
        continue;
      }
      if (a.getDate().isAfter(date)) {
        out.add(
            Finding.of(FindingCode.EVIDENCE_AFTER_DECISION_DATE, subject, capacity, a.getDate()));
      } else if (latest.isEmpty() || LATEST_ASSESSMENT.compare(a, latest.get()) > 0) {
        latest = Optional.of(a);
      }
    }
    if (latest.isEmpty()) {
      out.add(Finding.of(FindingCode.CAPACITY_NOT_ASSESSED, subject, capacity));
      return new CapacityStatus(
          capacity, CapacityStatus.State.NOT_ASSESSED, Optional.empty(), Optional.empty());
    }
    CapacityAssessment counted = latest.get();
    if (counted.getOutcome() != AssessmentOutcome.VALIDATED) {
      out.add(Finding.of(FindingCode.CAPACITY_NOT_VALIDATED, subject, capacity, counted.getDate()));
      return status(counted, CapacityStatus.State.NOT_VALIDATED);
    }
    out.add(
        Finding.of(
            FindingCode.CAPACITY_VALIDATED, subject, capacity, counted.getDate(),
            counted.getModality()));
    if (counted.getModality() == EvaluationModality.RECONSTITUTED_SITUATION) {
      out.add(
          Finding.of(
              FindingCode.RECONSTITUTED_SITUATION_USED, subject, capacity, counted.getDate()));
    }
    return status(counted, CapacityStatus.State.VALIDATED);
  }

  private static CapacityStatus status(CapacityAssessment a, CapacityStatus.State state) {
    return new CapacityStatus(
        a.getCapacity(), state, Optional.of(a.getDate()), Optional.of(a.getModality()));
  }

  /**
   * Which assessment counts: the later date; on one day, a validation over a non-validation; then,
   * so that the order of the dossier's list never matters, the modality, method and commission
   * that come first.
   */
  private static final Comparator<CapacityAssessment> LATEST_ASSESSMENT =
      Comparator.comparing(CapacityAssessment::getDate)
          .thenComparing(a -> a.getOutcome() == AssessmentOutcome.VALIDATED)
          .thenComparing(CapacityAssessment::getModality, Comparator.reverseOrder())
          .thenComparing(CapacityAssessment::getMethod, Comparator.reverseOrder())
          .thenComparing(CapacityAssessment::getCommission, Comparator.reverseOrder());

  /**
   * Which opinion counts: the later date; on one day, an unfavourable opinion over a favourable
   * one; then the author's role that comes first.
   */
  private static final Comparator<CompanyOpinion> LATEST_OPINION =
      Comparator.comparing(CompanyOpinion::getDate)
          .thenComparing(o -> o.getPolarity() == OpinionPolarity.UNFAVOURABLE)
          .thenComparing(CompanyOpinion::getAuthorRole, Comparator.reverseOrder());

  private static Optional<CompanyOpinion> latestOpinion(
      Dossier dossier, Block block, LocalDate date, List<Finding> out) {
    Optional<CompanyOpinion> latest = Optional.empty();
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      if (!o.getBlock().equals(block.getCode())) {
        continue;
      }
      if (o.getDate().isAfter(date)) {
        out.add(
            Finding.of(
                FindingCode.EVIDENCE_AFTER_DECISION_DATE,
                Subject.of(Subject.Kind.BLOCK, block.getCode()),
                block.getCode(),
                o.getDate()));
      } else if (latest.isEmpty() || LATEST_OPINION.compare(o, latest.get()) > 0) {
        latest = Optional.of(o);
      }
    }
    return latest;
  }
}
