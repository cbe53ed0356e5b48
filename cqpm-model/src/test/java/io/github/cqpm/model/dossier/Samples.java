package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
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

/** Conform values for the model's tests, taken from the fiche; each test alters one thing. */
public final class Samples {
  public static final LocalDate REGISTERED = LocalDate.of(2016, 1, 11);
  public static final LocalDate ASSESSED = LocalDate.of(2016, 5, 17);
  public static final LocalDate JURY = LocalDate.of(2016, 6, 20);
  static final List<String> UNIONS = List.of("CFDT", "CGT", "CGT-FO", "CFE-CGC", "CFTC");

  private Samples() {}

  public static BlockCode block(int number) {
    return BlockCode.of(19453, number);
  }

  public static JuryMember member(String id, College college, Branch branch, String organisation, boolean voting) {
    return JuryMember.builder().id(id).college(college).branch(branch).organisation(organisation).voting(voting).build();
  }

  /** Five employers' members of metallurgy and one voting representative of each of five unions; M1 presides. */
  public static JurySession.Builder juryOfTen() {
    JurySession.Builder jury = JurySession.builder().date(JURY).president("M1");
    for (int i = 1; i <= 5; i++) {
      jury.addMembers(member("M" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    for (int i = 0; i < UNIONS.size(); i++) {
      jury.addMembers(member("M" + (6 + i), College.EMPLOYEE, Branch.METALLURGY, UNIONS.get(i), true));
    }
    return jury;
  }

  public static CapacityAssessment assessment(int capacity, EvaluationMethod method, AssessmentOutcome outcome) {
    return CapacityAssessment.builder()
        .capacity(CapacityCode.of(capacity))
        .modality(method.getModality())
        .method(method)
        .date(ASSESSED)
        .outcome(outcome)
        .commission("UIMM-RA-2016-05")
        .build();
  }

  public static CompanyOpinion favourable(int block) {
    return CompanyOpinion.builder()
        .block(block(block))
        .date(ASSESSED)
        .polarity(OpinionPolarity.FAVOURABLE)
        .authorRole(OpinionAuthorRole.TUTOR)
        .build();
  }

  /** A candidate on continuing training, every capacity validated, every opinion favourable, declared admissible unanimously. */
  public static Dossier.Builder admissibleTrainingDossier() {
    Dossier.Builder dossier =
        Dossier.builder().certification(RncpNumber.of(19453))
            .candidate(Candidate.of("CAND-2016-0042"))
            .candidacy(
                Candidacy.builder()
                    .route(AccessRoute.CONTINUING_TRAINING)
                    .territory(Territory.FRANCE)
                    .registrationDate(REGISTERED)
                    .sponsor(Sponsor.of(SponsorKind.COMPANY, "Usinage du Rhône SAS"))
                    .build());
    EvaluationMethod[] methods = EvaluationMethod.values();
    for (int c = 1; c <= 8; c++) {
      dossier.addAssessments(assessment(c, methods[c % methods.length], AssessmentOutcome.VALIDATED));
    }
    for (int b = 1; b <= 3; b++) {
      dossier.addCompanyOpinions(favourable(b));
    }
    JurySession session = juryOfTen().build();
    JuryDeliberation.Builder deliberation = JuryDeliberation.builder().session(session).declaredVerdict(Verdict.ADMISSIBLE);
    session.getMembers().forEach(m -> deliberation.addVotes(Vote.of(m.getId(), VoteChoice.ADMISSIBLE)));
    return dossier.jury(deliberation.build());
  }

  /** A VAE file with every step: admissible request, one situation on C4 and C5, an interview. */
  public static VaeFile.Builder vaeFile() {
    return VaeFile.builder()
        .admissibility(RequestAdmissibility.of(AdmissibilityDecision.ADMISSIBLE, LocalDate.of(2017, 2, 1)))
        .addEvidence(
            ProfessionalSituation.builder()
                .description("Dépannage de niveau 2 d'une presse transfert, avec le service maintenance")
                .addCapacities(CapacityCode.of(4), CapacityCode.of(5))
                .build())
        .interview(ValidationInterview.of(LocalDate.of(2017, 4, 3), "UIMM-IDF-VAE-2017-03"));
  }
}
