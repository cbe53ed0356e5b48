package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
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
    void write(JsonGenerator g, T value) throws IOException;
  }

  static <T> void list(JsonGenerator g, String name, List<T> values, ValueWriter<T> element) throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      element.write(g, value);
    }
    g.writeEndArray();
  }

  static void dossier(JsonGenerator g, Dossier d) throws IOException {
    g.writeStartObject();
    g.writeNumberField(WireFormat.VERSION_PROPERTY, WireFormat.VERSION);
    g.writeStringField("certification", d.getCertification().toString());
    g.writeFieldName("candidate");
    candidate(g, d.getCandidate());
    g.writeFieldName("candidacy");
    candidacy(g, d.getCandidacy());
    list(g, "assessments", d.getAssessments(), DossierWriter::assessment);
    list(g, "companyOpinions", d.getCompanyOpinions(), DossierWriter::opinion);
    list(g, "acquiredBlocks", d.getAcquiredBlocks(), DossierWriter::acquiredBlock);
    if (d.getVae().isPresent()) {
      g.writeFieldName("vae");
      vae(g, d.getVae().get());
    }
    if (d.getJury().isPresent()) {
      g.writeFieldName("jury");
      JuryWriter.deliberation(g, d.getJury().get());
    }
    g.writeEndObject();
  }

  static void candidate(JsonGenerator g, Candidate c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.getId());
    g.writeEndObject();
  }

  static void candidacy(JsonGenerator g, Candidacy c) throws IOException {
    g.writeStartObject();
    g.writeStringField("route", c.getRoute().name());
    g.writeStringField("territory", c.getTerritory().name());
    g.writeStringField("registrationDate", c.getRegistrationDate().toString());
    if (c.getSponsor().isPresent()) {
      g.writeFieldName("sponsor");
      sponsor(g, c.getSponsor().get());
    }
    g.writeEndObject();
  }

  static void sponsor(JsonGenerator g, Sponsor s) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", s.getKind().name());
    g.writeStringField("name", s.getName());
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, CapacityAssessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("capacity", a.getCapacity().toString());
    g.writeStringField("modality", a.getModality().name());
    g.writeStringField("method", a.getMethod().name());
    g.writeStringField("date", a.getDate().toString());
    g.writeStringField("outcome", a.getOutcome().name());
    g.writeStringField("commission", a.getCommission());
    g.writeEndObject();
  }

  static void opinion(JsonGenerator g, CompanyOpinion o) throws IOException {
    g.writeStartObject();
    g.writeStringField("block", o.getBlock().toString());
    g.writeStringField("date", o.getDate().toString());
    g.writeStringField("polarity", o.getPolarity().name());
    g.writeStringField("authorRole", o.getAuthorRole().name());
    g.writeEndObject();
  }

  static void acquiredBlock(JsonGenerator g, AcquiredBlock a) throws IOException {
    g.writeStartObject();
    g.writeStringField("block", a.getBlock().toString());
    g.writeStringField("acquiredOn", a.getAcquiredOn().toString());
    g.writeEndObject();
  }

  static void vae(JsonGenerator g, VaeFile v) throws IOException {
    g.writeStartObject();
    if (v.getAdmissibility().isPresent()) {
      g.writeFieldName("admissibility");
      admissibility(g, v.getAdmissibility().get());
    }
    list(g, "evidence", v.getEvidence(), DossierWriter::situation);
    if (v.getInterview().isPresent()) {
      g.writeFieldName("interview");
      interview(g, v.getInterview().get());
    }
    g.writeEndObject();
  }

  static void admissibility(JsonGenerator g, RequestAdmissibility a) throws IOException {
    g.writeStartObject();
    g.writeStringField("decision", a.getDecision().name());
    g.writeStringField("date", a.getDate().toString());
    g.writeEndObject();
  }

  static void interview(JsonGenerator g, ValidationInterview i) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", i.getDate().toString());
    g.writeStringField("commission", i.getCommission());
    g.writeEndObject();
  }

  static void situation(JsonGenerator g, ProfessionalSituation s) throws IOException {
    g.writeStartObject();
    g.writeStringField("description", s.getDescription());
    g.writeArrayFieldStart("capacities");
    for (CapacityCode c : s.getCapacities()) {
      g.writeString(c.toString());
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
