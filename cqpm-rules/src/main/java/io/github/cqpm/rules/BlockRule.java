package io.github.cqpm.rules;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.time.Period;
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
 * unfavourable opinion follows {@link RulePolicy#unfavourableOpinion()}. A validation counts while
 * valid, five years from its date, when {@link RulePolicy#validityScope()} extends "Validité des
 * composantes acquises : 5 an(s)" to capacities, as it does by default.
 *
 * <p>A block acquired by this dossier's evidence is acquired on the decision date (the jury's
 * deliberation). Otherwise a block the dossier lists as acquired earlier stands, while valid:
 * "Validité des composantes acquises : 5 an(s)" (see {@link Validity}).
 */
final class BlockRule {
  private static final EnumOptionals<EvaluationModality> MODALITIES =
      new EnumOptionals<>(EvaluationModality.class);
  private static final EnumOptionals<OpinionPolarity> POLARITIES =
      new EnumOptionals<>(OpinionPolarity.class);

  private BlockRule() {}

  /**
   * The status of the block at an index, with its findings: those of its capacities and opinion,
   * then the block's own.
   */
  static Decision<BlockStatus> apply(
      ReferentialIndex ref, RulePolicy policy, Dossier dossier, AssessmentIndex assessments,
      int index, LocalDate date) {
    List<Finding> out = new ArrayList<>(8);
    BlockStatus status = status(ref, policy, dossier, assessments, index, date, out);
    return new Decision<>(status, out);
  }

  /** The block's status; its findings added to this rule's own list, {@code out}. */
  private static BlockStatus status(
      ReferentialIndex ref, RulePolicy policy, Dossier dossier, AssessmentIndex assessments,
      int index, LocalDate date, List<Finding> out) {
    BlockCode code = ref.blockCode(index);
    Subject subject = ref.blockSubject(index);
    int[] slots = ref.blockSlots(index);
    CapacityStatus[] capacities = new CapacityStatus[slots.length];
    boolean allValidated = true;
    for (int i = 0; i < slots.length; i++) {
      capacities[i] = capacity(ref, policy, dossier, assessments, slots[i], date, out);
      allValidated &= capacities[i].state() == CapacityStatus.State.VALIDATED;
    }
    CompanyOpinion opinion = latestOpinion(dossier, code, subject, date, out);
    boolean opinionAllows = opinion != null;
    if (opinion == null) {
      out.add(Finding.of(FindingCode.COMPANY_OPINION_MISSING, subject, code));
    } else if (opinion.getPolarity() == OpinionPolarity.UNFAVOURABLE) {
      boolean blocking = policy.unfavourableOpinion() == RulePolicy.OpinionPolicy.BLOCKING;
      opinionAllows = !blocking;
      out.add(
          Finding.of(FindingCode.COMPANY_OPINION_UNFAVOURABLE, subject, code, opinion.getDate())
              .withSeverity(blocking ? Severity.ERROR : Severity.WARNING));
    }
    List<CapacityStatus> statuses = List.of(capacities);
    Optional<OpinionPolarity> polarity =
        opinion == null ? Optional.empty() : POLARITIES.of(opinion.getPolarity());
    if (opinionAllows && allValidated) {
      return acquired(ref, code, subject, statuses, polarity, date, out);
    }
    AcquiredBlock earlier = earlier(dossier, code);
    if (earlier == null) {
      out.add(Finding.of(FindingCode.BLOCK_NOT_ACQUIRED, subject, code));
      return new BlockStatus(code, statuses, polarity, Optional.empty(), Optional.empty(), false);
    }
    LocalDate acquiredOn = earlier.getAcquiredOn();
    Optional<Period> validity = ref.referential().getComponentValidity();
    if (acquiredOn.isAfter(date)) {
      out.add(Finding.of(FindingCode.BLOCK_ACQUIRED_LATER, subject, code, acquiredOn));
      return new BlockStatus(code, statuses, polarity, Optional.empty(), Optional.empty(), false);
    }
    if (validity.isEmpty() || Validity.isValidOn(acquiredOn, validity.get(), date)) {
      // the earlier acquisition stands: this dossier's evidence on the block does not explain it
      out.clear();
      return acquired(ref, code, subject, statuses, polarity, acquiredOn, out);
    }
    LocalDate firstInvalid = Validity.firstInvalidDay(acquiredOn, validity.get());
    out.add(Finding.of(FindingCode.BLOCK_EXPIRED, subject, code, acquiredOn, firstInvalid));
    return new BlockStatus(
        code, statuses, polarity, Optional.of(acquiredOn), Optional.of(firstInvalid), false);
  }

  private static BlockStatus acquired(
      ReferentialIndex ref, BlockCode code, Subject subject, List<CapacityStatus> capacities,
      Optional<OpinionPolarity> polarity, LocalDate acquiredOn, List<Finding> out) {
    Optional<Period> validity = ref.referential().getComponentValidity();
    if (validity.isEmpty()) {
      out.add(Finding.of(FindingCode.BLOCK_ACQUIRED_WITHOUT_LIMIT, subject, code, acquiredOn));
      return new BlockStatus(code, capacities, polarity, Optional.of(acquiredOn), Optional.empty(), true);
    }
    LocalDate firstInvalid = Validity.firstInvalidDay(acquiredOn, validity.get());
    out.add(Finding.of(FindingCode.BLOCK_ACQUIRED, subject, code, acquiredOn, firstInvalid));
    return new BlockStatus(
        code, capacities, polarity, Optional.of(acquiredOn), Optional.of(firstInvalid), true);
  }

  private static AcquiredBlock earlier(Dossier dossier, BlockCode code) {
    List<AcquiredBlock> acquired = dossier.getAcquiredBlocks();
    for (int i = 0; i < acquired.size(); i++) {
      if (acquired.get(i).getBlock().equals(code)) {
        return acquired.get(i);
      }
    }
    return null;
  }

  private static CapacityStatus capacity(
      ReferentialIndex ref, RulePolicy policy, Dossier dossier, AssessmentIndex assessments,
      int slot, LocalDate date, List<Finding> out) {
    CapacityCode capacity = ref.capacity(slot);
    Subject subject = ref.capacitySubject(slot);
    if (assessments.hasLate(slot)) {
      for (CapacityAssessment a : dossier.getAssessments()) {
        if (a.getCapacity().equals(capacity) && a.getDate().isAfter(date)) {
          out.add(
              Finding.of(FindingCode.EVIDENCE_AFTER_DECISION_DATE, subject, capacity, a.getDate()));
        }
      }
    }
    CapacityAssessment counted = assessments.counted(slot);
    if (counted == null) {
      out.add(Finding.of(FindingCode.CAPACITY_NOT_ASSESSED, subject, capacity));
      return new CapacityStatus(
          capacity, CapacityStatus.State.NOT_ASSESSED, Optional.empty(), Optional.empty());
    }
    if (counted.getOutcome() != AssessmentOutcome.VALIDATED) {
      out.add(Finding.of(FindingCode.CAPACITY_NOT_VALIDATED, subject, capacity, counted.getDate()));
      return status(counted, CapacityStatus.State.NOT_VALIDATED);
    }
    Optional<Period> validity = ref.referential().getComponentValidity();
    if (policy.validityScope() == RulePolicy.ValidityScope.BLOCKS_AND_CAPACITIES && validity.isPresent()) {
      if (!Validity.isValidOn(counted.getDate(), validity.get(), date)) {
        out.add(
            Finding.of(
                FindingCode.CAPACITY_VALIDATION_EXPIRED, subject, capacity, counted.getDate(),
                Validity.firstInvalidDay(counted.getDate(), validity.get())));
        return status(counted, CapacityStatus.State.EXPIRED);
      }
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
        a.getCapacity(), state, Optional.of(a.getDate()), MODALITIES.of(a.getModality()));
  }

  /**
   * Which opinion counts: the later date; on one day, an unfavourable opinion over a favourable
   * one; then the author's role that comes first.
   */
  private static final Comparator<CompanyOpinion> LATEST_OPINION =
      Comparator.comparing(CompanyOpinion::getDate)
          .thenComparing(o -> o.getPolarity() == OpinionPolarity.UNFAVOURABLE)
          .thenComparing(CompanyOpinion::getAuthorRole, Comparator.reverseOrder());

  /** The opinion on a block that counts, or null; an opinion dated after the date is a finding. */
  private static CompanyOpinion latestOpinion(
      Dossier dossier, BlockCode code, Subject subject, LocalDate date, List<Finding> out) {
    CompanyOpinion latest = null;
    List<CompanyOpinion> opinions = dossier.getCompanyOpinions();
    for (int i = 0; i < opinions.size(); i++) {
      CompanyOpinion o = opinions.get(i);
      if (!o.getBlock().equals(code)) {
        continue;
      }
      if (o.getDate().isAfter(date)) {
        out.add(Finding.of(FindingCode.EVIDENCE_AFTER_DECISION_DATE, subject, code, o.getDate()));
      } else if (latest == null || LATEST_OPINION.compare(o, latest) > 0) {
        latest = o;
      }
    }
    return latest;
  }
}
