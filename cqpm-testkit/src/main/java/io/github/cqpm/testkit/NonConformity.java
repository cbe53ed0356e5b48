package io.github.cqpm.testkit;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.decision.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deliberately non-conforming dossiers, each labelled with the finding it must produce: {@link
 * CqpmRules#decide} (or {@link CqpmRules#audit}, where {@link #isFoundByAudit()}) reports {@link
 * #getExpectedCode()} for every dossier drawn. Other findings may come with it.
 */
public enum NonConformity {
  /**
   * A route the référentiel does not open (initial training, apprenticeship, individual
   * candidacy): the fiche gives a jury composition for the three open routes only.
   */
  ROUTE_CLOSED(FindingCode.ROUTE_CLOSED, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().route(AccessRoute.CONTINUING_TRAINING));
      AccessRoute closed = d.pick(List.of(
          AccessRoute.INITIAL_TRAINING, AccessRoute.APPRENTICESHIP, AccessRoute.INDIVIDUAL_CANDIDACY));
      return Dossier.builder().from(base)
          .candidacy(Candidacy.builder().from(base.getCandidacy()).route(closed).build()).build();
    }
  },
  /** "Accessible en Nouvelle Calédonie : NON", "Accessible en Polynésie Française : NON". */
  TERRITORY_NOT_ACCESSIBLE(FindingCode.TERRITORY_NOT_ACCESSIBLE, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = conform(d);
      Territory territory = d.pick(List.of(Territory.NEW_CALEDONIA, Territory.FRENCH_POLYNESIA));
      return Dossier.builder().from(base)
          .candidacy(Candidacy.builder().from(base.getCandidacy()).territory(territory).build()).build();
    }
  },
  /** A jury before the registration took effect ("avec effet au 09 août 2014"). */
  JURY_BEFORE_REGISTRATION(FindingCode.JURY_BEFORE_REGISTRATION, false, false) {
    @Override
    Dossier draw(Draw d) {
      return Recipes.dossier(d, DossierSpec.any(), LocalDate.of(2014, 8, 8).minusDays(d.between(0, 400)));
    }
  },
  /** A jury after the registration ended ("jusqu'au 09 août 2019"). */
  JURY_AFTER_REGISTRATION(FindingCode.JURY_AFTER_REGISTRATION, false, false) {
    @Override
    Dossier draw(Draw d) {
      return Recipes.dossier(d, DossierSpec.any(), LocalDate.of(2019, 8, 10).plusDays(d.between(0, 400)));
    }
  },
  /** One more employers' representative with a vote: "Jury paritaire : 50% … / 50% …". */
  JURY_NOT_PARITARY(FindingCode.JURY_NOT_PARITARY, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> JurySession.builder().from(s)
          .addMembers(Recipes.member("X1", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true)).build());
    }
  },
  /** Six to eight employer members of metallurgy: "maximum de cinq membres qualifiés". */
  TOO_MANY_METALLURGY_EMPLOYERS(FindingCode.TOO_MANY_METALLURGY_EMPLOYERS, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> {
        JurySession.Builder more = JurySession.builder().from(s);
        long present = JuryComposition.of(s, Recipes.REF.getJuryRules().orElseThrow())
            .count(College.EMPLOYER, Branch.METALLURGY);
        long wanted = d.between(6, 8);
        for (long i = present; i < wanted; i++) {
          more.addMembers(Recipes.member("X" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", false));
        }
        return more.build();
      });
    }
  },
  /** Two members of the temporary work branch in the employers' delegation, without a vote: "un membre supplémentaire". */
  TOO_MANY_TEMPORARY_WORK_EMPLOYERS(FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYERS, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> twoMoreTemporaryWorkMembers(s, College.EMPLOYER, "Prism'emploi", "Prism'emploi"));
    }
  },
  /** Two members of the temporary work branch in the unions' delegation, without a vote: "un membre supplémentaire". */
  TOO_MANY_TEMPORARY_WORK_EMPLOYEES(FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYEES, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s ->
          twoMoreTemporaryWorkMembers(s, College.EMPLOYEE, d.pick(Recipes.UNIONS), d.pick(Recipes.UNIONS)));
    }
  },
  /** No union representative sits: "chaque organisation syndicale … désigne un ou plusieurs représentants". */
  NO_UNION_REPRESENTATIVE(FindingCode.NO_UNION_REPRESENTATIVE, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> JurySession.builder().from(s)
          .members(s.getMembers().stream().filter(m -> m.getCollege() == College.EMPLOYER).toList())
          .build());
    }
  },
  /** A second representative of one union with a vote: "Seul un représentant par organisation syndicale … avec droit de vote". */
  UNION_HAS_SEVERAL_VOTES(FindingCode.UNION_HAS_SEVERAL_VOTES, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> JurySession.builder().from(s)
          .addMembers(Recipes.member("X1", College.EMPLOYEE, Branch.METALLURGY, "CFDT", true))
          .addMembers(Recipes.member("X2", College.EMPLOYER, Branch.TEMPORARY_WORK, "Prism'emploi", true))
          .build());
    }
  },
  /** No president: "celle du président du jury est prépondérante" needs one. */
  PRESIDENT_MISSING(FindingCode.PRESIDENT_MISSING, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> JurySession.builder().from(s).president(Optional.empty()).build());
    }
  },
  /** A president who is not a member of the session. */
  PRESIDENT_NOT_MEMBER(FindingCode.PRESIDENT_NOT_MEMBER, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> JurySession.builder().from(s).president("X" + d.intBetween(1, 99)).build());
    }
  },
  /**
   * A president who sits without a vote (and, to keep parity, a union representative too): the
   * casting vote is a vote.
   */
  PRESIDENT_WITHOUT_VOTE(FindingCode.PRESIDENT_WITHOUT_VOTE, false, true) {
    @Override
    Dossier draw(Draw d) {
      return reseat(conform(d), s -> {
        String president = s.getPresident().orElseThrow();
        return JurySession.builder().from(s).members(s.getMembers().stream()
            .map(m -> m.getId().equals(president) || m.getId().equals("S1")
                ? JuryMember.builder().from(m).voting(false).build() : m)
            .toList()).build();
      });
    }
  },
  /**
   * Votes tied and the president abstaining: "celle du président du jury est prépondérante" cannot
   * decide, and by the default policy the deliberation has no verdict.
   */
  TIE_UNRESOLVED(FindingCode.TIE_UNRESOLVED, false, true) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = conform(d);
      JuryDeliberation jury = base.getJury().orElseThrow();
      String president = jury.getSession().getPresident().orElseThrow();
      List<Vote> votes = new ArrayList<>();
      votes.add(Vote.of(president, VoteChoice.ABSTENTION));
      int cast = 0;
      for (JuryMember voter : jury.getSession().getVotingMembers()) {
        if (!voter.getId().equals(president)) {
          VoteChoice choice = cast == 0 ? VoteChoice.ABSTENTION
              : cast % 2 == 1 ? VoteChoice.ADMISSIBLE : VoteChoice.NOT_ADMISSIBLE;
          votes.add(Vote.of(voter.getId(), choice));
          cast++;
        }
      }
      return Dossier.builder().from(base)
          .jury(JuryDeliberation.builder().from(jury).votes(votes).build()).build();
    }
  },
  /** A member without a vote (a union's second representative) votes. */
  NON_VOTING_MEMBER_VOTED(FindingCode.NON_VOTING_MEMBER_VOTED, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = conform(d);
      JuryDeliberation jury = base.getJury().orElseThrow();
      JurySession session = JurySession.builder().from(jury.getSession())
          .addMembers(Recipes.member("X1", College.EMPLOYEE, Branch.METALLURGY, d.pick(Recipes.UNIONS), false))
          .build();
      return Dossier.builder().from(base).jury(JuryDeliberation.builder().from(jury).session(session)
          .addVotes(Vote.of("X1", d.pick(VoteChoice.class))).build()).build();
    }
  },
  /** An assessment of a capacity the référentiel does not have (C9 to C20). */
  UNKNOWN_CAPACITY(FindingCode.UNKNOWN_CAPACITY, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = conform(d);
      LocalDate date = base.getCandidacy().getRegistrationDate().plusDays(1);
      return Dossier.builder().from(base)
          .addAssessments(Recipes.assessment(d, CapacityCode.of(d.intBetween(9, 20)), date, d.pick(AssessmentOutcome.class)))
          .build();
    }
  },
  /** A company opinion on a block the référentiel does not have (RNCP19453BC04 to BC09). */
  UNKNOWN_BLOCK(FindingCode.UNKNOWN_BLOCK, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = conform(d);
      LocalDate date = base.getCandidacy().getRegistrationDate().plusDays(1);
      return Dossier.builder().from(base)
          .addCompanyOpinions(Recipes.favourable(d, BlockCode.of(19453, d.intBetween(4, 9)), date))
          .build();
    }
  },
  /** A VAE evidence dossier that describes no situation: "une ou plusieurs situations professionnelles". */
  EVIDENCE_MISSING(FindingCode.EVIDENCE_MISSING, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().route(AccessRoute.VAE));
      return Dossier.builder().from(base)
          .vae(VaeFile.builder().from(base.getVae().orElseThrow()).evidence(List.of()).build()).build();
    }
  },
  /** A capacity never assessed: "Toutes les capacités professionnelles doivent être validées". */
  CAPACITY_NOT_ASSESSED(FindingCode.CAPACITY_NOT_ASSESSED, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().acquiredBlocks(3));
      CapacityCode capacity = CapacityCode.of(d.intBetween(1, 8));
      return Recipes.withAssessments(base, Recipes.without(base, capacity));
    }
  },
  /** No company opinion on a block: "Et Avis de l'entreprise". */
  COMPANY_OPINION_MISSING(FindingCode.COMPANY_OPINION_MISSING, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().acquiredBlocks(3));
      BlockCode block = d.pick(Recipes.REF.getBlocks()).getCode();
      return Dossier.builder().from(base).companyOpinions(base.getCompanyOpinions().stream()
          .filter(o -> !o.getBlock().equals(block)).toList()).build();
    }
  },
  /** A block acquired five years or more before the jury, with no new evidence: "Validité des composantes acquises : 5 an(s)". */
  BLOCK_EXPIRED(FindingCode.BLOCK_EXPIRED, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().acquiredBlocks(3));
      Block block = d.pick(Recipes.REF.getBlocks());
      LocalDate jury = base.getJury().orElseThrow().getSession().getDate();
      List<CapacityAssessment> kept = base.getAssessments().stream()
          .filter(a -> !block.getCapacities().contains(a.getCapacity())).toList();
      return Dossier.builder().from(base).assessments(kept)
          .addAcquiredBlocks(AcquiredBlock.of(block.getCode(), jury.minusYears(5).minusDays(d.between(0, 400))))
          .build();
    }
  },
  /**
   * A capacity validated five years or more before the jury, registration earlier still:
   * "Validité des composantes acquises : 5 an(s)", applied to capacities by the default policy.
   */
  CAPACITY_VALIDATION_EXPIRED(FindingCode.CAPACITY_VALIDATION_EXPIRED, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().acquiredBlocks(3));
      LocalDate jury = base.getJury().orElseThrow().getSession().getDate();
      LocalDate old = jury.minusYears(5).minusDays(d.between(0, 400));
      int stale = d.intBetween(0, base.getAssessments().size() - 1);
      List<CapacityAssessment> assessments = new ArrayList<>(base.getAssessments());
      assessments.set(stale, CapacityAssessment.builder()
          .from(assessments.get(stale)).date(old).build());
      return Dossier.builder().from(base).assessments(assessments)
          .candidacy(Candidacy.builder().from(base.getCandidacy())
              .registrationDate(old.minusDays(d.between(1, 60))).build())
          .build();
    }
  },
  /** The jury sat before the last assessment: the evaluation phase precedes the jury's. */
  STEP_OUT_OF_ORDER(FindingCode.STEP_OUT_OF_ORDER, false, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().route(AccessRoute.CONTINUING_TRAINING));
      LocalDate jury = base.getJury().orElseThrow().getSession().getDate();
      return Dossier.builder().from(base)
          .addAssessments(Recipes.assessment(d, CapacityCode.of(d.intBetween(1, 8)), jury.plusDays(d.between(1, 30)), AssessmentOutcome.VALIDATED))
          .build();
    }
  },
  /** Declared admissible while some block is not acquired: "l'ensemble des blocs de compétences … doit être acquis". */
  DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS(FindingCode.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS, true, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = Recipes.dossier(d, DossierSpec.any().acquiredBlocks(d.intBetween(0, 2)));
      JuryDeliberation jury = base.getJury().orElseThrow();
      return Dossier.builder().from(base)
          .jury(JuryDeliberation.builder().from(jury).declaredVerdict(Verdict.ADMISSIBLE).build()).build();
    }
  },
  /** The declared verdict is not the one the votes give. */
  VERDICT_CONTRADICTS_VOTES(FindingCode.VERDICT_CONTRADICTS_VOTES, true, false) {
    @Override
    Dossier draw(Draw d) {
      Dossier base = conform(d);
      JuryDeliberation jury = base.getJury().orElseThrow();
      Verdict declared = jury.getDeclaredVerdict().orElseThrow() == Verdict.ADMISSIBLE ? Verdict.NOT_ADMISSIBLE : Verdict.ADMISSIBLE;
      return Dossier.builder().from(base)
          .jury(JuryDeliberation.builder().from(jury).declaredVerdict(declared).build()).build();
    }
  };

  private final FindingCode expectedCode;
  private final boolean foundByAudit;
  private final boolean irregularDeliberation;

  NonConformity(FindingCode expectedCode, boolean foundByAudit, boolean irregularDeliberation) {
    this.expectedCode = expectedCode;
    this.foundByAudit = foundByAudit;
    this.irregularDeliberation = irregularDeliberation;
  }

  /**
   * Whether the dossier's deliberation is irregular (the jury's composition, or a tie left
   * unresolved), so that its decision has no valid verdict ({@code Ruling.UNDECIDED}).
   *
   * @return true for the jury's non-conformities
   */
  public boolean isIrregularDeliberation() {
    return irregularDeliberation;
  }

  /**
   * The finding every dossier of this kind produces.
   *
   * @return its code
   */
  public FindingCode getExpectedCode() {
    return expectedCode;
  }

  /**
   * Whether the finding comes from {@link CqpmRules#audit} (a declared verdict at odds with the
   * dossier) rather than from {@link CqpmRules#decide}.
   *
   * @return true for the audit's findings
   */
  public boolean isFoundByAudit() {
    return foundByAudit;
  }

  abstract Dossier draw(Draw d);

  private static Dossier conform(Draw d) {
    return Recipes.dossier(d, DossierSpec.any());
  }

  /** The session with two more members of the temporary work branch in one delegation, without a vote. */
  private static JurySession twoMoreTemporaryWorkMembers(
      JurySession session, College college, String first, String second) {
    return JurySession.builder().from(session)
        .addMembers(Recipes.member("XT1", college, Branch.TEMPORARY_WORK, first, false))
        .addMembers(Recipes.member("XT2", college, Branch.TEMPORARY_WORK, second, false))
        .build();
  }

  /** The dossier before a jury changed by {@code change}, with the same votes and verdict. */
  private static Dossier reseat(Dossier dossier, java.util.function.UnaryOperator<JurySession> change) {
    JuryDeliberation jury = dossier.getJury().orElseThrow();
    JurySession session = change.apply(jury.getSession());
    List<Vote> votes = jury.getVotes().stream().filter(v -> session.getMember(v.getMember()).isPresent()).toList();
    return Dossier.builder().from(dossier)
        .jury(JuryDeliberation.builder().from(jury).session(session).votes(votes).build()).build();
  }

}
