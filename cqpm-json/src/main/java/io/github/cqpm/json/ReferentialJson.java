package io.github.cqpm.json;

import static io.github.cqpm.json.JsonProperty.optional;
import static io.github.cqpm.json.JsonProperty.required;
import static io.github.cqpm.json.JsonType.bool;
import static io.github.cqpm.json.JsonType.date;
import static io.github.cqpm.json.JsonType.enumMapOf;
import static io.github.cqpm.json.JsonType.enumOf;
import static io.github.cqpm.json.JsonType.integer;
import static io.github.cqpm.json.JsonType.listOf;
import static io.github.cqpm.json.JsonType.object;
import static io.github.cqpm.json.JsonType.period;
import static io.github.cqpm.json.JsonType.text;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Activity;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.Certifier;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.model.referential.EvaluationScheme;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.NsfDomain;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.ProcedureStep;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.RomeJob;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The JSON of the référentiel's types, each property declared once, in the canonical order. */
final class ReferentialJson {
  private static final JsonProperty<Certifier, String> CERTIFIER_NAME = required("name", text(), Certifier::getName);
  private static final JsonProperty<Certifier, String> CERTIFIER_QUALITY =
      optional("signatoryQuality", text(), Certifier::getSignatoryQuality);
  static final JsonType<Certifier> CERTIFIER = object("a certifier",
      v -> v.find(CERTIFIER_QUALITY).map(quality -> Certifier.of(v.get(CERTIFIER_NAME), quality))
          .orElseGet(() -> Certifier.of(v.get(CERTIFIER_NAME))),
      CERTIFIER_NAME, CERTIFIER_QUALITY);

  private static final JsonProperty<NsfDomain, String> NSF_CODE = required("code", text(), NsfDomain::getCode);
  private static final JsonProperty<NsfDomain, String> NSF_LABEL = required("label", text(), NsfDomain::getLabel);
  static final JsonType<NsfDomain> NSF =
      object("an NSF domain", v -> NsfDomain.of(v.get(NSF_CODE), v.get(NSF_LABEL)), NSF_CODE, NSF_LABEL);

  private static final JsonProperty<RomeJob, String> ROME_CODE = required("code", text(), RomeJob::getCode);
  private static final JsonProperty<RomeJob, String> ROME_LABEL = required("label", text(), RomeJob::getLabel);
  static final JsonType<RomeJob> ROME =
      object("a ROME job", v -> RomeJob.of(v.get(ROME_CODE), v.get(ROME_LABEL)), ROME_CODE, ROME_LABEL);

  private static final JsonProperty<Activity, ActivityCode> ACTIVITY_CODE =
      required("code", CodeJson.ACTIVITY, Activity::getCode);
  private static final JsonProperty<Activity, String> ACTIVITY_LABEL = required("label", text(), Activity::getLabel);
  static final JsonType<Activity> ACTIVITY = object("an activity",
      v -> Activity.of(v.get(ACTIVITY_CODE), v.get(ACTIVITY_LABEL)), ACTIVITY_CODE, ACTIVITY_LABEL);

  static final JsonType<Capacity> CAPACITY = object("a capacity", Capacity::builder, Capacity.Builder::build)
      .required("code", CodeJson.CAPACITY, Capacity::getCode, Capacity.Builder::code)
      .required("label", text(), Capacity::getLabel, Capacity.Builder::label)
      .optional("summaryLabel", text(), Capacity::getSummaryLabel, Capacity.Builder::summaryLabel)
      .build();

  static final JsonType<ModalityDescription> MODALITY =
      object("a modality", ModalityDescription::builder, ModalityDescription.Builder::build)
          .required("modality", enumOf(EvaluationModality.class), ModalityDescription::getModality,
              ModalityDescription.Builder::modality)
          .required("title", text(), ModalityDescription::getTitle, ModalityDescription.Builder::title)
          .required("description", text(), ModalityDescription::getDescription,
              ModalityDescription.Builder::description)
          .required("methodLabels", enumMapOf(EvaluationMethod.class, text()), ModalityDescription::getMethodLabels,
              ModalityDescription.Builder::methodLabels)
          .build();

  static final JsonType<EvaluationScheme> SCHEME =
      object("an evaluation scheme", EvaluationScheme::builder, EvaluationScheme.Builder::build)
          .required("modalities", listOf("modalities", MODALITY), EvaluationScheme::getModalities,
              EvaluationScheme.Builder::modalities)
          .optional("companyOpinion", text(), EvaluationScheme::getCompanyOpinion,
              EvaluationScheme.Builder::companyOpinion)
          .optional("attestation", text(), EvaluationScheme::getAttestation, EvaluationScheme.Builder::attestation)
          .optional("statement", text(), EvaluationScheme::getStatement, EvaluationScheme.Builder::statement)
          .build();

  static final JsonType<Block> BLOCK = object("a block", Block::builder, Block.Builder::build)
      .required("code", CodeJson.BLOCK, Block::getCode, Block.Builder::code)
      .required("title", text(), Block::getTitle, Block.Builder::title)
      .required("capacities", listOf("capacity codes", CodeJson.CAPACITY), Block::getCapacities,
          Block.Builder::capacities)
      .required("evaluation", SCHEME, Block::getEvaluation, Block.Builder::evaluation)
      .build();

  static final JsonType<CertificationPath> PATH =
      object("a certification path", CertificationPath::builder, CertificationPath.Builder::build)
          .required("kind", enumOf(PathKind.class), CertificationPath::getKind, CertificationPath.Builder::kind)
          .required("steps", enumMapOf(ProcedureStep.class, text()), CertificationPath::getSteps,
              CertificationPath.Builder::steps)
          .required("notes", listOf("notes", text()), CertificationPath::getNotes, CertificationPath.Builder::notes)
          .build();

  static final JsonType<AccessCondition> ACCESS =
      object("an access condition", AccessCondition::builder, AccessCondition.Builder::build)
          .required("route", enumOf(AccessRoute.class), AccessCondition::getRoute, AccessCondition.Builder::route)
          .required("open", bool(), AccessCondition::isOpen, AccessCondition.Builder::open)
          .optional("juryComposition", text(), AccessCondition::getJuryComposition,
              AccessCondition.Builder::juryComposition)
          .build();

  static final JsonType<JuryRules> JURY_RULES = object("jury rules", JuryRules::builder, JuryRules.Builder::build)
      .required("maxMetallurgyEmployers", integer(), JuryRules::getMaxMetallurgyEmployers,
          JuryRules.Builder::maxMetallurgyEmployers)
      .required("maxTemporaryWorkEmployers", integer(), JuryRules::getMaxTemporaryWorkEmployers,
          JuryRules.Builder::maxTemporaryWorkEmployers)
      .required("maxTemporaryWorkEmployees", integer(), JuryRules::getMaxTemporaryWorkEmployees,
          JuryRules.Builder::maxTemporaryWorkEmployees)
      .required("maxVotesPerUnion", integer(), JuryRules::getMaxVotesPerUnion, JuryRules.Builder::maxVotesPerUnion)
      .build();

  /**
   * The registration: each fact optional, as the fiche states it (0.1.0 wrote the five first, all
   * of them, under these names, which stay).
   */
  static final JsonType<Registration> REGISTRATION =
      object("a registration", Registration::builder, Registration.Builder::build)
          .optional("kind", enumOf(Registration.Kind.class), Registration::getKind, Registration.Builder::kind)
          .optional("orderDate", date(), Registration::getDecisionDay, Registration.Builder::decisionDay)
          .optional("publicationDate", date(), Registration::getPublicationDay, Registration.Builder::publicationDay)
          .optional("effectiveDate", date(), Registration::getEffectiveDay, Registration.Builder::effectiveDay)
          .optional("endDate", date(), Registration::getEndDay, Registration.Builder::endDay)
          .optional("lastJournalDate", date(), Registration::getLastJournalDay, Registration.Builder::lastJournalDay)
          .optional("duration", text(), Registration::getDuration, Registration.Builder::duration)
          .optional("legalBasis", text(), Registration::getLegalText, Registration.Builder::legalText)
          .build();

  static final JsonType<Referential> REFERENTIAL = object("a référentiel", Referential::builder, Referential.Builder::build)
      .required(WireFormat.VERSION_PROPERTY, CodeJson.FORMAT_VERSION, r -> WireFormat.VERSION, (b, v) -> { })
      .required("number", integer(), Referential::getNumber, Referential.Builder::number)
      .required("title", text(), Referential::getTitle, Referential.Builder::title)
      .required("certifier", CERTIFIER, Referential::getCertifier, Referential.Builder::certifier)
      .required("nsfDomains", listOf("NSF domains", NSF), Referential::getNsfDomains, Referential.Builder::nsfDomains)
      .required("jobSummary", text(), Referential::getJobSummary, Referential.Builder::jobSummary)
      .required("activities", listOf("activities", ACTIVITY), Referential::getActivities,
          Referential.Builder::activities)
      .required("capacities", listOf("capacities", CAPACITY), Referential::getCapacities,
          Referential.Builder::capacities)
      .required("blocks", listOf("blocks", BLOCK), Referential::getBlocks, Referential.Builder::blocks)
      .required("sectors", text(), Referential::getSectors, Referential.Builder::sectors)
      .required("jobTitles", listOf("job titles", text()), Referential::getJobTitles, Referential.Builder::jobTitles)
      .required("romeJobs", listOf("ROME jobs", ROME), Referential::getRomeJobs, Referential.Builder::romeJobs)
      .required("regulation", text(), Referential::getRegulation, Referential.Builder::regulation)
      .required("components", text(), Referential::getComponents, Referential.Builder::components)
      .required("admissibilityRule", text(), Referential::getAdmissibilityRule,
          Referential.Builder::admissibilityRule)
      .required("paths", listOf("paths", PATH), Referential::getPaths, Referential.Builder::paths)
      .optional("componentValidity", period(), Referential::getComponentValidity,
          Referential.Builder::componentValidity)
      .required("accessConditions", listOf("access conditions", ACCESS), Referential::getAccessConditions,
          Referential.Builder::accessConditions)
      .optional("juryRules", JURY_RULES, Referential::getJuryRules, Referential.Builder::juryRules)
      .required("accessibleInNewCaledonia", bool(), Referential::isAccessibleInNewCaledonia,
          Referential.Builder::accessibleInNewCaledonia)
      .required("accessibleInFrenchPolynesia", bool(), Referential::isAccessibleInFrenchPolynesia,
          Referential.Builder::accessibleInFrenchPolynesia)
      .required("registration", REGISTRATION, Referential::getRegistration, Referential.Builder::registration)
      .optional("holdersPerYear", integer(), ReferentialJson::holdersPerYear, Referential.Builder::holdersPerYear)
      .optional("certificationPlace", text(), Referential::getCertificationPlace,
          Referential.Builder::certificationPlace)
      .optional("notes", listOf("notes", text()), ReferentialJson::notes, Referential.Builder::notes)
      .build();

  private ReferentialJson() {}

  private static Optional<Integer> holdersPerYear(Referential referential) {
    OptionalInt holders = referential.getHoldersPerYear();
    return holders.isPresent() ? Optional.of(holders.getAsInt()) : Optional.empty();
  }

  /** The notes, written only when there are some (a référentiel that states everything has none). */
  private static Optional<List<String>> notes(Referential referential) {
    return referential.getNotes().isEmpty() ? Optional.empty() : Optional.of(referential.getNotes());
  }
}
