package io.github.cqpm.json;

import static io.github.cqpm.json.JsonProperty.required;
import static io.github.cqpm.json.JsonType.date;
import static io.github.cqpm.json.JsonType.enumOf;
import static io.github.cqpm.json.JsonType.listOf;
import static io.github.cqpm.json.JsonType.object;
import static io.github.cqpm.json.JsonType.text;

import io.github.cqpm.model.code.BlockCode;
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
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.model.referential.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of the dossier's types, each property declared once, in the canonical order (the
 * order the model declares them); an empty optional property is left out, a list always written.
 */
final class DossierJson {
  private static final JsonProperty<Candidate, String> CANDIDATE_ID = required("id", text(), Candidate::getId);
  static final JsonType<Candidate> CANDIDATE = object("a candidate", v -> Candidate.of(v.get(CANDIDATE_ID)), CANDIDATE_ID);

  private static final JsonProperty<Sponsor, SponsorKind> SPONSOR_KIND =
      required("kind", enumOf(SponsorKind.class), Sponsor::getKind);
  private static final JsonProperty<Sponsor, String> SPONSOR_NAME = required("name", text(), Sponsor::getName);
  static final JsonType<Sponsor> SPONSOR =
      object("a sponsor", v -> Sponsor.of(v.get(SPONSOR_KIND), v.get(SPONSOR_NAME)), SPONSOR_KIND, SPONSOR_NAME);

  static final JsonType<Candidacy> CANDIDACY = object("a candidacy", Candidacy::builder, Candidacy.Builder::build)
      .required("route", enumOf(AccessRoute.class), Candidacy::getRoute, Candidacy.Builder::route)
      .required("territory", enumOf(Territory.class), Candidacy::getTerritory, Candidacy.Builder::territory)
      .required("registrationDate", date(), Candidacy::getRegistrationDate, Candidacy.Builder::registrationDate)
      .optional("sponsor", SPONSOR, Candidacy::getSponsor, Candidacy.Builder::sponsor)
      // absent: the whole certification (0.1.0's documents); written only when some blocks are targeted
      .optional("targetedBlocks", new ContainerTypes.ListType<>("block codes", CodeJson.BLOCK, true),
          c -> c.hasTargetedBlocks() ? Optional.of(c.getTargetedBlocks()) : Optional.empty(), Candidacy.Builder::targetedBlocks)
      .build();

  static final JsonType<CapacityAssessment> ASSESSMENT =
      object("an assessment", CapacityAssessment::builder, CapacityAssessment.Builder::build)
          .required("capacity", CodeJson.CAPACITY, CapacityAssessment::getCapacity, CapacityAssessment.Builder::capacity)
          .required("modality", enumOf(EvaluationModality.class), CapacityAssessment::getModality,
              CapacityAssessment.Builder::modality)
          .required("method", enumOf(EvaluationMethod.class), CapacityAssessment::getMethod,
              CapacityAssessment.Builder::method)
          .required("date", date(), CapacityAssessment::getDate, CapacityAssessment.Builder::date)
          .required("outcome", enumOf(AssessmentOutcome.class), CapacityAssessment::getOutcome,
              CapacityAssessment.Builder::outcome)
          .required("commission", text(), CapacityAssessment::getCommission, CapacityAssessment.Builder::commission)
          .build();

  static final JsonType<CompanyOpinion> OPINION =
      object("a company opinion", CompanyOpinion::builder, CompanyOpinion.Builder::build)
          .required("block", CodeJson.BLOCK, CompanyOpinion::getBlock, CompanyOpinion.Builder::block)
          .required("date", date(), CompanyOpinion::getDate, CompanyOpinion.Builder::date)
          .required("polarity", enumOf(OpinionPolarity.class), CompanyOpinion::getPolarity,
              CompanyOpinion.Builder::polarity)
          .required("authorRole", enumOf(OpinionAuthorRole.class), CompanyOpinion::getAuthorRole,
              CompanyOpinion.Builder::authorRole)
          .build();

  private static final JsonProperty<AcquiredBlock, BlockCode> ACQUIRED_BLOCK =
      required("block", CodeJson.BLOCK, AcquiredBlock::getBlock);
  private static final JsonProperty<AcquiredBlock, LocalDate> ACQUIRED_ON =
      required("acquiredOn", date(), AcquiredBlock::getAcquiredOn);
  static final JsonType<AcquiredBlock> ACQUIRED = object("an acquired block",
      v -> AcquiredBlock.of(v.get(ACQUIRED_BLOCK), v.get(ACQUIRED_ON)), ACQUIRED_BLOCK, ACQUIRED_ON);

  private static final JsonProperty<RequestAdmissibility, AdmissibilityDecision> ADMISSIBILITY_DECISION =
      required("decision", enumOf(AdmissibilityDecision.class), RequestAdmissibility::getDecision);
  private static final JsonProperty<RequestAdmissibility, LocalDate> ADMISSIBILITY_DATE =
      required("date", date(), RequestAdmissibility::getDate);
  static final JsonType<RequestAdmissibility> ADMISSIBILITY = object("a decision on admissibility",
      v -> RequestAdmissibility.of(v.get(ADMISSIBILITY_DECISION), v.get(ADMISSIBILITY_DATE)),
      ADMISSIBILITY_DECISION, ADMISSIBILITY_DATE);

  static final JsonType<ProfessionalSituation> SITUATION =
      object("a professional situation", ProfessionalSituation::builder, ProfessionalSituation.Builder::build)
          .required("description", text(), ProfessionalSituation::getDescription,
              ProfessionalSituation.Builder::description)
          .required("capacities", listOf("capacity codes", CodeJson.CAPACITY),
              s -> List.copyOf(s.getCapacities()),
              ProfessionalSituation.Builder::capacities)
          .build();

  private static final JsonProperty<ValidationInterview, LocalDate> INTERVIEW_DATE =
      required("date", date(), ValidationInterview::getDate);
  private static final JsonProperty<ValidationInterview, String> INTERVIEW_COMMISSION =
      required("commission", text(), ValidationInterview::getCommission);
  static final JsonType<ValidationInterview> INTERVIEW = object("a validation interview",
      v -> ValidationInterview.of(v.get(INTERVIEW_DATE), v.get(INTERVIEW_COMMISSION)),
      INTERVIEW_DATE, INTERVIEW_COMMISSION);

  static final JsonType<VaeFile> VAE = object("a VAE file", VaeFile::builder, VaeFile.Builder::build)
      .optional("admissibility", ADMISSIBILITY, VaeFile::getAdmissibility, VaeFile.Builder::admissibility)
      .required("evidence", listOf("professional situations", SITUATION), VaeFile::getEvidence,
          VaeFile.Builder::evidence)
      .optional("interview", INTERVIEW, VaeFile::getInterview, VaeFile.Builder::interview)
      .build();

  static final JsonType<Dossier> DOSSIER = object("a dossier", Dossier::builder, Dossier.Builder::build)
      .required(WireFormat.VERSION_PROPERTY, CodeJson.FORMAT_VERSION, d -> WireFormat.VERSION, (b, v) -> { })
      .required("certification", CodeJson.CERTIFICATION, Dossier::getCertification, Dossier.Builder::certification)
      .required("candidate", CANDIDATE, Dossier::getCandidate, Dossier.Builder::candidate)
      .required("candidacy", CANDIDACY, Dossier::getCandidacy, Dossier.Builder::candidacy)
      .required("assessments", listOf("assessments", ASSESSMENT), Dossier::getAssessments,
          Dossier.Builder::assessments)
      .required("companyOpinions", listOf("company opinions", OPINION), Dossier::getCompanyOpinions,
          Dossier.Builder::companyOpinions)
      .required("acquiredBlocks", listOf("acquired blocks", ACQUIRED), Dossier::getAcquiredBlocks,
          Dossier.Builder::acquiredBlocks)
      .optional("vae", VAE, Dossier::getVae, Dossier.Builder::vae)
      .optional("jury", JuryJson.DELIBERATION, Dossier::getJury, Dossier.Builder::jury)
      .build();

  private DossierJson() {}
}
