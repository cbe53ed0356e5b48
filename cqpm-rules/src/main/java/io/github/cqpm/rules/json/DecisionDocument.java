package io.github.cqpm.rules.json;

import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A decision on a dossier as a JSON document, for storing it or answering with it: the ruling and
 * its three views (the votes' deliberation, the verdict the jury declared, what the evidence calls
 * for) and the audit; every block and capacity; every finding with its code, severity, subject,
 * arguments under their {@linkplain FindingCode#getArgumentNames() names}, the fiche's sentence
 * and the message in the chosen language; and what an auditor needs to reproduce it: the policy
 * applied, the référentiel's RNCP number and the library's version.
 *
 * <p>Write it with any JSON library's cqpm module (both Jackson modules serialize a {@link
 * JsonWritable}), e.g. {@code CqpmJson.write(DecisionDocument.of(dossier, decision, rules,
 * Locale.FRENCH))}. The properties are written in a fixed order; an absent view is left out.
 * {@link #schema()} describes the document.
 */
public final class DecisionDocument implements JsonWritable {
  private final String candidate;
  private final String certification;
  private final Decision<DossierOutcome> decision;
  private final CqpmRules rules;
  private final Locale locale;

  private DecisionDocument(
      String candidate, String certification, Decision<DossierOutcome> decision, CqpmRules rules, Locale locale) {
    this.candidate = candidate;
    this.certification = certification;
    this.decision = decision;
    this.rules = rules;
    this.locale = locale;
  }

  /**
   * The document of a decision.
   *
   * @param dossier the dossier decided
   * @param decision what {@code rules} decided on it
   * @param rules the rules that decided (their référentiel and policy are written)
   * @param locale the language of the messages and sentences (French or English)
   * @return the document
   */
  public static DecisionDocument of(
      Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules, Locale locale) {
    return new DecisionDocument(
        dossier.getCandidate().getId(),
        dossier.getCertification().toString(),
        Objects.requireNonNull(decision, "decision"),
        Objects.requireNonNull(rules, "rules"),
        Objects.requireNonNull(locale, "locale"));
  }

  /**
   * The JSON Schema (draft 2020-12) of decision documents, as shipped in this jar: every property
   * and, for every enumerated value (ruling, codes, severities, rules, policy options), the
   * constants of the library's enums.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = DecisionDocument.class.getResourceAsStream("cqpm-decision.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The decision written.
   *
   * @return the decision
   */
  public Decision<DossierOutcome> getDecision() {
    return decision;
  }

  @Override
  public void writeTo(JsonSink sink) throws IOException {
    DossierOutcome outcome = decision.outcome();
    sink.startObject();
    sink.stringField("candidate", candidate);
    sink.stringField("certification", certification);
    sink.stringField("referential", rules.getReferential().getRncpNumber().toString());
    sink.stringField("libraryVersion", CqpmFormat.version());
    sink.stringField("ruling", outcome.ruling().name());
    sink.arrayField("irregularities");
    for (FindingCode code : outcome.irregularities()) {
      sink.string(code.name());
    }
    sink.endArray();
    if (outcome.declared().isPresent()) {
      sink.stringField("declaredVerdict", outcome.declared().get().name());
    }
    sink.stringField("evidence", outcome.evidence().name());
    sink.stringField("audit", outcome.audit().name());
    sink.name("policy");
    PolicyDocument.of(rules.getPolicy()).writeTo(sink);
    sink.stringField("date", outcome.certification().date().toString());
    sink.booleanField("certificationDue", outcome.certification().due());
    sink.arrayField("missingBlocks");
    for (BlockStatus block : outcome.certification().missingBlocks()) {
      sink.string(block.block().toString());
    }
    sink.endArray();
    sink.arrayField("missingCapacities");
    for (CapacityStatus capacity : outcome.certification().missingCapacities()) {
      sink.string(capacity.capacity().toString());
    }
    sink.endArray();
    sink.arrayField("blocks");
    for (BlockStatus block : outcome.certification().blocks()) {
      block(sink, block);
    }
    sink.endArray();
    if (outcome.deliberation().isPresent()) {
      sink.name("deliberation");
      tally(sink, outcome.deliberation().get());
    }
    findings(sink, decision.findings());
    sink.endObject();
  }

  private static void block(JsonSink sink, BlockStatus block) throws IOException {
    sink.startObject();
    sink.stringField("block", block.block().toString());
    sink.booleanField("valid", block.valid());
    if (block.acquiredOn().isPresent()) {
      sink.stringField("acquiredOn", block.acquiredOn().get().toString());
      sink.stringField("validUntilExcluded", block.firstInvalidDay().orElseThrow().toString());
    }
    if (block.opinion().isPresent()) {
      sink.stringField("companyOpinion", block.opinion().get().name());
    }
    sink.arrayField("capacities");
    for (CapacityStatus capacity : block.capacities()) {
      sink.startObject();
      sink.stringField("capacity", capacity.capacity().toString());
      sink.stringField("state", capacity.state().name());
      if (capacity.assessedOn().isPresent()) {
        sink.stringField("assessedOn", capacity.assessedOn().get().toString());
        sink.stringField("modality", capacity.modality().orElseThrow().name());
      }
      sink.endObject();
    }
    sink.endArray();
    sink.endObject();
  }

  private static void tally(JsonSink sink, DeliberationOutcome tally) throws IOException {
    sink.startObject();
    sink.numberField("admissible", tally.admissible());
    sink.numberField("notAdmissible", tally.notAdmissible());
    sink.numberField("abstentions", tally.abstentions());
    if (tally.verdict().isPresent()) {
      sink.stringField("verdict", tally.verdict().get().name());
    }
    sink.booleanField("presidentDecided", tally.presidentDecided());
    sink.endObject();
  }

  private void findings(JsonSink sink, List<Finding> findings) throws IOException {
    sink.arrayField("findings");
    for (Finding f : findings) {
      sink.startObject();
      sink.stringField("code", f.code().name());
      sink.stringField("severity", f.severity().name());
      sink.stringField("subject", f.subject().toString());
      sink.objectField("arguments");
      List<String> names = f.code().getArgumentNames();
      List<String> texts = f.argumentTexts();
      for (int i = 0; i < names.size(); i++) {
        sink.stringField(names.get(i), texts.get(i));
      }
      sink.endObject();
      sink.stringField("rule", f.rule().name());
      sink.stringField("message", Messages.message(f, locale));
      sink.stringField("sentence", Messages.sentence(f.rule(), locale));
      sink.endObject();
    }
    sink.endArray();
  }
}
