package io.github.cqpm.benchmarks;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.dossier.Sponsor;
import io.github.cqpm.model.dossier.SponsorKind;
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

/** The dossier the decision benchmark measures: 3 blocks, 8 assessments, 3 opinions, a 10-member jury with votes. */
public final class RealisticDossier {
  private static final List<String> UNIONS = List.of("CFDT", "CGT", "CGT-FO", "CFE-CGC", "CFTC");

  private RealisticDossier() {}

  /**
   * Builds the dossier.
   *
   * @param validatedCapacities how many of C1..C8 are validated (the others are not)
   * @param admissibleVotes how many of the ten members vote admissible (the others against)
   * @return the dossier
   */
  public static Dossier of(int validatedCapacities, int admissibleVotes) {
    Dossier.Builder d = Dossier.builder().certification(RncpNumber.of(19453))
        .candidate(Candidate.of("CAND-BENCH-1"))
        .candidacy(Candidacy.builder().route(AccessRoute.CONTINUING_TRAINING).territory(Territory.FRANCE)
            .registrationDate(LocalDate.of(2016, 1, 11)).sponsor(Sponsor.of(SponsorKind.COMPANY, "Usinage SAS")).build());
    EvaluationMethod[] methods = EvaluationMethod.values();
    for (int c = 1; c <= 8; c++) {
      d.addAssessments(CapacityAssessment.builder().capacity(CapacityCode.of(c))
          .modality(methods[c % methods.length].getModality()).method(methods[c % methods.length])
          .date(LocalDate.of(2016, 5, c)).commission("UIMM-2016-05")
          .outcome(c <= validatedCapacities ? AssessmentOutcome.VALIDATED : AssessmentOutcome.NOT_VALIDATED).build());
    }
    for (int b = 1; b <= 3; b++) {
      d.addCompanyOpinions(CompanyOpinion.builder().block(BlockCode.of(19453, b)).date(LocalDate.of(2016, 5, 20))
          .polarity(OpinionPolarity.FAVOURABLE).authorRole(OpinionAuthorRole.TUTOR).build());
    }
    JurySession.Builder session = JurySession.builder().date(LocalDate.of(2016, 6, 20)).president("M1");
    for (int i = 1; i <= 10; i++) {
      boolean employer = i <= 5;
      session.addMembers(JuryMember.builder().id("M" + i).college(employer ? College.EMPLOYER : College.EMPLOYEE)
          .branch(Branch.METALLURGY).organisation(employer ? "UIMM" : UNIONS.get(i - 6)).voting(true).build());
    }
    JuryDeliberation.Builder jury = JuryDeliberation.builder().session(session.build()).declaredVerdict(Verdict.ADMISSIBLE);
    for (int i = 1; i <= 10; i++) {
      jury.addVotes(Vote.of("M" + i, i <= admissibleVotes ? VoteChoice.ADMISSIBLE : VoteChoice.NOT_ADMISSIBLE));
    }
    return d.jury(jury.build()).build();
  }
}
