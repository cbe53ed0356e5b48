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
import io.github.cqpm.model.dossier.ProfessionalSituation;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.CertificationOutcome;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The baselines of the decision benchmark, hand-written loops over the dossier that explain
 * nothing. {@link #outcome} computes the same outcome as {@code CqpmRules.standard().decide}
 * (the ruling, the tally, the evidence's call, every block's and capacity's status, the audit)
 * without a single finding, so that the benchmark's ratio is the cost of the explanation; {@link
 * #verdict} computes the decision alone and stops at the first missing piece. Both apply the documented default policy (a test checks
 * them against the rules on generated dossiers).
 */
public final class ImperativeBaseline {
  private ImperativeBaseline() {}

  /**
   * The outcome of a dossier, as {@code CqpmRules.standard().decide(dossier).outcome()} gives it.
   *
   * @param ref the référentiel
   * @param dossier the dossier
   * @return the ruling, the votes' tally, the declared verdict, the evidence's call, the
   *     certification with every block and capacity, the audit and the irregularities
   */
  public static DossierOutcome outcome(Referential ref, Dossier dossier) {
    JuryDeliberation jury = dossier.getJury().orElse(null);
    LocalDate date = jury == null ? latestEvidence(dossier) : jury.getSession().getDate();
    LocalDate juryDate = jury == null ? null : date;
    boolean caseConform =
        candidacyConform(ref, dossier, juryDate)
            && knownCodes(ref, dossier)
            && (dossier.getCandidacy().getRoute().getPath() == PathKind.VAE
                ? vaeConform(dossier.getVae().orElse(null), juryDate)
                : trainingConform(dossier, juryDate));
    CapacityAssessment[] counted = countedAssessments(ref, dossier, date);
    List<Block> blocks = ref.getBlocks();
    BlockStatus[] statuses = new BlockStatus[blocks.size()];
    boolean due = true;
    for (int b = 0; b < statuses.length; b++) {
      statuses[b] = block(ref, dossier, blocks.get(b), counted, date);
      due &= statuses[b].valid();
    }
    Verdict evidence = due && caseConform ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE;
    CertificationOutcome certification = new CertificationOutcome(due, date, List.of(statuses));
    if (jury == null) {
      return new DossierOutcome(Ruling.PENDING, Optional.empty(), Optional.empty(), evidence,
          certification, AuditOutcome.INCONSISTENT, List.of());
    }
    List<FindingCode> irregularities = new ArrayList<>(composition(ref.getJuryRules().orElseThrow(), jury.getSession()));
    boolean conformJury = irregularities.isEmpty();
    Optional<DeliberationOutcome> tally =
        jury.getVotes().isEmpty() ? Optional.empty() : Optional.of(tally(jury));
    if (tally.isPresent() && tally.get().verdict().isEmpty()) {
      irregularities.add(FindingCode.TIE_UNRESOLVED);
    }
    Optional<Verdict> declared = jury.getDeclaredVerdict();
    Optional<Verdict> juryVerdict = tally.isPresent() ? tally.get().verdict() : declared;
    Ruling ruling;
    if (!irregularities.isEmpty()) {
      ruling = Ruling.UNDECIDED;
    } else if (juryVerdict.isEmpty()) {
      ruling = Ruling.PENDING;
    } else if (juryVerdict.get() == Verdict.ADMISSIBLE && evidence == Verdict.ADMISSIBLE) {
      ruling = Ruling.ADMISSIBLE;
    } else {
      ruling = Ruling.NOT_ADMISSIBLE;
    }
    boolean consistent =
        declared.isPresent()
            && caseConform
            && conformJury
            && irregularities.isEmpty()
            && (tally.isEmpty() || tally.get().verdict().equals(declared))
            && (declared.get() == Verdict.NOT_ADMISSIBLE || due);
    return new DossierOutcome(ruling, tally, declared, evidence, certification,
        consistent ? AuditOutcome.CONSISTENT : AuditOutcome.INCONSISTENT, irregularities);
  }

  private static boolean candidacyConform(Referential ref, Dossier dossier, LocalDate jury) {
    boolean open = false;
    for (AccessCondition c : ref.getAccessConditions()) {
      open |= c.getRoute() == dossier.getCandidacy().getRoute() && c.isOpen();
    }
    return open
        && dossier.getCertification().getNumber() == ref.getNumber()
        && ref.isAccessibleIn(dossier.getCandidacy().getTerritory())
        && (jury == null
            || !jury.isBefore(ref.getRegistration().getFirstDay().orElseThrow())
                && !jury.isAfter(ref.getRegistration().getEndDay().orElseThrow()));
  }

  /** Whether every code the dossier uses is one of the référentiel's. */
  private static boolean knownCodes(Referential ref, Dossier dossier) {
    for (CapacityAssessment a : dossier.getAssessments()) {
      if (ref.getCapacity(a.getCapacity()).isEmpty()) {
        return false;
      }
    }
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      if (ref.getBlock(o.getBlock()).isEmpty()) {
        return false;
      }
    }
    for (AcquiredBlock b : dossier.getAcquiredBlocks()) {
      if (ref.getBlock(b.getBlock()).isEmpty()) {
        return false;
      }
    }
    if (dossier.getVae().isPresent()) {
      for (ProfessionalSituation situation : dossier.getVae().get().getEvidence()) {
        for (CapacityCode c : situation.getCapacities()) {
          if (ref.getCapacity(c).isEmpty()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * The composition's breaches, in the rules' order: parity of voting members, the delegations'
   * sizes, a union representative, one vote per union (once per union), the president.
   */
  private static List<FindingCode> composition(JuryRules rules, JurySession session) {
    long votingEmployees = 0;
    long votingEmployers = 0;
    long employees = 0;
    long temporaryEmployees = 0;
    long metallurgyEmployers = 0;
    long temporaryEmployers = 0;
    boolean presidentVotes = false;
    boolean presidentSits = false;
    String president = session.getPresident().orElse(null);
    for (JuryMember m : session.getMembers()) {
      boolean temporary = m.getBranch() == Branch.TEMPORARY_WORK;
      if (m.getCollege() == College.EMPLOYEE) {
        employees++;
        temporaryEmployees += temporary ? 1 : 0;
        votingEmployees += m.isVoting() ? 1 : 0;
      } else {
        metallurgyEmployers += temporary ? 0 : 1;
        temporaryEmployers += temporary ? 1 : 0;
        votingEmployers += m.isVoting() ? 1 : 0;
      }
      if (m.getId().equals(president)) {
        presidentSits = true;
        presidentVotes = m.isVoting();
      }
    }
    List<FindingCode> breaches = new ArrayList<>(0);
    if (votingEmployees != votingEmployers) {
      breaches.add(FindingCode.JURY_NOT_PARITARY);
    }
    if (metallurgyEmployers > rules.getMaxMetallurgyEmployers()) {
      breaches.add(FindingCode.TOO_MANY_METALLURGY_EMPLOYERS);
    }
    if (temporaryEmployers > rules.getMaxTemporaryWorkEmployers()) {
      breaches.add(FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYERS);
    }
    if (temporaryEmployees > rules.getMaxTemporaryWorkEmployees()) {
      breaches.add(FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYEES);
    }
    if (employees == 0) {
      breaches.add(FindingCode.NO_UNION_REPRESENTATIVE);
    }
    // the model's grouping of voting representatives by union, as the rules read it
    for (List<JuryMember> voters : session.getVotingEmployeesByUnion().values()) {
      if (voters.size() > rules.getMaxVotesPerUnion()) {
        breaches.add(FindingCode.UNION_HAS_SEVERAL_VOTES);
      }
    }
    if (president == null) {
      breaches.add(FindingCode.PRESIDENT_MISSING);
    } else if (!presidentSits) {
      breaches.add(FindingCode.PRESIDENT_NOT_MEMBER);
    } else if (!presidentVotes) {
      breaches.add(FindingCode.PRESIDENT_WITHOUT_VOTE);
    }
    return breaches;
  }

  private static boolean trainingConform(Dossier dossier, LocalDate jury) {
    List<CapacityAssessment> assessments = dossier.getAssessments();
    if (assessments.isEmpty()) {
      return false;
    }
    LocalDate registered = dossier.getCandidacy().getRegistrationDate();
    for (int i = 0; i < assessments.size(); i++) {
      LocalDate date = assessments.get(i).getDate();
      if (date.isBefore(registered) || jury != null && jury.isBefore(date)) {
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
        || interview.getDate().isBefore(admissibility.getDate())) {
      return false;
    }
    return jury == null || !jury.isBefore(interview.getDate());
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
      max = Math.max(max, number(ref.getCapacities().get(i).getCode()));
    }
    CapacityAssessment[] counted = new CapacityAssessment[max + 1];
    List<CapacityAssessment> assessments = dossier.getAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CapacityAssessment a = assessments.get(i);
      int c = number(a.getCapacity());
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
      CapacityAssessment a = counted[number(codes.get(i))];
      if (a == null) {
        capacities[i] =
            new CapacityStatus(
                codes.get(i), CapacityStatus.State.NOT_ASSESSED, Optional.empty(), Optional.empty());
        allValidated = false;
      } else {
        CapacityStatus.State state =
            a.getOutcome() != AssessmentOutcome.VALIDATED
                ? CapacityStatus.State.NOT_VALIDATED
                : date.isBefore(a.getDate().plus(ref.getComponentValidity().orElseThrow()))
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
    LocalDate firstInvalid = acquiredOn.plus(ref.getComponentValidity().orElseThrow());
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
   * The decision alone, as {@code CqpmRules.standard().decide(dossier).outcome().ruling()} gives
   * it for a dossier on a training route with a conform jury whose every member sits with a vote,
   * its steps in order and no block acquired earlier: the votes' verdict, not admissible unless the
   * evidence allows it. No status kept, no tally kept; the evidence loop stops at the first
   * missing piece.
   *
   * @param ref the référentiel
   * @param dossier the dossier
   * @return admissible when the votes say so, the candidacy is conform and every block acquired
   *     at the jury date; empty when a tie is left unresolved
   */
  public static Optional<Verdict> verdict(Referential ref, Dossier dossier) {
    JuryDeliberation deliberation = dossier.getJury().orElseThrow();
    int balance = 0;
    VoteChoice president = null;
    String presidentId = deliberation.getSession().getPresident().orElse("");
    for (Vote vote : deliberation.getVotes()) {
      balance += vote.getChoice() == VoteChoice.ADMISSIBLE ? 1
          : vote.getChoice() == VoteChoice.NOT_ADMISSIBLE ? -1 : 0;
      president = vote.getMember().equals(presidentId) ? vote.getChoice() : president;
    }
    if (balance == 0 && president != VoteChoice.ADMISSIBLE) {
      return president == VoteChoice.NOT_ADMISSIBLE ? NOT_ADMISSIBLE : Optional.empty();
    }
    if (balance < 0) {
      return NOT_ADMISSIBLE;
    }
    return evidenceAllows(ref, dossier, deliberation.getSession().getDate())
        ? ADMISSIBLE : NOT_ADMISSIBLE;
  }

  private static final Optional<Verdict> ADMISSIBLE = Optional.of(Verdict.ADMISSIBLE);
  private static final Optional<Verdict> NOT_ADMISSIBLE = Optional.of(Verdict.NOT_ADMISSIBLE);

  private static boolean evidenceAllows(Referential ref, Dossier dossier, LocalDate jury) {
    boolean open = false;
    for (AccessCondition c : ref.getAccessConditions()) {
      open |= c.getRoute() == dossier.getCandidacy().getRoute() && c.isOpen();
    }
    if (!open || !ref.isAccessibleIn(dossier.getCandidacy().getTerritory())
        || jury.isBefore(ref.getRegistration().getFirstDay().orElseThrow())
        || jury.isAfter(ref.getRegistration().getEndDay().orElseThrow())) {
      return false;
    }
    int size = ref.getCapacities().size() + 1;
    LocalDate[] latest = new LocalDate[size];
    boolean[] validated = new boolean[size];
    for (CapacityAssessment a : dossier.getAssessments()) {
      if (a.getDate().isAfter(jury)) {
        continue;
      }
      int c = number(a.getCapacity());
      boolean ok = a.getOutcome() == AssessmentOutcome.VALIDATED;
      if (latest[c] == null || a.getDate().isAfter(latest[c]) || a.getDate().equals(latest[c]) && ok) {
        latest[c] = a.getDate();
        validated[c] = ok;
      }
    }
    for (Block block : ref.getBlocks()) {
      if (!hasOpinion(dossier, block.getCode(), jury)) {
        return false;
      }
      for (int i = 0; i < block.getCapacities().size(); i++) {
        int c = number(block.getCapacities().get(i));
        if (!validated[c] || !jury.isBefore(latest[c].plus(ref.getComponentValidity().orElseThrow()))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasOpinion(Dossier dossier, BlockCode block, LocalDate jury) {
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      if (o.getBlock().equals(block) && !o.getDate().isAfter(jury)) {
        return true;
      }
    }
    return false;
  }

  /** The number of a capacity of RNCP 19453 ({@code C5} → 5), the one fiche this baseline knows. */
  private static int number(CapacityCode code) {
    return Integer.parseInt(code.toString(), 1, code.toString().length(), 10);
  }
}
