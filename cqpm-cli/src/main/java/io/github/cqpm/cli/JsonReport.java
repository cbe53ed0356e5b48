package io.github.cqpm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Decisions as JSON: the decide command's {@code --format json}, and the audit's result lines. */
final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(boolean pretty, Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      if (pretty) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter));
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  static String decision(
      Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules, Locale locale) {
    return json(true, g -> {
      DossierOutcome outcome = decision.outcome();
      g.writeStartObject();
      g.writeStringField("candidate", dossier.getCandidate().getId());
      g.writeStringField("certification", dossier.getCertification().toString());
      g.writeStringField("referential", rules.getReferential().getRncpNumber().toString());
      g.writeStringField("libraryVersion", CqpmFormat.version());
      g.writeStringField("ruling", outcome.ruling().name());
      g.writeArrayFieldStart("irregularities");
      for (FindingCode code : outcome.irregularities()) {
        g.writeString(code.name());
      }
      g.writeEndArray();
      if (outcome.declared().isPresent()) {
        g.writeStringField("declaredVerdict", outcome.declared().get().name());
      }
      g.writeStringField("evidence", outcome.evidence().name());
      g.writeStringField("audit", outcome.audit().name());
      policy(g, rules.getPolicy());
      g.writeStringField("date", outcome.certification().date().toString());
      g.writeBooleanField("certificationDue", outcome.certification().due());
      g.writeArrayFieldStart("missingBlocks");
      for (BlockStatus block : outcome.certification().missingBlocks()) {
        g.writeString(block.block().toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("missingCapacities");
      for (CapacityStatus capacity : outcome.certification().missingCapacities()) {
        g.writeString(capacity.capacity().toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("blocks");
      for (BlockStatus block : outcome.certification().blocks()) {
        block(g, block);
      }
      g.writeEndArray();
      if (outcome.deliberation().isPresent()) {
        g.writeFieldName("deliberation");
        tally(g, outcome.deliberation().get());
      }
      findings(g, decision.findings(), locale);
      g.writeEndObject();
    });
  }

  private static void block(JsonGenerator g, BlockStatus block) throws IOException {
    g.writeStartObject();
    g.writeStringField("block", block.block().toString());
    g.writeBooleanField("valid", block.valid());
    if (block.acquiredOn().isPresent()) {
      g.writeStringField("acquiredOn", block.acquiredOn().get().toString());
      g.writeStringField("validUntilExcluded", block.firstInvalidDay().orElseThrow().toString());
    }
    if (block.opinion().isPresent()) {
      g.writeStringField("companyOpinion", block.opinion().get().name());
    }
    g.writeArrayFieldStart("capacities");
    for (CapacityStatus capacity : block.capacities()) {
      g.writeStartObject();
      g.writeStringField("capacity", capacity.capacity().toString());
      g.writeStringField("state", capacity.state().name());
      if (capacity.assessedOn().isPresent()) {
        g.writeStringField("assessedOn", capacity.assessedOn().get().toString());
        g.writeStringField("modality", capacity.modality().orElseThrow().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The choices where the fiche is silent, named as the command line's options name them. */
  private static void policy(JsonGenerator g, RulePolicy policy) throws IOException {
    g.writeObjectFieldStart("policy");
    g.writeStringField("registrationEnd", PolicyOptions.registrationEnd(policy).name());
    g.writeStringField("unfavourableOpinion", policy.unfavourableOpinion().name());
    g.writeStringField("tieFallback", policy.tieFallback().name());
    g.writeNumberField("quorum", policy.quorum());
    g.writeStringField("validityScope", policy.validityScope().name());
    g.writeStringField("routes", policy.routes().name());
    g.writeEndObject();
  }

  private static void tally(JsonGenerator g, DeliberationOutcome tally) throws IOException {
    g.writeStartObject();
    g.writeNumberField("admissible", tally.admissible());
    g.writeNumberField("notAdmissible", tally.notAdmissible());
    g.writeNumberField("abstentions", tally.abstentions());
    if (tally.verdict().isPresent()) {
      g.writeStringField("verdict", tally.verdict().get().name());
    }
    g.writeBooleanField("presidentDecided", tally.presidentDecided());
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, List<Finding> findings, Locale locale) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("code", f.code().name());
      g.writeStringField("severity", f.severity().name());
      g.writeStringField("subject", f.subject().toString());
      g.writeObjectFieldStart("arguments");
      List<String> names = f.code().getArgumentNames();
      List<String> texts = f.argumentTexts();
      for (int i = 0; i < names.size(); i++) {
        g.writeStringField(names.get(i), texts.get(i));
      }
      g.writeEndObject();
      g.writeStringField("rule", f.rule().name());
      g.writeStringField("message", Messages.message(f, locale));
      g.writeStringField("sentence", Messages.sentence(f.rule(), locale));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The audit's result lines, one JSON object a line, written through one generator (no string
   * built per line). Closing it flushes, and leaves the underlying writer open.
   */
  static final class Lines implements java.io.Closeable {
    private final JsonGenerator g;
    private boolean written;

    Lines(java.io.Writer out) throws IOException {
      g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter("\n"));
    }

    /** What the audit found for the dossier of a line. */
    void audited(AuditResult result) throws IOException {
      written = true;
      g.writeStartObject();
      g.writeNumberField("line", result.line());
      g.writeStringField("candidate", result.candidate());
      g.writeStringField("outcome", result.outcome().name());
      g.writeArrayFieldStart("codes");
      for (FindingCode code : result.codes()) {
        g.writeString(code.name());
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    /** A line that is not a dossier. */
    void rejected(long line, String error) throws IOException {
      written = true;
      g.writeStartObject();
      g.writeNumberField("line", line);
      g.writeStringField("outcome", "REJECTED");
      g.writeStringField("error", error);
      g.writeEndObject();
    }

    /** Ends the last line and flushes. */
    @Override
    public void close() throws IOException {
      if (written) {
        g.writeRaw('\n');
      }
      g.close();
    }
  }

  /** The audit's summary. */
  static String summary(
      long lines, long blankLines, RulePolicy policy, Map<String, Long> outcomes,
      Map<String, Long> codes) {
    return json(true, g -> {
      g.writeStartObject();
      g.writeNumberField("lines", lines);
      g.writeNumberField("blankLines", blankLines);
      policy(g, policy);
      g.writeObjectFieldStart("outcomes");
      for (Map.Entry<String, Long> e : outcomes.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("findingCodes");
      for (Map.Entry<String, Long> e : codes.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}
