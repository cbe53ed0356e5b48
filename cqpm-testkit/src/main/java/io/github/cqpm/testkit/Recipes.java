package io.github.cqpm.testkit;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AdmissibilityDecision;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.dossier.ProfessionalSituation;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.Sponsor;
import io.github.cqpm.model.dossier.SponsorKind;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.rules.CqpmRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The generation logic, written once over a {@link Draw}. Every dossier it builds is conform to
 * the fiche (an open route, territory, registration period, steps in order, a jury paritaire with a
 * president)
 * and declares the verdict the evidence calls for, carried by the votes.
 */
final class Recipes {
  static final Referential REF = Referentials.rncp19453();
  static final CqpmRules RULES = CqpmRules.standard();
  /** The routes the référentiel opens, in its order. */
  static final List<AccessRoute> OPEN_ROUTES = REF.getAccessConditions().stream()
      .filter(AccessCondition::isOpen).map(AccessCondition::getRoute).toList();
  static final List<String> UNIONS = List.of("CFDT", "CGT", "CGT-FO", "CFE-CGC", "CFTC");
  static final List<String> COMPANIES =
      List.of("Usinage du Rhône SAS", "Emboutissage de Picardie SA", "Fonderie de l'Est SARL");
  /** Juries sit from this date on, up to 1,000 days later: inside the fiche's registration. */
  static final LocalDate JURY_BASE = LocalDate.of(2016, 6, 20);

  /** A draw that always gives the smallest value: the simplest case of every recipe. */
  static final Draw SMALLEST = (min, max) -> min;

  private Recipes() {}

  static Candidate candidate(Draw d) {
    return Candidate.of("CAND-" + d.between(1, 99_999));
  }

  static LocalDate juryDate(Draw d) {
    return JURY_BASE.plusDays(d.between(0, 1000));
  }

  static JuryMember member(String id, College college, Branch branch, String organisation, boolean voting) {
    return JuryMember.builder()
        .id(id).college(college).branch(branch).organisation(organisation).voting(voting).build();
  }

  /** n employers of metallurgy and n unions' representatives, all voting; extras without a vote. */
  static JurySession jury(Draw d, LocalDate date) {
    int n = d.intBetween(1, 5);
    JurySession.Builder jury = JurySession.builder().date(date);
    for (int i = 1; i <= n; i++) {
      jury.addMembers(member("P" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    for (int i = 1; i <= n; i++) {
      jury.addMembers(member("S" + i, College.EMPLOYEE, Branch.METALLURGY, UNIONS.get(i - 1), true));
    }
    if (d.bool()) {
      jury.addMembers(member("PT", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", false));
    }
    if (d.bool()) {
      jury.addMembers(member("ST", College.EMPLOYEE, Branch.TEMPORARY_WORK, d.pick(UNIONS), false));
    }
    return jury.president("P" + d.intBetween(1, n)).build();
  }

  /**
   * Votes that give {@code verdict}: a tie the president breaks for it, or a majority for it.
   * Every voting member votes.
   */
  static JuryDeliberation deliberation(Draw d, JurySession session, Verdict verdict, boolean tie) {
    List<JuryMember> voters = session.getVotingMembers();
    String president = session.getPresident().orElseThrow();
    VoteChoice forIt = verdict == Verdict.ADMISSIBLE ? VoteChoice.ADMISSIBLE : VoteChoice.NOT_ADMISSIBLE;
    VoteChoice against = forIt == VoteChoice.ADMISSIBLE ? VoteChoice.NOT_ADMISSIBLE : VoteChoice.ADMISSIBLE;
    int forCount = tie ? voters.size() / 2 : d.intBetween(voters.size() / 2 + 1, voters.size());
    JuryDeliberation.Builder deliberation = JuryDeliberation.builder().session(session).declaredVerdict(verdict);
    int given = 0;
    if (tie) {
      deliberation.addVotes(Vote.of(president, forIt));
      given = 1;
    }
    for (JuryMember voter : voters) {
      if (tie && voter.getId().equals(president)) {
        continue;
      }
      deliberation.addVotes(Vote.of(voter.getId(), given < forCount ? forIt : against));
      given++;
    }
    return deliberation.build();
  }

  static CapacityAssessment assessment(Draw d, CapacityCode capacity, LocalDate date, AssessmentOutcome outcome) {
    EvaluationMethod method = d.pick(EvaluationMethod.class);
    return CapacityAssessment.builder()
        .capacity(capacity).modality(method.getModality()).method(method)
        .date(date).outcome(outcome).commission("UIMM-EVAL-" + date.getYear())
        .build();
  }

  static CompanyOpinion favourable(Draw d, BlockCode block, LocalDate date) {
    return CompanyOpinion.builder()
        .block(block).date(date).polarity(OpinionPolarity.FAVOURABLE)
        .authorRole(d.pick(OpinionAuthorRole.class)).build();
  }

  static Dossier dossier(Draw d, DossierSpec spec) {
    return dossier(d, spec, juryDate(d));
  }

  /** A conform dossier, its jury sitting on {@code jury}, declaring the verdict the evidence calls for. */
  static Dossier dossier(Draw d, DossierSpec spec, LocalDate jury) {
    AccessRoute route = spec.route().orElseGet(() -> d.pick(OPEN_ROUTES));
    int maxAcquired = spec.nearValidityBoundary() ? 2 : 3;
    int acquired = spec.acquiredBlocks().orElseGet(() -> d.intBetween(0, maxAcquired));
    boolean tie = spec.tie().orElseGet(d::bool);
    LocalDate registered = jury.minusDays(d.between(60, 400));
    Candidacy.Builder candidacy = Candidacy.builder()
        .route(route).territory(Territory.FRANCE).registrationDate(registered).targetedBlocks(spec.targetedBlocks());
    Dossier.Builder dossier = Dossier.builder().certification(RncpNumber.of(19453)).candidate(candidate(d));
    LocalDate evidenceDate;
    if (route.getPath() == PathKind.VAE) {
      LocalDate admissible = registered.plusDays(d.between(1, 20));
      LocalDate interview = admissible.plusDays(d.between(1, 20));
      evidenceDate = interview;
      dossier.vae(VaeFile.builder()
          .admissibility(RequestAdmissibility.of(AdmissibilityDecision.ADMISSIBLE, admissible))
          .addEvidence(ProfessionalSituation.builder()
              .description("Situation professionnelle décrite dans le dossier de preuves")
              .addCapacities(CapacityCode.of(d.intBetween(1, 8)))
              .build())
          .interview(ValidationInterview.of(interview, "UIMM-VAE-" + interview.getYear()))
          .build());
    } else {
      candidacy.sponsor(Sponsor.of(d.pick(SponsorKind.class), d.pick(COMPANIES)));
      evidenceDate = registered.plusDays(d.between(1, 50));
    }
    dossier.candidacy(candidacy.build());

    int start = d.intBetween(0, 2);
    List<Block> blocks = REF.getBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get((start + i) % blocks.size());
      if (i < acquired) {
        for (CapacityCode c : block.getCapacities()) {
          dossier.addAssessments(assessment(d, c, evidenceDate, AssessmentOutcome.VALIDATED));
        }
        dossier.addCompanyOpinions(favourable(d, block.getCode(), evidenceDate));
      } else if (i == acquired && spec.nearValidityBoundary()) {
        dossier.addAcquiredBlocks(
            AcquiredBlock.of(block.getCode(), jury.minusYears(5).plusDays(d.between(-3, 3))));
      } else {
        int failing = d.intBetween(0, block.getCapacities().size() - 1);
        boolean assessedButFailed = d.bool();
        for (int c = 0; c < block.getCapacities().size(); c++) {
          CapacityCode capacity = block.getCapacities().get(c);
          if (c != failing) {
            dossier.addAssessments(assessment(d, capacity, evidenceDate, AssessmentOutcome.VALIDATED));
          } else if (assessedButFailed) {
            dossier.addAssessments(assessment(d, capacity, evidenceDate, AssessmentOutcome.NOT_VALIDATED));
          }
        }
        dossier.addCompanyOpinions(favourable(d, block.getCode(), evidenceDate));
      }
    }
    if (spec.attendance() != Attendance.PRESENT) {
      // the candidate did not come: the jury sits and records neither votes nor a verdict
      return dossier.jury(JuryDeliberation.builder().session(jury(d, jury)).attendance(spec.attendance()).build())
          .build();
    }
    return withJury(d, dossier, jury(d, jury), tie);
  }

  /** Seats the jury and has it vote and declare the verdict the evidence calls for. */
  static Dossier withJury(Draw d, Dossier.Builder dossier, JurySession session, boolean tie) {
    Dossier seated = dossier.jury(JuryDeliberation.builder().session(session).build()).build();
    // what the jury may validate: the CQPM, or the blocks a candidacy targets when it targets some
    boolean due = RULES.certification(seated).outcome()
        .acquired(seated.getCandidacy().getPartialTarget(RULES.getReferential()));
    Verdict verdict = due ? Verdict.ADMISSIBLE : Verdict.NOT_ADMISSIBLE;
    return Dossier.builder().from(seated).jury(deliberation(d, session, verdict, tie)).build();
  }

  /** The dossier with its assessments replaced. */
  static Dossier withAssessments(Dossier dossier, List<CapacityAssessment> assessments) {
    return Dossier.builder().from(dossier).assessments(assessments).build();
  }

  static List<CapacityAssessment> without(Dossier dossier, CapacityCode capacity) {
    List<CapacityAssessment> kept = new ArrayList<>(dossier.getAssessments());
    kept.removeIf(a -> a.getCapacity().equals(capacity));
    return kept;
  }
}
