package io.github.cqpm.json;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.ProfessionalSituation;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.Sponsor;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import java.io.IOException;
import java.util.List;

/**
 * Writes the dossier's types, properties in the canonical order (the order the model declares
 * them); an empty optional property is left out, a list is always written.
 */
final class DossierWriter {
  private DossierWriter() {}

  @FunctionalInterface
  interface ValueWriter<T> {
    void write(JsonSink g, T value) throws IOException;
  }

  static <T> void list(JsonSink g, String name, List<T> values, ValueWriter<T> element) throws IOException {
    g.arrayField(name);
    for (T value : values) {
      element.write(g, value);
    }
    g.endArray();
  }

  static void dossier(JsonSink g, Dossier d) throws IOException {
    g.startObject();
    g.numberField(WireFormat.VERSION_PROPERTY, WireFormat.VERSION);
    g.stringField("certification", d.getCertification().toString());
    g.name("candidate");
    candidate(g, d.getCandidate());
    g.name("candidacy");
    candidacy(g, d.getCandidacy());
    list(g, "assessments", d.getAssessments(), DossierWriter::assessment);
    list(g, "companyOpinions", d.getCompanyOpinions(), DossierWriter::opinion);
    list(g, "acquiredBlocks", d.getAcquiredBlocks(), DossierWriter::acquiredBlock);
    if (d.getVae().isPresent()) {
      g.name("vae");
      vae(g, d.getVae().get());
    }
    if (d.getJury().isPresent()) {
      g.name("jury");
      JuryWriter.deliberation(g, d.getJury().get());
    }
    g.endObject();
  }

  static void candidate(JsonSink g, Candidate c) throws IOException {
    g.startObject();
    g.stringField("id", c.getId());
    g.endObject();
  }

  static void candidacy(JsonSink g, Candidacy c) throws IOException {
    g.startObject();
    g.stringField("route", c.getRoute().name());
    g.stringField("territory", c.getTerritory().name());
    g.stringField("registrationDate", c.getRegistrationDate().toString());
    if (c.getSponsor().isPresent()) {
      g.name("sponsor");
      sponsor(g, c.getSponsor().get());
    }
    g.endObject();
  }

  static void sponsor(JsonSink g, Sponsor s) throws IOException {
    g.startObject();
    g.stringField("kind", s.getKind().name());
    g.stringField("name", s.getName());
    g.endObject();
  }

  static void assessment(JsonSink g, CapacityAssessment a) throws IOException {
    g.startObject();
    g.stringField("capacity", a.getCapacity().toString());
    g.stringField("modality", a.getModality().name());
    g.stringField("method", a.getMethod().name());
    g.stringField("date", a.getDate().toString());
    g.stringField("outcome", a.getOutcome().name());
    g.stringField("commission", a.getCommission());
    g.endObject();
  }

  static void opinion(JsonSink g, CompanyOpinion o) throws IOException {
    g.startObject();
    g.stringField("block", o.getBlock().toString());
    g.stringField("date", o.getDate().toString());
    g.stringField("polarity", o.getPolarity().name());
    g.stringField("authorRole", o.getAuthorRole().name());
    g.endObject();
  }

  static void acquiredBlock(JsonSink g, AcquiredBlock a) throws IOException {
    g.startObject();
    g.stringField("block", a.getBlock().toString());
    g.stringField("acquiredOn", a.getAcquiredOn().toString());
    g.endObject();
  }

  static void vae(JsonSink g, VaeFile v) throws IOException {
    g.startObject();
    if (v.getAdmissibility().isPresent()) {
      g.name("admissibility");
      admissibility(g, v.getAdmissibility().get());
    }
    list(g, "evidence", v.getEvidence(), DossierWriter::situation);
    if (v.getInterview().isPresent()) {
      g.name("interview");
      interview(g, v.getInterview().get());
    }
    g.endObject();
  }

  static void admissibility(JsonSink g, RequestAdmissibility a) throws IOException {
    g.startObject();
    g.stringField("decision", a.getDecision().name());
    g.stringField("date", a.getDate().toString());
    g.endObject();
  }

  static void interview(JsonSink g, ValidationInterview i) throws IOException {
    g.startObject();
    g.stringField("date", i.getDate().toString());
    g.stringField("commission", i.getCommission());
    g.endObject();
  }

  static void situation(JsonSink g, ProfessionalSituation s) throws IOException {
    g.startObject();
    g.stringField("description", s.getDescription());
    g.arrayField("capacities");
    for (CapacityCode c : s.getCapacities()) {
      g.string(c.toString());
    }
    g.endArray();
    g.endObject();
  }
}
