package io.github.cqpm.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.francevae.FranceVaeResult;
import io.github.cqpm.rules.json.DecisionDocument;
import io.github.cqpm.rules.json.PolicyDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Decisions as JSON: the decide command's {@code --format json}, and the audit's result lines. */
final class JsonReport {
  /** Generators that write cqpm's documents (the policy) with {@code writeObject}. */
  private static final JsonFactory FACTORY = CqpmJson.newMapper().getFactory();

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

  /**
   * A France VAE result as one JSON object: {@code resultat}, {@code estViseePartiellement},
   * {@code blocs}, {@code commentaire}.
   */
  static String franceVae(FranceVaeResult result) {
    return json(true, g -> {
      g.writeStartObject();
      g.writeStringField("resultat", result.resultat().name());
      g.writeBooleanField("estViseePartiellement", result.estViseePartiellement());
      g.writeArrayFieldStart("blocs");
      for (io.github.cqpm.model.code.BlockCode block : result.blocs()) {
        g.writeString(block.toString());
      }
      g.writeEndArray();
      g.writeStringField("commentaire", result.commentaire());
      g.writeEndObject();
    });
  }

  static String decision(
      Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules, Locale locale) {
    return CqpmJson.write(DecisionDocument.of(dossier, decision, rules, locale));
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
      Map<String, Long> codes, AuditTrail trail) {
    return json(true, g -> {
      g.writeStartObject();
      g.writeStringField("cqpmVersion", trail.version());
      g.writeObjectFieldStart("input");
      g.writeStringField("file", trail.file());
      g.writeNumberField("bytes", trail.bytes());
      g.writeStringField("sha256", trail.sha256());
      g.writeEndObject();
      g.writeStringField("started", trail.started().toString());
      g.writeStringField("ended", trail.ended().toString());
      g.writeNumberField("lines", lines);
      g.writeNumberField("blankLines", blankLines);
      g.writeFieldName("policy");
      g.writeObject(PolicyDocument.of(policy));
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
