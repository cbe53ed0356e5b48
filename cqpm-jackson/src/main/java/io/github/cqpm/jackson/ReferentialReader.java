package io.github.cqpm.jackson;

import io.github.cqpm.jackson.JsonInput.Fields;
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
  private ReferentialReader() {}

  static Referential referential(JsonInput in) throws IOException {
    Referential.Builder b = Referential.builder();
    String at = in.object("a référentiel", new Fields()
        .required(WireFormat.VERSION_PROPERTY, () -> DossierReader.version(in))
        .required("number", () -> b.number(in.integer()))
        .required("title", () -> b.title(in.text()))
        .required("certifier", () -> b.certifier(certifier(in)))
        .required("nsfDomains", () -> b.nsfDomains(in.array("NSF domains", () -> nsf(in))))
        .required("jobSummary", () -> b.jobSummary(in.text()))
        .required("activities", () -> b.activities(in.array("activities", () -> activity(in))))
        .required("capacities", () -> b.capacities(in.array("capacities", () -> capacity(in))))
        .required("blocks", () -> b.blocks(in.array("blocks", () -> block(in))))
        .required("sectors", () -> b.sectors(in.text()))
        .required("jobTitles", () -> b.jobTitles(in.array("job titles", in::text)))
        .required("romeJobs", () -> b.romeJobs(in.array("ROME jobs", () -> rome(in))))
        .required("regulation", () -> b.regulation(in.text()))
        .required("components", () -> b.components(in.text()))
        .required("admissibilityRule", () -> b.admissibilityRule(in.text()))
        .required("paths", () -> b.paths(in.array("paths", () -> path(in))))
        .required("componentValidity", () -> b.componentValidity(in.period()))
        .required("accessConditions", () -> b.accessConditions(in.array("access conditions", () -> access(in))))
        .required("juryRules", () -> b.juryRules(juryRules(in)))
        .required("accessibleInNewCaledonia", () -> b.accessibleInNewCaledonia(in.bool()))
        .required("accessibleInFrenchPolynesia", () -> b.accessibleInFrenchPolynesia(in.bool()))
        .required("registration", () -> b.registration(registration(in)))
        .required("holdersPerYear", () -> b.holdersPerYear(in.integer()))
        .required("certificationPlace", () -> b.certificationPlace(in.text())));
    return in.build(at, b::build);
  }

  static Certifier certifier(JsonInput in) throws IOException {
    var v = new Object() { String name; String signatoryQuality; };
    String at = in.object("a certifier", new Fields()
        .required("name", () -> v.name = in.text())
        .required("signatoryQuality", () -> v.signatoryQuality = in.text()));
    return in.build(at, () -> Certifier.of(v.name, v.signatoryQuality));
  }

  static NsfDomain nsf(JsonInput in) throws IOException {
    var v = new Object() { String code; String label; };
    String at = in.object("an NSF domain", new Fields()
        .required("code", () -> v.code = in.text())
        .required("label", () -> v.label = in.text()));
    return in.build(at, () -> NsfDomain.of(v.code, v.label));
  }

  static RomeJob rome(JsonInput in) throws IOException {
    var v = new Object() { String code; String label; };
    String at = in.object("a ROME job", new Fields()
        .required("code", () -> v.code = in.text())
        .required("label", () -> v.label = in.text()));
    return in.build(at, () -> RomeJob.of(v.code, v.label));
  }

  static Activity activity(JsonInput in) throws IOException {
    var v = new Object() { ActivityCode code; String label; };
    String at = in.object("an activity", new Fields()
        .required("code", () -> v.code = in.activity())
        .required("label", () -> v.label = in.text()));
    return in.build(at, () -> Activity.of(v.code, v.label));
  }

  static Capacity capacity(JsonInput in) throws IOException {
    Capacity.Builder b = Capacity.builder();
    String at = in.object("a capacity", new Fields()
        .required("code", () -> b.code(in.capacity()))
        .required("label", () -> b.label(in.text()))
        .optional("summaryLabel", () -> b.summaryLabel(in.text())));
    return in.build(at, b::build);
  }

  static Block block(JsonInput in) throws IOException {
    Block.Builder b = Block.builder();
    String at = in.object("a block", new Fields()
        .required("code", () -> b.code(in.block()))
        .required("title", () -> b.title(in.text()))
        .required("capacities", () -> b.capacities(in.array("capacity codes", in::capacity)))
        .required("evaluation", () -> b.evaluation(scheme(in))));
    return in.build(at, b::build);
  }

  static EvaluationScheme scheme(JsonInput in) throws IOException {
    EvaluationScheme.Builder b = EvaluationScheme.builder();
    String at = in.object("an evaluation scheme", new Fields()
        .required("modalities", () -> b.modalities(in.array("modalities", () -> modality(in))))
        .required("companyOpinion", () -> b.companyOpinion(in.text()))
        .required("attestation", () -> b.attestation(in.text())));
    return in.build(at, b::build);
  }

  static ModalityDescription modality(JsonInput in) throws IOException {
    ModalityDescription.Builder b = ModalityDescription.builder();
    String at = in.object("a modality", new Fields()
        .required("modality", () -> b.modality(in.enumValue(EvaluationModality.class)))
        .required("title", () -> b.title(in.text()))
        .required("description", () -> b.description(in.text()))
        .required("methodLabels", () -> b.methodLabels(in.enumMap(EvaluationMethod.class, in::text))));
    return in.build(at, b::build);
  }

  static CertificationPath path(JsonInput in) throws IOException {
    CertificationPath.Builder b = CertificationPath.builder();
    String at = in.object("a certification path", new Fields()
        .required("kind", () -> b.kind(in.enumValue(PathKind.class)))
        .required("steps", () -> b.steps(in.enumMap(ProcedureStep.class, in::text)))
        .required("notes", () -> b.notes(in.array("notes", in::text))));
    return in.build(at, b::build);
  }

  static AccessCondition access(JsonInput in) throws IOException {
    AccessCondition.Builder b = AccessCondition.builder();
    String at = in.object("an access condition", new Fields()
        .required("route", () -> b.route(in.enumValue(AccessRoute.class)))
        .required("open", () -> b.open(in.bool()))
        .optional("juryComposition", () -> b.juryComposition(in.text())));
    return in.build(at, b::build);
  }

  static JuryRules juryRules(JsonInput in) throws IOException {
    JuryRules.Builder b = JuryRules.builder();
    String at = in.object("jury rules", new Fields()
        .required("maxMetallurgyEmployers", () -> b.maxMetallurgyEmployers(in.integer()))
        .required("maxTemporaryWorkEmployers", () -> b.maxTemporaryWorkEmployers(in.integer()))
        .required("maxTemporaryWorkEmployees", () -> b.maxTemporaryWorkEmployees(in.integer()))
        .required("maxVotesPerUnion", () -> b.maxVotesPerUnion(in.integer())));
    return in.build(at, b::build);
  }

  static Registration registration(JsonInput in) throws IOException {
    Registration.Builder b = Registration.builder();
    String at = in.object("a registration", new Fields()
        .required("orderDate", () -> b.orderDate(in.date()))
        .required("publicationDate", () -> b.publicationDate(in.date()))
        .required("effectiveDate", () -> b.effectiveDate(in.date()))
        .required("endDate", () -> b.endDate(in.date()))
        .required("legalBasis", () -> b.legalBasis(in.text())));
    return in.build(at, b::build);
  }
}
