package io.github.cqpm.examples;

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

/** The example dossier of the main job. */
final class ExampleDossiers {
  private ExampleDossiers() {}

  /**
   * A candidate on a professionalisation contract, every capacity validated, whose jury of two
   * employers' and two unions' representatives split two against two: "En cas de partage des voix,
   * celle du président du jury est prépondérante." The president, P1, voted admissible.
   */
  static Dossier tieBrokenByPresident() {
    Dossier.Builder dossier = Dossier.builder()
        .candidate(Candidate.of("CAND-2017-0107"))
        .candidacy(Candidacy.builder()
            .route(AccessRoute.PROFESSIONALISATION_CONTRACT)
            .territory(Territory.FRANCE)
            .registrationDate(LocalDate.of(2016, 9, 5))
            .sponsor(Sponsor.of(SponsorKind.COMPANY, "Emboutissage de Picardie SA"))
            .build());
    EvaluationMethod[] methods = {
      EvaluationMethod.OBSERVATION_AT_WORK, EvaluationMethod.QUESTIONING_WITH_EVIDENCE,
      EvaluationMethod.REPORT_AND_PRESENTATION, EvaluationMethod.OBSERVATION_AT_WORK,
      EvaluationMethod.OBSERVATION_WITH_QUESTIONING, EvaluationMethod.REPORT_AND_PRESENTATION,
      EvaluationMethod.REPORT_AND_PRESENTATION, EvaluationMethod.QUESTIONING_WITH_EVIDENCE
    };
    for (int c = 1; c <= 8; c++) {
      dossier.addAssessments(CapacityAssessment.builder()
          .capacity(CapacityCode.of(c))
          .modality(methods[c - 1].getModality())
          .method(methods[c - 1])
          .date(LocalDate.of(2017, 5, 10 + c))
          .outcome(AssessmentOutcome.VALIDATED)
          .commission("UIMM-HDF-2017-05")
          .build());
    }
    for (int b = 1; b <= 3; b++) {
      dossier.addCompanyOpinions(CompanyOpinion.builder()
          .block(BlockCode.of(19453, b))
          .date(LocalDate.of(2017, 5, 30))
          .polarity(OpinionPolarity.FAVOURABLE)
          .authorRole(OpinionAuthorRole.TUTOR)
          .build());
    }
    JurySession session = JurySession.builder()
        .date(LocalDate.of(2017, 6, 26))
        .addMembers(
            member("P1", College.EMPLOYER, "UIMM Hauts-de-France"),
            member("P2", College.EMPLOYER, "UIMM Hauts-de-France"),
            member("S1", College.EMPLOYEE, "CFDT"),
            member("S2", College.EMPLOYEE, "CGT-FO"))
        .president("P1")
        .build();
    return dossier.jury(JuryDeliberation.builder()
            .session(session)
            .addVotes(
                Vote.of("P1", VoteChoice.ADMISSIBLE),
                Vote.of("P2", VoteChoice.NOT_ADMISSIBLE),
                Vote.of("S1", VoteChoice.ADMISSIBLE),
                Vote.of("S2", VoteChoice.NOT_ADMISSIBLE))
            .declaredVerdict(Verdict.ADMISSIBLE)
            .build())
        .build();
  }

  private static JuryMember member(String id, College college, String organisation) {
    return JuryMember.builder().id(id).college(college).branch(Branch.METALLURGY)
        .organisation(organisation).voting(true).build();
  }
}
