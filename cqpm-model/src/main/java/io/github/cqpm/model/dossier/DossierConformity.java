package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.model.validation.Nonconformity.Kind;
import io.github.cqpm.model.validation.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a dossier does not conform to a référentiel: what the dossier states that the référentiel
 * forbids, whatever else happens. The one place these checks are made: the Bean Validation
 * constraint on {@link Dossier} and cqpm-rules both read them. Each part returns its
 * nonconformities with property paths from the dossier, in a fixed order.
 *
 * <p>Outside this model, on purpose: what a dossier lacks or orders wrongly (a missing step,
 * evidence, an expired block), which are outcomes of the case that only the rules judge.
 */
public final class DossierConformity {
  private static final String SESSION = "jury.session";

  private DossierConformity() {}

  /**
   * Every part, in order: {@link #candidacy}, {@link #evidence}, {@link #references}, {@link
   * #jury}.
   *
   * @param dossier the dossier
   * @param referential the référentiel it is judged against
   * @param reading how the fiche is read where it leaves room
   * @return the nonconformities; empty when the dossier conforms
   */
  public static List<Nonconformity> of(Dossier dossier, Referential referential, Reading reading) {
    List<Nonconformity> all = new ArrayList<>(candidacy(dossier, referential, reading));
    all.addAll(evidence(dossier));
    all.addAll(references(dossier, referential));
    all.addAll(jury(dossier, referential));
    return List.copyOf(all);
  }

  /**
   * The certification named, the candidacy and the jury's date: the dossier is for this
   * référentiel's certification; the route is open ("CONDITIONS D'INSCRIPTION À LA
   * CERTIFICATION"); the territory accessible ("Accessible en Nouvelle Calédonie : NON",
   * "Accessible en Polynésie Française : NON"); the jury held while the certification is registered
   * ("avec effet au 09 août 2014, jusqu'au 09 août 2019"): within the window the fiche states, from
   * its {@linkplain Registration#getFirstDay() first day} and to its {@linkplain
   * Registration#getEndDay() end} when it states them (a fiche that states no end is not judged
   * on it; the rules say so with a finding).
   *
   * @param dossier the dossier
   * @param referential the référentiel
   * @param reading whether the end date is inside the registration, and whether every listed
   *     route is open
   * @return the nonconformities at {@code certification}, {@code candidacy.route}, {@code
   *     candidacy.territory} and {@code jury.session.date}
   */
  public static List<Nonconformity> candidacy(
      Dossier dossier, Referential referential, Reading reading) {
    List<Nonconformity> out = new ArrayList<>(0);
    RncpNumber own = referential.getRncpNumber();
    if (!dossier.getCertification().equals(own)) {
      out.add(Nonconformity.of(
          Kind.OTHER_CERTIFICATION, "certification", dossier.getCertification(), own));
    }
    Candidacy candidacy = dossier.getCandidacy();
    boolean open =
        referential
            .getAccessCondition(candidacy.getRoute())
            .map(c -> reading.everyListedRouteOpen() || c.isOpen())
            .orElse(false);
    if (!open) {
      out.add(Nonconformity.of(Kind.ROUTE_CLOSED, "candidacy.route", candidacy.getRoute()));
    }
    if (!referential.isAccessibleIn(candidacy.getTerritory())) {
      out.add(Nonconformity.of(
          Kind.TERRITORY_NOT_ACCESSIBLE, "candidacy.territory", candidacy.getTerritory()));
    }
    if (dossier.getJury().isPresent()) {
      LocalDate jury = dossier.getJury().get().getSession().getDate();
      Registration registration = referential.getRegistration();
      String path = SESSION + ".date";
      Optional<LocalDate> first = registration.getFirstDay();
      if (first.isPresent() && jury.isBefore(first.get())) {
        out.add(Nonconformity.of(Kind.JURY_BEFORE_REGISTRATION, path, jury, first.get()));
      }
      Optional<LocalDate> end = registration.getEndDay();
      if (end.isPresent()
          && (reading.registrationEndInclusive() ? jury.isAfter(end.get()) : !jury.isBefore(end.get()))) {
        out.add(Nonconformity.of(Kind.JURY_AFTER_REGISTRATION, path, jury, end.get()));
      }
    }
    return out;
  }

  /**
   * The VAE evidence dossier, on the VAE route: "un dossier de preuves préalablement constitué
   * décrivant une ou plusieurs situations professionnelles succinctes en rapport avec les
   * capacités professionnelles du CQPM visé". A file with no situation ({@code EVIDENCE_MISSING} at
   * {@code vae.evidence}); a situation that names no capacity ({@code SITUATION_WITHOUT_CAPACITY}
   * at {@code vae.evidence[i].capacities}) or whose description is longer than {@link
   * ProfessionalSituation#MAX_DESCRIPTION_LENGTH} characters ({@code SITUATION_NOT_SUCCINCT} at
   * {@code vae.evidence[i].description}, a policy). On a training route a VAE file is the rules'
   * warning, and its content is not judged.
   *
   * @param dossier the dossier
   * @return the nonconformities, in the order of the situations
   */
  public static List<Nonconformity> evidence(Dossier dossier) {
    if (dossier.getVae().isEmpty() || dossier.getCandidacy().getRoute().getPath() != PathKind.VAE) {
      return List.of();
    }
    List<ProfessionalSituation> evidence = dossier.getVae().get().getEvidence();
    if (evidence.isEmpty()) {
      return List.of(Nonconformity.of(Kind.EVIDENCE_MISSING, "vae.evidence"));
    }
    List<Nonconformity> out = new ArrayList<>(0);
    for (int i = 0; i < evidence.size(); i++) {
      ProfessionalSituation situation = evidence.get(i);
      if (situation.getCapacities().isEmpty()) {
        out.add(Nonconformity.of(
            Kind.SITUATION_WITHOUT_CAPACITY, "vae.evidence[" + i + "].capacities", i + 1));
      }
      int length = situation.getDescription().length();
      if (length > ProfessionalSituation.MAX_DESCRIPTION_LENGTH) {
        out.add(Nonconformity.of(Kind.SITUATION_NOT_SUCCINCT, "vae.evidence[" + i + "].description",
            i + 1, length, ProfessionalSituation.MAX_DESCRIPTION_LENGTH));
      }
    }
    return out;
  }

  /**
   * The codes the dossier uses: every block the candidacy targets, every capacity assessed or named
   * by VAE evidence, every block given an opinion or acquired earlier, is one of the référentiel's.
   *
   * @param dossier the dossier
   * @param referential the référentiel
   * @return an {@code UNKNOWN_CAPACITY} or {@code UNKNOWN_BLOCK} at each place an unknown code
   *     stands, in the dossier's order
   */
  public static List<Nonconformity> references(Dossier dossier, Referential referential) {
    List<Nonconformity> out = new ArrayList<>(0);
    RncpNumber own = referential.getRncpNumber();
    List<BlockCode> targeted = dossier.getCandidacy().getTargetedBlocks();
    for (int i = 0; i < targeted.size(); i++) {
      block(referential, own, targeted.get(i), "candidacy.targetedBlocks[" + i + "]", out);
    }
    List<CapacityAssessment> assessments = dossier.getAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      capacity(referential, own, assessments.get(i).getCapacity(),
          "assessments[" + i + "].capacity", out);
    }
    List<CompanyOpinion> opinions = dossier.getCompanyOpinions();
    for (int i = 0; i < opinions.size(); i++) {
      block(referential, own, opinions.get(i).getBlock(), "companyOpinions[" + i + "].block", out);
    }
    List<AcquiredBlock> acquired = dossier.getAcquiredBlocks();
    for (int i = 0; i < acquired.size(); i++) {
      block(referential, own, acquired.get(i).getBlock(), "acquiredBlocks[" + i + "].block", out);
    }
    if (dossier.getVae().isPresent()) {
      List<ProfessionalSituation> evidence = dossier.getVae().get().getEvidence();
      for (int i = 0; i < evidence.size(); i++) {
        for (CapacityCode code : evidence.get(i).getCapacities()) {
          capacity(referential, own, code, "vae.evidence[" + i + "].capacities", out);
        }
      }
    }
    return out;
  }

  private static void capacity(
      Referential ref, RncpNumber own, CapacityCode code, String path, List<Nonconformity> out) {
    if (ref.getCapacity(code).isEmpty()) {
      out.add(Nonconformity.of(Kind.UNKNOWN_CAPACITY, path, code, own));
    }
  }

  private static void block(
      Referential ref, RncpNumber own, BlockCode code, String path, List<Nonconformity> out) {
    if (ref.getBlock(code).isEmpty()) {
      out.add(Nonconformity.of(Kind.UNKNOWN_BLOCK, path, code, own));
    }
  }

  /**
   * The jury: its composition ({@link JuryComposition}, under {@code jury.session}), then each vote
   * cast by a member who sits without a vote ("Seul un représentant par organisation syndicale
   * siège dans le jury avec droit de vote"), at {@code jury.votes[i].member}.
   *
   * <p>A référentiel that does not state its rules of composition (a fiche imported outside the
   * CQPM regime) has its jury's composition not judged: nothing is reported on it.
   *
   * @param dossier the dossier
   * @param referential the référentiel whose rules of composition apply
   * @return the nonconformities; empty when no jury sat or it conforms
   */
  public static List<Nonconformity> jury(Dossier dossier, Referential referential) {
    if (dossier.getJury().isEmpty()) {
      return List.of();
    }
    JuryDeliberation jury = dossier.getJury().get();
    List<Nonconformity> out = new ArrayList<>(0);
    if (referential.getJuryRules().isPresent()) {
      for (Nonconformity n :
          JuryComposition.of(jury.getSession(), referential.getJuryRules().get()).getNonconformities()) {
        out.add(n.under(SESSION));
      }
    }
    out.addAll(votes(jury));
    return out;
  }

  /**
   * Each vote cast by a member who sits without a vote, at {@code jury.votes[i].member}.
   *
   * @param jury the deliberation
   * @return the nonconformities, in the order of the votes
   */
  public static List<Nonconformity> votes(JuryDeliberation jury) {
    List<Nonconformity> out = new ArrayList<>(0);
    JurySession session = jury.getSession();
    List<Vote> votes = jury.getVotes();
    for (int i = 0; i < votes.size(); i++) {
      String member = votes.get(i).getMember();
      if (!session.isVotingMember(member)) {
        out.add(Nonconformity.ofMember(
            Kind.NON_VOTING_MEMBER_VOTED, "jury.votes[" + i + "].member", member, member));
      }
    }
    return out;
  }
}
