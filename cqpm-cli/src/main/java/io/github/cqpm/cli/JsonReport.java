package io.github.cqpm.cli;

import io.github.cqpm.jackson3.CqpmJson;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Decisions as JSON: the decide command's {@code --format json}, and the audit's result lines. */
final class JsonReport {
  /** Writes cqpm's documents (the policy) with {@code writePOJO}: the cqpm module is registered. */
  private static final JsonMapper MAPPER = CqpmJson.newMapper();
  /** Indented, a space after each colon, as the library writes its documents. */
  private static final ObjectWriter PRETTY = MAPPER.writer().with(prettyPrinter());
  /** One object a line, the underlying writer left open when the generator closes. */
  private static final ObjectWriter LINES = MAPPER.writer().with(new MinimalPrettyPrinter("\n"))
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private JsonReport() {}

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static String json(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = PRETTY.createGenerator(text)) {
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
    return json(g -> {
      g.writeStartObject();
      g.writeStringProperty("resultat", result.resultat().name());
      g.writeBooleanProperty("estViseePartiellement", result.estViseePartiellement());
      g.writeArrayPropertyStart("blocs");
      for (io.github.cqpm.model.code.BlockCode block : result.blocs()) {
        g.writeString(block.toString());
      }
      g.writeEndArray();
      g.writeStringProperty("commentaire", result.commentaire());
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
      g = LINES.createGenerator(out);
    }

    /** What the audit found for the dossier of a line. */
    void audited(AuditResult result) throws IOException {
      written = true;
      g.writeStartObject();
      g.writeNumberProperty("line", result.line());
      g.writeStringProperty("candidate", result.candidate());
      g.writeStringProperty("outcome", result.outcome().name());
      g.writeArrayPropertyStart("codes");
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
      g.writeNumberProperty("line", line);
      g.writeStringProperty("outcome", "REJECTED");
      g.writeStringProperty("error", error);
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
    return json(g -> {
      g.writeStartObject();
      g.writeStringProperty("cqpmVersion", trail.version());
      g.writeObjectPropertyStart("input");
      g.writeStringProperty("file", trail.file());
      g.writeNumberProperty("bytes", trail.bytes());
      g.writeStringProperty("sha256", trail.sha256());
      g.writeEndObject();
      g.writeStringProperty("started", trail.started().toString());
      g.writeStringProperty("ended", trail.ended().toString());
      g.writeNumberProperty("lines", lines);
      g.writeNumberProperty("blankLines", blankLines);
      g.writeName("policy");
      g.writePOJO(PolicyDocument.of(policy));
      g.writeObjectPropertyStart("outcomes");
      for (Map.Entry<String, Long> e : outcomes.entrySet()) {
        g.writeNumberProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectPropertyStart("findingCodes");
      for (Map.Entry<String, Long> e : codes.entrySet()) {
        g.writeNumberProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}
