package io.github.cqpm.jackson;

import io.github.cqpm.jackson.JsonInput.Fields;
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
import java.io.IOException;
import java.time.LocalDate;

/** Reads the dossier's types; see {@link JsonInput} for the strictness. */
final class DossierReader {
  private DossierReader() {}

  static Dossier dossier(JsonInput in) throws IOException {
    Dossier.Builder b = Dossier.builder();
    String at = in.object("a dossier", new Fields()
        .required(WireFormat.VERSION_PROPERTY, () -> version(in))
        .required("candidate", () -> b.candidate(candidate(in)))
        .required("candidacy", () -> b.candidacy(candidacy(in)))
        .required("assessments", () -> b.assessments(in.array("assessments", () -> assessment(in))))
        .required("companyOpinions", () -> b.companyOpinions(in.array("company opinions", () -> opinion(in))))
        .required("acquiredBlocks", () -> b.acquiredBlocks(in.array("acquired blocks", () -> acquiredBlock(in))))
        .optional("vae", () -> b.vae(vae(in)))
        .optional("jury", () -> b.jury(JuryReader.deliberation(in))));
    return in.build(at, b::build);
  }

  static void version(JsonInput in) throws IOException {
    String at = in.pointer();
    int version = in.integer();
    if (version != WireFormat.VERSION) {
      throw in.error(at, "unsupported format version " + version + " (this reader knows " + WireFormat.VERSION + ")");
    }
  }

  static Candidate candidate(JsonInput in) throws IOException {
    var v = new Object() { String id; };
    String at = in.object("a candidate", new Fields().required("id", () -> v.id = in.text()));
    return in.build(at, () -> Candidate.of(v.id));
  }

  static Candidacy candidacy(JsonInput in) throws IOException {
    Candidacy.Builder b = Candidacy.builder();
    String at = in.object("a candidacy", new Fields()
        .required("route", () -> b.route(in.enumValue(AccessRoute.class)))
        .required("territory", () -> b.territory(in.enumValue(Territory.class)))
        .required("registrationDate", () -> b.registrationDate(in.date()))
        .optional("sponsor", () -> b.sponsor(sponsor(in))));
    return in.build(at, b::build);
  }

  static Sponsor sponsor(JsonInput in) throws IOException {
    var v = new Object() { SponsorKind kind; String name; };
    String at = in.object("a sponsor", new Fields()
        .required("kind", () -> v.kind = in.enumValue(SponsorKind.class))
        .required("name", () -> v.name = in.text()));
    return in.build(at, () -> Sponsor.of(v.kind, v.name));
  }

  static CapacityAssessment assessment(JsonInput in) throws IOException {
    CapacityAssessment.Builder b = CapacityAssessment.builder();
    String at = in.object("an assessment", new Fields()
        .required("capacity", () -> b.capacity(in.capacity()))
        .required("modality", () -> b.modality(in.enumValue(EvaluationModality.class)))
        .required("method", () -> b.method(in.enumValue(EvaluationMethod.class)))
        .required("date", () -> b.date(in.date()))
        .required("outcome", () -> b.outcome(in.enumValue(AssessmentOutcome.class)))
        .required("commission", () -> b.commission(in.text())));
    return in.build(at, b::build);
  }

  static CompanyOpinion opinion(JsonInput in) throws IOException {
    CompanyOpinion.Builder b = CompanyOpinion.builder();
    String at = in.object("a company opinion", new Fields()
        .required("block", () -> b.block(in.block()))
        .required("date", () -> b.date(in.date()))
        .required("polarity", () -> b.polarity(in.enumValue(OpinionPolarity.class)))
        .required("authorRole", () -> b.authorRole(in.enumValue(OpinionAuthorRole.class))));
    return in.build(at, b::build);
  }

  static AcquiredBlock acquiredBlock(JsonInput in) throws IOException {
    var v = new Object() { BlockCode block; LocalDate acquiredOn; };
    String at = in.object("an acquired block", new Fields()
        .required("block", () -> v.block = in.block())
        .required("acquiredOn", () -> v.acquiredOn = in.date()));
    return in.build(at, () -> AcquiredBlock.of(v.block, v.acquiredOn));
  }

  static VaeFile vae(JsonInput in) throws IOException {
    VaeFile.Builder b = VaeFile.builder();
    String at = in.object("a VAE file", new Fields()
        .optional("admissibility", () -> b.admissibility(admissibility(in)))
        .required("evidence", () -> b.evidence(in.array("professional situations", () -> situation(in))))
        .optional("interview", () -> b.interview(interview(in))));
    return in.build(at, b::build);
  }

  static RequestAdmissibility admissibility(JsonInput in) throws IOException {
    var v = new Object() { AdmissibilityDecision decision; LocalDate date; };
    String at = in.object("a decision on admissibility", new Fields()
        .required("decision", () -> v.decision = in.enumValue(AdmissibilityDecision.class))
        .required("date", () -> v.date = in.date()));
    return in.build(at, () -> RequestAdmissibility.of(v.decision, v.date));
  }

  static ProfessionalSituation situation(JsonInput in) throws IOException {
    ProfessionalSituation.Builder b = ProfessionalSituation.builder();
    String at = in.object("a professional situation", new Fields()
        .required("description", () -> b.description(in.text()))
        .required("capacities", () -> b.capacities(in.array("capacity codes", in::capacity))));
    return in.build(at, b::build);
  }

  static ValidationInterview interview(JsonInput in) throws IOException {
    var v = new Object() { LocalDate date; String commission; };
    String at = in.object("a validation interview", new Fields()
        .required("date", () -> v.date = in.date())
        .required("commission", () -> v.commission = in.text()));
    return in.build(at, () -> ValidationInterview.of(v.date, v.commission));
  }
}
