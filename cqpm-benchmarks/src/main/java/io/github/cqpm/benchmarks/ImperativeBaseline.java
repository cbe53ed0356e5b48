package io.github.cqpm.benchmarks;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AdmissibilityDecision;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.CertificationOutcome;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The baselines of the decision benchmark, hand-written loops over the dossier that explain
 * nothing. {@link #outcome} computes the same outcome as {@code CqpmRules.standard().decide}
 * (verdict, every block's and capacity's status, the tally) without a single finding, so that
 * the benchmark's ratio is the cost of the explanation; {@link #verdict} computes the verdict alone
 * and stops at the first missing piece. Both apply the documented default policy (a test checks
 * them against the rules on generated dossiers).
 */
public final class ImperativeBaseline {
  private ImperativeBaseline() {}

  /**
   * The outcome of a dossier, as {@code CqpmRules.standard().decide(dossier).outcome()} gives it.
   *
   * @param ref the référentiel
   * @param dossier the dossier
   * @return the verdict, the certification with every block and capacity, the tally
   */
  public static DossierOutcome outcome(Referential ref, Dossier dossier) {
    JuryDeliberation jury = dossier.getJury().orElse(null);
    LocalDate date = jury == null ? latestEvidence(dossier) : jury.getSession().getDate();
    boolean conform =
        candidacyConform(ref, dossier, jury == null ? null : date)
            && (dossier.getCandidacy().getRoute().getPath() == PathKind.VAE
                ? vaeConform(dossier.getVae().orElse(null), jury == null ? null : date)
                : trainingConform(dossier, jury == null ? null : date));
    CapacityAssessment[] counted = countedAssessments(ref, dossier, date);
    List<Block> blocks = ref.getBlocks();
    BlockStatus[] statuses = new BlockStatus[blocks.size()];
    boolean allValid = true;
    for (int b = 0; b < statuses.length; b++) {
      statuses[b] = block(ref, dossier, blocks.get(b), counted, date);
      allValid &= statuses[b].valid();
    }
    boolean due = jury != null && allValid;
    Optional<DeliberationOutcome> tally =
        jury == null || jury.getVotes().isEmpty() ? Optional.empty() : Optional.of(tally(jury));
    return new DossierOutcome(
        conform && due ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE,
        new CertificationOutcome(due, date, List.of(statuses)),
        tally);
  }

  private static boolean candidacyConform(Referential ref, Dossier dossier, LocalDate jury) {
    boolean open = false;
    for (AccessCondition c : ref.getAccessConditions()) {
      open |= c.getRoute() == dossier.getCandidacy().getRoute() && c.isOpen();
    }
    return open
        && ref.isAccessibleIn(dossier.getCandidacy().getTerritory())
        && (jury == null
            || !jury.isBefore(ref.getRegistration().getEffectiveDate())
                && !jury.isAfter(ref.getRegistration().getEndDate()));
  }

  private static boolean trainingConform(Dossier dossier, LocalDate jury) {
    List<CapacityAssessment> assessments = dossier.getAssessments();
    if (assessments.isEmpty() || jury == null) {
      return false;
    }
    LocalDate registered = dossier.getCandidacy().getRegistrationDate();
    for (int i = 0; i < assessments.size(); i++) {
      LocalDate date = assessments.get(i).getDate();
      if (date.isBefore(registered) || jury.isBefore(date)) {
        return false;
      }
    }
    return true;
  }

  private static boolean vaeConform(VaeFile file, LocalDate jury) {
    RequestAdmissibility admissibility = file == null ? null : file.getAdmissibility().orElse(null);
    ValidationInterview interview = file == null ? null : file.getInterview().orElse(null);
    if (admissibility == null
        || admissibility.getDecision() == AdmissibilityDecision.NOT_ADMISSIBLE
        || file.getEvidence().isEmpty()
        || interview == null
        || interview.getDate().isBefore(admissibility.getDate())
        || jury == null) {
      return false;
    }
    return !jury.isBefore(interview.getDate());
  }

  private static LocalDate latestEvidence(Dossier dossier) {
    LocalDate latest = null;
    for (CapacityAssessment a : dossier.getAssessments()) {
      latest = latest == null || a.getDate().isAfter(latest) ? a.getDate() : latest;
    }
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      latest = latest == null || o.getDate().isAfter(latest) ? o.getDate() : latest;
    }
    return latest == null ? dossier.getCandidacy().getRegistrationDate() : latest;
  }

  /** The assessment that counts for each capacity, indexed by the capacity's number. */
  private static CapacityAssessment[] countedAssessments(
      Referential ref, Dossier dossier, LocalDate date) {
    int max = 0;
    for (int i = 0; i < ref.getCapacities().size(); i++) {
      max = Math.max(max, ref.getCapacities().get(i).getCode().getNumber());
    }
    CapacityAssessment[] counted = new CapacityAssessment[max + 1];
    List<CapacityAssessment> assessments = dossier.getAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CapacityAssessment a = assessments.get(i);
      int c = a.getCapacity().getNumber();
      if (c <= max && !a.getDate().isAfter(date) && (counted[c] == null || counts(a, counted[c]))) {
        counted[c] = a;
      }
    }
    return counted;
  }

  /** Whether {@code a} counts rather than {@code b}: later, validated, then the first modality. */
  private static boolean counts(CapacityAssessment a, CapacityAssessment b) {
    int order = a.getDate().compareTo(b.getDate());
    if (order == 0) {
      order =
          Boolean.compare(
              a.getOutcome() == AssessmentOutcome.VALIDATED,
              b.getOutcome() == AssessmentOutcome.VALIDATED);
    }
    if (order == 0) {
      order = b.getModality().compareTo(a.getModality());
    }
    if (order == 0) {
      order = b.getMethod().compareTo(a.getMethod());
    }
    if (order == 0) {
      order = b.getCommission().compareTo(a.getCommission());
    }
    return order > 0;
  }

  private static BlockStatus block(
      Referential ref, Dossier dossier, Block block, CapacityAssessment[] counted, LocalDate date) {
    List<CapacityCode> codes = block.getCapacities();
    CapacityStatus[] capacities = new CapacityStatus[codes.size()];
    boolean allValidated = true;
    for (int i = 0; i < capacities.length; i++) {
      CapacityAssessment a = counted[codes.get(i).getNumber()];
      if (a == null) {
        capacities[i] =
            new CapacityStatus(
                codes.get(i), CapacityStatus.State.NOT_ASSESSED, Optional.empty(), Optional.empty());
        allValidated = false;
      } else {
        CapacityStatus.State state =
            a.getOutcome() != AssessmentOutcome.VALIDATED
                ? CapacityStatus.State.NOT_VALIDATED
                : date.isBefore(a.getDate().plus(ref.getComponentValidity()))
                    ? CapacityStatus.State.VALIDATED
                    : CapacityStatus.State.EXPIRED;
        capacities[i] =
            new CapacityStatus(
                a.getCapacity(), state, Optional.of(a.getDate()), Optional.of(a.getModality()));
        allValidated &= state == CapacityStatus.State.VALIDATED;
      }
    }
    CompanyOpinion opinion = opinion(dossier, block.getCode(), date);
    Optional<OpinionPolarity> polarity =
        opinion == null ? Optional.empty() : Optional.of(opinion.getPolarity());
    List<CapacityStatus> statuses = List.of(capacities);
    LocalDate acquiredOn = null;
    if (opinion != null && allValidated) {
      acquiredOn = date;
    } else {
      for (AcquiredBlock earlier : dossier.getAcquiredBlocks()) {
        if (earlier.getBlock().equals(block.getCode())) {
          acquiredOn = earlier.getAcquiredOn();
          break;
        }
      }
      if (acquiredOn != null && acquiredOn.isAfter(date)) {
        acquiredOn = null;
      }
    }
    if (acquiredOn == null) {
      return new BlockStatus(
          block.getCode(), statuses, polarity, Optional.empty(), Optional.empty(), false);
    }
    LocalDate firstInvalid = acquiredOn.plus(ref.getComponentValidity());
    return new BlockStatus(
        block.getCode(), statuses, polarity, Optional.of(acquiredOn), Optional.of(firstInvalid),
        date.isBefore(firstInvalid));
  }

  /** The latest opinion on a block on or before the date; on one day, an unfavourable one. */
  private static CompanyOpinion opinion(Dossier dossier, BlockCode block, LocalDate date) {
    CompanyOpinion latest = null;
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      if (!o.getBlock().equals(block) || o.getDate().isAfter(date)) {
        continue;
      }
      int order = latest == null ? 1 : o.getDate().compareTo(latest.getDate());
      if (order == 0) {
        order =
            Boolean.compare(
                o.getPolarity() == OpinionPolarity.UNFAVOURABLE,
                latest.getPolarity() == OpinionPolarity.UNFAVOURABLE);
      }
      if (order == 0) {
        order = latest.getAuthorRole().compareTo(o.getAuthorRole());
      }
      if (order > 0) {
        latest = o;
      }
    }
    return latest;
  }

  private static DeliberationOutcome tally(JuryDeliberation jury) {
    long admissible = 0;
    long notAdmissible = 0;
    long abstentions = 0;
    VoteChoice presidentVote = null;
    String president = jury.getSession().getPresident().orElse(null);
    List<JuryMember> members = jury.getSession().getMembers();
    for (Vote vote : jury.getVotes()) {
      boolean voting = false;
      for (int i = 0; i < members.size() && !voting; i++) {
        voting = members.get(i).isVoting() && members.get(i).getId().equals(vote.getMember());
      }
      if (!voting) {
        continue;
      }
      admissible += vote.getChoice() == VoteChoice.ADMISSIBLE ? 1 : 0;
      notAdmissible += vote.getChoice() == VoteChoice.NOT_ADMISSIBLE ? 1 : 0;
      abstentions += vote.getChoice() == VoteChoice.ABSTENTION ? 1 : 0;
      presidentVote = vote.getMember().equals(president) ? vote.getChoice() : presidentVote;
    }
    Verdict verdict;
    if (admissible != notAdmissible) {
      verdict = admissible > notAdmissible ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE;
    } else if (presidentVote == VoteChoice.ADMISSIBLE) {
      verdict = Verdict.ADMISSIBLE;
    } else if (presidentVote == VoteChoice.NOT_ADMISSIBLE) {
      verdict = Verdict.NOT_ADMISSIBLE;
    } else {
      verdict = null;
    }
    return new DeliberationOutcome(
        Optional.ofNullable(verdict), admissible, notAdmissible, abstentions,
        admissible == notAdmissible && verdict != null);
  }

  /**
   * The verdict alone, as {@code CqpmRules.standard().decide(dossier).outcome().verdict()} gives it
   * for a dossier on a training route with a jury, its steps in order and no block acquired
   * earlier: no status kept, and no tally; it stops at the first missing piece.
   *
   * @param ref the référentiel
   * @param dossier the dossier
   * @return admissible when the candidacy is conform and every block acquired at the jury date
   */
  public static Verdict verdict(Referential ref, Dossier dossier) {
    LocalDate jury = dossier.getJury().orElseThrow().getSession().getDate();
    boolean open = false;
    for (AccessCondition c : ref.getAccessConditions()) {
      open |= c.getRoute() == dossier.getCandidacy().getRoute() && c.isOpen();
    }
    if (!open || !ref.isAccessibleIn(dossier.getCandidacy().getTerritory())
        || jury.isBefore(ref.getRegistration().getEffectiveDate())
        || jury.isAfter(ref.getRegistration().getEndDate())) {
      return Verdict.NOT_ADMISSIBLE;
    }
    int size = ref.getCapacities().size() + 1;
    LocalDate[] latest = new LocalDate[size];
    boolean[] validated = new boolean[size];
    for (CapacityAssessment a : dossier.getAssessments()) {
      if (a.getDate().isAfter(jury)) {
        continue;
      }
      int c = a.getCapacity().getNumber();
      boolean ok = a.getOutcome() == AssessmentOutcome.VALIDATED;
      if (latest[c] == null || a.getDate().isAfter(latest[c]) || a.getDate().equals(latest[c]) && ok) {
        latest[c] = a.getDate();
        validated[c] = ok;
      }
    }
    for (Block block : ref.getBlocks()) {
      if (!hasOpinion(dossier, block.getCode(), jury)) {
        return Verdict.NOT_ADMISSIBLE;
      }
      for (int i = 0; i < block.getCapacities().size(); i++) {
        int c = block.getCapacities().get(i).getNumber();
        if (!validated[c] || !jury.isBefore(latest[c].plus(ref.getComponentValidity()))) {
          return Verdict.NOT_ADMISSIBLE;
        }
      }
    }
    return Verdict.ADMISSIBLE;
  }

  private static boolean hasOpinion(Dossier dossier, BlockCode block, LocalDate jury) {
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      if (o.getBlock().equals(block) && !o.getDate().isAfter(jury)) {
        return true;
      }
    }
    return false;
  }
}
