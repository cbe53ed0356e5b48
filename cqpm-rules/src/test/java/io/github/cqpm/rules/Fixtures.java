package io.github.cqpm.rules;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
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
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.Territory;
import java.time.LocalDate;
import java.util.List;

/**
 * Dossiers for the rules' tests: a conform case from the fiche, which each test alters in one
 * respect. (The published fixtures will live in cqpm-testkit.)
 */
final class Fixtures {
  static final LocalDate REGISTERED = LocalDate.of(2016, 1, 11);
  static final LocalDate ASSESSED = LocalDate.of(2016, 5, 17);
  static final LocalDate JURY = LocalDate.of(2016, 6, 20);
  static final List<String> UNIONS = List.of("CFDT", "CGT", "CGT-FO", "CFE-CGC", "CFTC");

  private Fixtures() {}

  static BlockCode block(int number) {
    return BlockCode.of(19453, number);
  }

  static JuryMember juror(String id, College college, Branch branch, String organisation, boolean voting) {
    return JuryMember.builder().id(id).college(college).branch(branch).organisation(organisation).voting(voting).build();
  }

  /** P1..Pn employers of metallurgy and S1..Sn one per union, all voting; P1 presides. */
  static JurySession.Builder jury(int perSide) {
    JurySession.Builder jury = JurySession.builder().date(JURY).president("P1");
    for (int i = 1; i <= perSide; i++) {
      jury.addMembers(juror("P" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    for (int i = 1; i <= perSide; i++) {
      jury.addMembers(juror("S" + i, College.EMPLOYEE, Branch.METALLURGY, UNIONS.get(i - 1), true));
    }
    return jury;
  }

  static CapacityAssessment assessed(int capacity, LocalDate date, AssessmentOutcome outcome, EvaluationMethod method) {
    return CapacityAssessment.builder()
        .capacity(CapacityCode.of(capacity))
        .modality(method.getModality())
        .method(method)
        .date(date)
        .outcome(outcome)
        .commission("UIMM-RA-2016-05")
        .build();
  }

  static CapacityAssessment validated(int capacity) {
    return assessed(capacity, ASSESSED, AssessmentOutcome.VALIDATED, EvaluationMethod.OBSERVATION_AT_WORK);
  }

  static CompanyOpinion opinion(int block, LocalDate date, OpinionPolarity polarity) {
    return CompanyOpinion.builder().block(block(block)).date(date).polarity(polarity).authorRole(OpinionAuthorRole.LINE_MANAGER).build();
  }

  static JuryDeliberation unanimous(JurySession session, Verdict declared) {
    JuryDeliberation.Builder d = JuryDeliberation.builder().session(session).declaredVerdict(declared);
    VoteChoice choice = declared == Verdict.ADMISSIBLE ? VoteChoice.ADMISSIBLE : VoteChoice.NOT_ADMISSIBLE;
    session.getVotingMembers().forEach(m -> d.addVotes(Vote.of(m.getId(), choice)));
    return d.build();
  }

  /** Continuing training, C1 to C8 validated in a real work situation, three favourable opinions, a conform jury of ten, unanimous. */
  static Dossier.Builder admissible() {
    Dossier.Builder d = Dossier.builder().certification(RncpNumber.of(19453))
        .candidate(Candidate.of("CAND-2016-0042"))
        .candidacy(Candidacy.builder()
            .route(AccessRoute.CONTINUING_TRAINING)
            .territory(Territory.FRANCE)
            .registrationDate(REGISTERED)
            .sponsor(Sponsor.of(SponsorKind.COMPANY, "Usinage du Rhône SAS"))
            .build());
    for (int c = 1; c <= 8; c++) {
      d.addAssessments(validated(c));
    }
    for (int b = 1; b <= 3; b++) {
      d.addCompanyOpinions(opinion(b, ASSESSED, OpinionPolarity.FAVOURABLE));
    }
    return d.jury(unanimous(jury(5).build(), Verdict.ADMISSIBLE));
  }

  /** {@link #admissible()} without the assessments of some capacities. */
  static Dossier.Builder admissibleWithout(int... capacities) {
    Dossier full = admissible().build();
    List<CapacityCode> left = java.util.Arrays.stream(capacities).mapToObj(CapacityCode::of).toList();
    return Dossier.builder().from(full).assessments(
        full.getAssessments().stream().filter(a -> !left.contains(a.getCapacity())).toList());
  }

  static Candidacy vaeCandidacy() {
    return Candidacy.builder().route(AccessRoute.VAE).territory(Territory.FRANCE).registrationDate(LocalDate.of(2017, 1, 9)).build();
  }

  static VaeFile.Builder vaeFile() {
    return VaeFile.builder()
        .admissibility(RequestAdmissibility.of(AdmissibilityDecision.ADMISSIBLE, LocalDate.of(2017, 2, 1)))
        .addEvidence(ProfessionalSituation.builder()
            .description("Dépannage de niveau 2 d'une presse transfert")
            .addCapacities(CapacityCode.of(4), CapacityCode.of(5))
            .build())
        .interview(ValidationInterview.of(LocalDate.of(2017, 4, 3), "UIMM-IDF-VAE-2017-03"));
  }
}
