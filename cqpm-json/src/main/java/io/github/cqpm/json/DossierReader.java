package io.github.cqpm.json;

import io.github.cqpm.json.JsonInput.Shape;
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
  private static final Shape DOSSIER = Shape.of("a dossier", WireFormat.VERSION_PROPERTY, "certification", "candidate",
      "candidacy", "assessments", "companyOpinions", "acquiredBlocks").optional("vae", "jury");
  private static final Shape CANDIDATE = Shape.of("a candidate", "id");
  private static final Shape CANDIDACY =
      Shape.of("a candidacy", "route", "territory", "registrationDate").optional("sponsor");
  private static final Shape SPONSOR = Shape.of("a sponsor", "kind", "name");
  private static final Shape ASSESSMENT =
      Shape.of("an assessment", "capacity", "modality", "method", "date", "outcome", "commission");
  private static final Shape OPINION = Shape.of("a company opinion", "block", "date", "polarity", "authorRole");
  private static final Shape ACQUIRED = Shape.of("an acquired block", "block", "acquiredOn");
  private static final Shape VAE = Shape.of("a VAE file", "evidence").optional("admissibility", "interview");
  private static final Shape ADMISSIBILITY = Shape.of("a decision on admissibility", "decision", "date");
  private static final Shape SITUATION = Shape.of("a professional situation", "description", "capacities");
  private static final Shape INTERVIEW = Shape.of("a validation interview", "date", "commission");

  private DossierReader() {}

  static Dossier dossier(JsonInput in) throws IOException {
    Dossier.Builder b = Dossier.builder();
    in.object(DOSSIER, name -> {
      switch (name) {
        case WireFormat.VERSION_PROPERTY: version(in); break;
        case "certification": b.certification(in.certification()); break;
        case "candidate": b.candidate(candidate(in)); break;
        case "candidacy": b.candidacy(candidacy(in)); break;
        case "assessments": b.assessments(in.array("assessments", () -> assessment(in))); break;
        case "companyOpinions": b.companyOpinions(in.array("company opinions", () -> opinion(in))); break;
        case "acquiredBlocks": b.acquiredBlocks(in.array("acquired blocks", () -> acquiredBlock(in))); break;
        case "vae": b.vae(vae(in)); break;
        default: b.jury(JuryReader.deliberation(in));
      }
    });
    return in.build(b::build);
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
    in.object(CANDIDATE, name -> v.id = in.text());
    return in.build(() -> Candidate.of(v.id));
  }

  static Candidacy candidacy(JsonInput in) throws IOException {
    Candidacy.Builder b = Candidacy.builder();
    in.object(CANDIDACY, name -> {
      switch (name) {
        case "route": b.route(in.enumValue(AccessRoute.class)); break;
        case "territory": b.territory(in.enumValue(Territory.class)); break;
        case "registrationDate": b.registrationDate(in.date()); break;
        default: b.sponsor(sponsor(in));
      }
    });
    return in.build(b::build);
  }

  static Sponsor sponsor(JsonInput in) throws IOException {
    var v = new Object() { SponsorKind kind; String name; };
    in.object(SPONSOR, name -> {
      if (name.equals("kind")) {
        v.kind = in.enumValue(SponsorKind.class);
      } else {
        v.name = in.text();
      }
    });
    return in.build(() -> Sponsor.of(v.kind, v.name));
  }

  static CapacityAssessment assessment(JsonInput in) throws IOException {
    CapacityAssessment.Builder b = CapacityAssessment.builder();
    in.object(ASSESSMENT, name -> {
      switch (name) {
        case "capacity": b.capacity(in.capacity()); break;
        case "modality": b.modality(in.enumValue(EvaluationModality.class)); break;
        case "method": b.method(in.enumValue(EvaluationMethod.class)); break;
        case "date": b.date(in.date()); break;
        case "outcome": b.outcome(in.enumValue(AssessmentOutcome.class)); break;
        default: b.commission(in.text());
      }
    });
    return in.build(b::build);
  }

  static CompanyOpinion opinion(JsonInput in) throws IOException {
    CompanyOpinion.Builder b = CompanyOpinion.builder();
    in.object(OPINION, name -> {
      switch (name) {
        case "block": b.block(in.block()); break;
        case "date": b.date(in.date()); break;
        case "polarity": b.polarity(in.enumValue(OpinionPolarity.class)); break;
        default: b.authorRole(in.enumValue(OpinionAuthorRole.class));
      }
    });
    return in.build(b::build);
  }

  static AcquiredBlock acquiredBlock(JsonInput in) throws IOException {
    var v = new Object() { BlockCode block; LocalDate acquiredOn; };
    in.object(ACQUIRED, name -> {
      if (name.equals("block")) {
        v.block = in.block();
      } else {
        v.acquiredOn = in.date();
      }
    });
    return in.build(() -> AcquiredBlock.of(v.block, v.acquiredOn));
  }

  static VaeFile vae(JsonInput in) throws IOException {
    VaeFile.Builder b = VaeFile.builder();
    in.object(VAE, name -> {
      switch (name) {
        case "evidence": b.evidence(in.array("professional situations", () -> situation(in))); break;
        case "admissibility": b.admissibility(admissibility(in)); break;
        default: b.interview(interview(in));
      }
    });
    return in.build(b::build);
  }

  static RequestAdmissibility admissibility(JsonInput in) throws IOException {
    var v = new Object() { AdmissibilityDecision decision; LocalDate date; };
    in.object(ADMISSIBILITY, name -> {
      if (name.equals("decision")) {
        v.decision = in.enumValue(AdmissibilityDecision.class);
      } else {
        v.date = in.date();
      }
    });
    return in.build(() -> RequestAdmissibility.of(v.decision, v.date));
  }

  static ProfessionalSituation situation(JsonInput in) throws IOException {
    ProfessionalSituation.Builder b = ProfessionalSituation.builder();
    in.object(SITUATION, name -> {
      if (name.equals("description")) {
        b.description(in.text());
      } else {
        b.capacities(in.array("capacity codes", in::capacity));
      }
    });
    return in.build(b::build);
  }

  static ValidationInterview interview(JsonInput in) throws IOException {
    var v = new Object() { LocalDate date; String commission; };
    in.object(INTERVIEW, name -> {
      if (name.equals("date")) {
        v.date = in.date();
      } else {
        v.commission = in.text();
      }
    });
    return in.build(() -> ValidationInterview.of(v.date, v.commission));
  }
}
