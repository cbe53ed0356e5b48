package io.github.cqpm.json;

import static io.github.cqpm.json.DossierWriter.list;

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

  static void referential(JsonSink g, Referential r) throws IOException {
    g.startObject();
    g.numberField(WireFormat.VERSION_PROPERTY, WireFormat.VERSION);
    g.numberField("number", r.getNumber());
    g.stringField("title", r.getTitle());
    g.name("certifier");
    certifier(g, r.getCertifier());
    list(g, "nsfDomains", r.getNsfDomains(), ReferentialWriter::nsf);
    g.stringField("jobSummary", r.getJobSummary());
    list(g, "activities", r.getActivities(), ReferentialWriter::activity);
    list(g, "capacities", r.getCapacities(), ReferentialWriter::capacity);
    list(g, "blocks", r.getBlocks(), ReferentialWriter::block);
    g.stringField("sectors", r.getSectors());
    list(g, "jobTitles", r.getJobTitles(), JsonSink::string);
    list(g, "romeJobs", r.getRomeJobs(), ReferentialWriter::rome);
    g.stringField("regulation", r.getRegulation());
    g.stringField("components", r.getComponents());
    g.stringField("admissibilityRule", r.getAdmissibilityRule());
    list(g, "paths", r.getPaths(), ReferentialWriter::path);
    g.stringField("componentValidity", r.getComponentValidity().toString());
    list(g, "accessConditions", r.getAccessConditions(), ReferentialWriter::access);
    g.name("juryRules");
    juryRules(g, r.getJuryRules());
    g.booleanField("accessibleInNewCaledonia", r.isAccessibleInNewCaledonia());
    g.booleanField("accessibleInFrenchPolynesia", r.isAccessibleInFrenchPolynesia());
    g.name("registration");
    registration(g, r.getRegistration());
    g.numberField("holdersPerYear", r.getHoldersPerYear());
    g.stringField("certificationPlace", r.getCertificationPlace());
    g.endObject();
  }

  static void certifier(JsonSink g, Certifier c) throws IOException {
    g.startObject();
    g.stringField("name", c.getName());
    g.stringField("signatoryQuality", c.getSignatoryQuality());
    g.endObject();
  }

  static void nsf(JsonSink g, NsfDomain n) throws IOException {
    g.startObject();
    g.stringField("code", n.getCode());
    g.stringField("label", n.getLabel());
    g.endObject();
  }

  static void rome(JsonSink g, RomeJob j) throws IOException {
    g.startObject();
    g.stringField("code", j.getCode());
    g.stringField("label", j.getLabel());
    g.endObject();
  }

  static void activity(JsonSink g, Activity a) throws IOException {
    g.startObject();
    g.stringField("code", a.getCode().toString());
    g.stringField("label", a.getLabel());
    g.endObject();
  }

  static void capacity(JsonSink g, Capacity c) throws IOException {
    g.startObject();
    g.stringField("code", c.getCode().toString());
    g.stringField("label", c.getLabel());
    if (c.getSummaryLabel().isPresent()) {
      g.stringField("summaryLabel", c.getSummaryLabel().get());
    }
    g.endObject();
  }

  static void block(JsonSink g, Block b) throws IOException {
    g.startObject();
    g.stringField("code", b.getCode().toString());
    g.stringField("title", b.getTitle());
    g.arrayField("capacities");
    for (CapacityCode c : b.getCapacities()) {
      g.string(c.toString());
    }
    g.endArray();
    g.name("evaluation");
    scheme(g, b.getEvaluation());
    g.endObject();
  }

  static void scheme(JsonSink g, EvaluationScheme s) throws IOException {
    g.startObject();
    list(g, "modalities", s.getModalities(), ReferentialWriter::modality);
    g.stringField("companyOpinion", s.getCompanyOpinion());
    g.stringField("attestation", s.getAttestation());
    g.endObject();
  }

  static void modality(JsonSink g, ModalityDescription m) throws IOException {
    g.startObject();
    g.stringField("modality", m.getModality().name());
    g.stringField("title", m.getTitle());
    g.stringField("description", m.getDescription());
    enumMap(g, "methodLabels", m.getMethodLabels());
    g.endObject();
  }

  static void path(JsonSink g, CertificationPath p) throws IOException {
    g.startObject();
    g.stringField("kind", p.getKind().name());
    enumMap(g, "steps", p.getSteps());
    list(g, "notes", p.getNotes(), JsonSink::string);
    g.endObject();
  }

  private static void enumMap(JsonSink g, String name, Map<? extends Enum<?>, String> map) throws IOException {
    g.objectField(name);
    for (Map.Entry<? extends Enum<?>, String> e : map.entrySet()) {
      g.stringField(e.getKey().name(), e.getValue());
    }
    g.endObject();
  }

  static void access(JsonSink g, AccessCondition a) throws IOException {
    g.startObject();
    g.stringField("route", a.getRoute().name());
    g.booleanField("open", a.isOpen());
    if (a.getJuryComposition().isPresent()) {
      g.stringField("juryComposition", a.getJuryComposition().get());
    }
    g.endObject();
  }

  static void juryRules(JsonSink g, JuryRules r) throws IOException {
    g.startObject();
    g.numberField("maxMetallurgyEmployers", r.getMaxMetallurgyEmployers());
    g.numberField("maxTemporaryWorkEmployers", r.getMaxTemporaryWorkEmployers());
    g.numberField("maxTemporaryWorkEmployees", r.getMaxTemporaryWorkEmployees());
    g.numberField("maxVotesPerUnion", r.getMaxVotesPerUnion());
    g.endObject();
  }

  static void registration(JsonSink g, Registration r) throws IOException {
    g.startObject();
    g.stringField("orderDate", r.getOrderDate().toString());
    g.stringField("publicationDate", r.getPublicationDate().toString());
    g.stringField("effectiveDate", r.getEffectiveDate().toString());
    g.stringField("endDate", r.getEndDate().toString());
    g.stringField("legalBasis", r.getLegalBasis());
    g.endObject();
  }
}
