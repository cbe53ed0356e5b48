package io.github.cqpm.jackson;

import static io.github.cqpm.jackson.DossierWriter.list;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Activity;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.Certifier;
import io.github.cqpm.model.referential.EvaluationScheme;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.NsfDomain;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.RomeJob;
import java.io.IOException;
import java.util.Map;

/** Writes the référentiel's types, properties in the canonical order. */
final class ReferentialWriter {
  private ReferentialWriter() {}

  static void referential(JsonGenerator g, Referential r) throws IOException {
    g.writeStartObject();
    g.writeNumberField(WireFormat.VERSION_PROPERTY, WireFormat.VERSION);
    g.writeNumberField("number", r.getNumber());
    g.writeStringField("title", r.getTitle());
    g.writeFieldName("certifier");
    certifier(g, r.getCertifier());
    list(g, "nsfDomains", r.getNsfDomains(), ReferentialWriter::nsf);
    g.writeStringField("jobSummary", r.getJobSummary());
    list(g, "activities", r.getActivities(), ReferentialWriter::activity);
    list(g, "capacities", r.getCapacities(), ReferentialWriter::capacity);
    list(g, "blocks", r.getBlocks(), ReferentialWriter::block);
    g.writeStringField("sectors", r.getSectors());
    list(g, "jobTitles", r.getJobTitles(), JsonGenerator::writeString);
    list(g, "romeJobs", r.getRomeJobs(), ReferentialWriter::rome);
    g.writeStringField("regulation", r.getRegulation());
    g.writeStringField("components", r.getComponents());
    g.writeStringField("admissibilityRule", r.getAdmissibilityRule());
    list(g, "paths", r.getPaths(), ReferentialWriter::path);
    g.writeStringField("componentValidity", r.getComponentValidity().toString());
    list(g, "accessConditions", r.getAccessConditions(), ReferentialWriter::access);
    g.writeFieldName("juryRules");
    juryRules(g, r.getJuryRules());
    g.writeBooleanField("accessibleInNewCaledonia", r.isAccessibleInNewCaledonia());
    g.writeBooleanField("accessibleInFrenchPolynesia", r.isAccessibleInFrenchPolynesia());
    g.writeFieldName("registration");
    registration(g, r.getRegistration());
    g.writeNumberField("holdersPerYear", r.getHoldersPerYear());
    g.writeStringField("certificationPlace", r.getCertificationPlace());
    g.writeEndObject();
  }

  static void certifier(JsonGenerator g, Certifier c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.getName());
    g.writeStringField("signatoryQuality", c.getSignatoryQuality());
    g.writeEndObject();
  }

  static void nsf(JsonGenerator g, NsfDomain n) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", n.getCode());
    g.writeStringField("label", n.getLabel());
    g.writeEndObject();
  }

  static void rome(JsonGenerator g, RomeJob j) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", j.getCode());
    g.writeStringField("label", j.getLabel());
    g.writeEndObject();
  }

  static void activity(JsonGenerator g, Activity a) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", a.getCode().toString());
    g.writeStringField("label", a.getLabel());
    g.writeEndObject();
  }

  static void capacity(JsonGenerator g, Capacity c) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", c.getCode().toString());
    g.writeStringField("label", c.getLabel());
    if (c.getSummaryLabel().isPresent()) {
      g.writeStringField("summaryLabel", c.getSummaryLabel().get());
    }
    g.writeEndObject();
  }

  static void block(JsonGenerator g, Block b) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", b.getCode().toString());
    g.writeStringField("title", b.getTitle());
    g.writeArrayFieldStart("capacities");
    for (CapacityCode c : b.getCapacities()) {
      g.writeString(c.toString());
    }
    g.writeEndArray();
    g.writeFieldName("evaluation");
    scheme(g, b.getEvaluation());
    g.writeEndObject();
  }

  static void scheme(JsonGenerator g, EvaluationScheme s) throws IOException {
    g.writeStartObject();
    list(g, "modalities", s.getModalities(), ReferentialWriter::modality);
    g.writeStringField("companyOpinion", s.getCompanyOpinion());
    g.writeStringField("attestation", s.getAttestation());
    g.writeEndObject();
  }

  static void modality(JsonGenerator g, ModalityDescription m) throws IOException {
    g.writeStartObject();
    g.writeStringField("modality", m.getModality().name());
    g.writeStringField("title", m.getTitle());
    g.writeStringField("description", m.getDescription());
    enumMap(g, "methodLabels", m.getMethodLabels());
    g.writeEndObject();
  }

  static void path(JsonGenerator g, CertificationPath p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", p.getKind().name());
    enumMap(g, "steps", p.getSteps());
    list(g, "notes", p.getNotes(), JsonGenerator::writeString);
    g.writeEndObject();
  }

  private static void enumMap(JsonGenerator g, String name, Map<? extends Enum<?>, String> map) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<? extends Enum<?>, String> e : map.entrySet()) {
      g.writeStringField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }

  static void access(JsonGenerator g, AccessCondition a) throws IOException {
    g.writeStartObject();
    g.writeStringField("route", a.getRoute().name());
    g.writeBooleanField("open", a.isOpen());
    if (a.getJuryComposition().isPresent()) {
      g.writeStringField("juryComposition", a.getJuryComposition().get());
    }
    g.writeEndObject();
  }

  static void juryRules(JsonGenerator g, JuryRules r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("maxMetallurgyEmployers", r.getMaxMetallurgyEmployers());
    g.writeNumberField("maxTemporaryWorkEmployers", r.getMaxTemporaryWorkEmployers());
    g.writeNumberField("maxTemporaryWorkEmployees", r.getMaxTemporaryWorkEmployees());
    g.writeNumberField("maxVotesPerUnion", r.getMaxVotesPerUnion());
    g.writeEndObject();
  }

  static void registration(JsonGenerator g, Registration r) throws IOException {
    g.writeStartObject();
    g.writeStringField("orderDate", r.getOrderDate().toString());
    g.writeStringField("publicationDate", r.getPublicationDate().toString());
    g.writeStringField("effectiveDate", r.getEffectiveDate().toString());
    g.writeStringField("endDate", r.getEndDate().toString());
    g.writeStringField("legalBasis", r.getLegalBasis());
    g.writeEndObject();
  }
}
