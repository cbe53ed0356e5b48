package io.github.cqpm.json;

import io.github.cqpm.json.JsonInput.Shape;
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
import java.io.IOException;

/** Reads the référentiel's types; see {@link JsonInput} for the strictness. */
final class ReferentialReader {
  private static final Shape REFERENTIAL = Shape.of("a référentiel", WireFormat.VERSION_PROPERTY,
      "number", "title", "certifier", "nsfDomains", "jobSummary", "activities", "capacities", "blocks",
      "sectors", "jobTitles", "romeJobs", "regulation", "components", "admissibilityRule", "paths",
      "componentValidity", "accessConditions", "juryRules", "accessibleInNewCaledonia",
      "accessibleInFrenchPolynesia", "registration", "holdersPerYear", "certificationPlace");
  private static final Shape CERTIFIER = Shape.of("a certifier", "name", "signatoryQuality");
  private static final Shape NSF_DOMAIN = Shape.of("an NSF domain", "code", "label");
  private static final Shape ROME_JOB = Shape.of("a ROME job", "code", "label");
  private static final Shape ACTIVITY = Shape.of("an activity", "code", "label");
  private static final Shape CAPACITY = Shape.of("a capacity", "code", "label").optional("summaryLabel");
  private static final Shape BLOCK = Shape.of("a block", "code", "title", "capacities", "evaluation");
  private static final Shape EVALUATION_SCHEME = Shape.of("an evaluation scheme", "modalities", "companyOpinion", "attestation");
  private static final Shape MODALITY = Shape.of("a modality", "modality", "title", "description", "methodLabels");
  private static final Shape CERTIFICATION_PATH = Shape.of("a certification path", "kind", "steps", "notes");
  private static final Shape ACCESS_CONDITION = Shape.of("an access condition", "route", "open").optional("juryComposition");
  private static final Shape JURY_RULES = Shape.of("jury rules", "maxMetallurgyEmployers", "maxTemporaryWorkEmployers", "maxTemporaryWorkEmployees", "maxVotesPerUnion");
  private static final Shape REGISTRATION = Shape.of("a registration", "orderDate", "publicationDate", "effectiveDate", "endDate", "legalBasis");

  private ReferentialReader() {}

  static Referential referential(JsonInput in) throws IOException {
    Referential.Builder b = Referential.builder();
    in.object(REFERENTIAL, name -> {
      switch (name) {
        case WireFormat.VERSION_PROPERTY: DossierReader.version(in); break;
        case "number": b.number(in.integer()); break;
        case "title": b.title(in.text()); break;
        case "certifier": b.certifier(certifier(in)); break;
        case "nsfDomains": b.nsfDomains(in.array("NSF domains", () -> nsf(in))); break;
        case "jobSummary": b.jobSummary(in.text()); break;
        case "activities": b.activities(in.array("activities", () -> activity(in))); break;
        case "capacities": b.capacities(in.array("capacities", () -> capacity(in))); break;
        case "blocks": b.blocks(in.array("blocks", () -> block(in))); break;
        case "sectors": b.sectors(in.text()); break;
        case "jobTitles": b.jobTitles(in.array("job titles", in::text)); break;
        case "romeJobs": b.romeJobs(in.array("ROME jobs", () -> rome(in))); break;
        case "regulation": b.regulation(in.text()); break;
        case "components": b.components(in.text()); break;
        case "admissibilityRule": b.admissibilityRule(in.text()); break;
        case "paths": b.paths(in.array("paths", () -> path(in))); break;
        case "componentValidity": b.componentValidity(in.period()); break;
        case "accessConditions": b.accessConditions(in.array("access conditions", () -> access(in))); break;
        case "juryRules": b.juryRules(juryRules(in)); break;
        case "accessibleInNewCaledonia": b.accessibleInNewCaledonia(in.bool()); break;
        case "accessibleInFrenchPolynesia": b.accessibleInFrenchPolynesia(in.bool()); break;
        case "registration": b.registration(registration(in)); break;
        case "holdersPerYear": b.holdersPerYear(in.integer()); break;
        default: b.certificationPlace(in.text());
      }
    });
    return in.build(b::build);
  }

  static Certifier certifier(JsonInput in) throws IOException {
    var v = new Object() { String name; String signatoryQuality; };
    in.object(CERTIFIER, name -> {
      switch (name) {
        case "name": v.name = in.text(); break;
        default: v.signatoryQuality = in.text();
      }
    });
    return in.build(() -> Certifier.of(v.name, v.signatoryQuality));
  }

  static NsfDomain nsf(JsonInput in) throws IOException {
    var v = new Object() { String code; String label; };
    in.object(NSF_DOMAIN, name -> {
      switch (name) {
        case "code": v.code = in.text(); break;
        default: v.label = in.text();
      }
    });
    return in.build(() -> NsfDomain.of(v.code, v.label));
  }

  static RomeJob rome(JsonInput in) throws IOException {
    var v = new Object() { String code; String label; };
    in.object(ROME_JOB, name -> {
      switch (name) {
        case "code": v.code = in.text(); break;
        default: v.label = in.text();
      }
    });
    return in.build(() -> RomeJob.of(v.code, v.label));
  }

  static Activity activity(JsonInput in) throws IOException {
    var v = new Object() { ActivityCode code; String label; };
    in.object(ACTIVITY, name -> {
      switch (name) {
        case "code": v.code = in.activity(); break;
        default: v.label = in.text();
      }
    });
    return in.build(() -> Activity.of(v.code, v.label));
  }

  static Capacity capacity(JsonInput in) throws IOException {
    Capacity.Builder b = Capacity.builder();
    in.object(CAPACITY, name -> {
      switch (name) {
        case "code": b.code(in.capacity()); break;
        case "label": b.label(in.text()); break;
        default: b.summaryLabel(in.text());
      }
    });
    return in.build(b::build);
  }

  static Block block(JsonInput in) throws IOException {
    Block.Builder b = Block.builder();
    in.object(BLOCK, name -> {
      switch (name) {
        case "code": b.code(in.block()); break;
        case "title": b.title(in.text()); break;
        case "capacities": b.capacities(in.array("capacity codes", in::capacity)); break;
        default: b.evaluation(scheme(in));
      }
    });
    return in.build(b::build);
  }

  static EvaluationScheme scheme(JsonInput in) throws IOException {
    EvaluationScheme.Builder b = EvaluationScheme.builder();
    in.object(EVALUATION_SCHEME, name -> {
      switch (name) {
        case "modalities": b.modalities(in.array("modalities", () -> modality(in))); break;
        case "companyOpinion": b.companyOpinion(in.text()); break;
        default: b.attestation(in.text());
      }
    });
    return in.build(b::build);
  }

  static ModalityDescription modality(JsonInput in) throws IOException {
    ModalityDescription.Builder b = ModalityDescription.builder();
    in.object(MODALITY, name -> {
      switch (name) {
        case "modality": b.modality(in.enumValue(EvaluationModality.class)); break;
        case "title": b.title(in.text()); break;
        case "description": b.description(in.text()); break;
        default: b.methodLabels(in.enumMap(EvaluationMethod.class, in::text));
      }
    });
    return in.build(b::build);
  }

  static CertificationPath path(JsonInput in) throws IOException {
    CertificationPath.Builder b = CertificationPath.builder();
    in.object(CERTIFICATION_PATH, name -> {
      switch (name) {
        case "kind": b.kind(in.enumValue(PathKind.class)); break;
        case "steps": b.steps(in.enumMap(ProcedureStep.class, in::text)); break;
        default: b.notes(in.array("notes", in::text));
      }
    });
    return in.build(b::build);
  }

  static AccessCondition access(JsonInput in) throws IOException {
    AccessCondition.Builder b = AccessCondition.builder();
    in.object(ACCESS_CONDITION, name -> {
      switch (name) {
        case "route": b.route(in.enumValue(AccessRoute.class)); break;
        case "open": b.open(in.bool()); break;
        default: b.juryComposition(in.text());
      }
    });
    return in.build(b::build);
  }

  static JuryRules juryRules(JsonInput in) throws IOException {
    JuryRules.Builder b = JuryRules.builder();
    in.object(JURY_RULES, name -> {
      switch (name) {
        case "maxMetallurgyEmployers": b.maxMetallurgyEmployers(in.integer()); break;
        case "maxTemporaryWorkEmployers": b.maxTemporaryWorkEmployers(in.integer()); break;
        case "maxTemporaryWorkEmployees": b.maxTemporaryWorkEmployees(in.integer()); break;
        default: b.maxVotesPerUnion(in.integer());
      }
    });
    return in.build(b::build);
  }

  static Registration registration(JsonInput in) throws IOException {
    Registration.Builder b = Registration.builder();
    in.object(REGISTRATION, name -> {
      switch (name) {
        case "orderDate": b.orderDate(in.date()); break;
        case "publicationDate": b.publicationDate(in.date()); break;
        case "effectiveDate": b.effectiveDate(in.date()); break;
        case "endDate": b.endDate(in.date()); break;
        default: b.legalBasis(in.text());
      }
    });
    return in.build(b::build);
  }
}
