package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.json.InvalidDocumentException;
import io.github.cqpm.json.Limits;
import io.github.cqpm.json.ReadProblems;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes cqpm documents: the strict reader with the format's input limits, and the
 * canonical writer (properties in the model's order, two-space indentation, {@code \n} line
 * ends, a final newline), so that reading then writing a canonical document gives back its bytes.
 *
 * <p>Input limits ({@link #READ_CONSTRAINTS}): nesting at most {@value #MAX_NESTING_DEPTH} deep
 * (the format needs 7), strings at most {@value #MAX_STRING_LENGTH} characters, numbers at most
 * {@value #MAX_NUMBER_LENGTH} characters, documents at most {@value #MAX_DOCUMENT_LENGTH}
 * characters; beyond, an {@link InvalidJsonException} saying which limit, where.
 */
public final class CqpmJson {
  /** The deepest nesting accepted. */
  public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;
  /** The longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;
  /** The longest document accepted, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;

  /** The limits the reader applies. */
  public static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .build();

  /** Duplicate keys are refused by the reader itself, with their JSON pointer. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build();

  private CqpmJson() {}

  /**
   * A new mapper with the module, the input limits and trailing content refused: for callers who
   * want the format through Jackson's own API.
   *
   * @return a mapper of its own, to configure further at will
   */
  public static ObjectMapper newMapper() {
    return newMapper(ReferentialCatalog.bundled());
  }

  /**
   * A new mapper with the module of a catalogue, the input limits and trailing content refused.
   *
   * @param catalog the référentiels a dossier may name
   * @return a mapper of its own, to configure further at will
   * @since 0.2.0
   */
  public static ObjectMapper newMapper(ReferentialCatalog catalog) {
    return new ObjectMapper(FACTORY.copy())
        .registerModule(new CqpmModule(catalog))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Reads a dossier document.
   *
   * @param json the document
   * @return the dossier
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong and
   *     what was expected: not a cqpm document, not JSON, or beyond the input limits
   * @throws IOException never for a string (declared for symmetry with the stream's reader)
   */
  public static Dossier readDossier(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, Dossier.class, ReferentialCatalog.bundled());
    }
  }

  /**
   * Reads a dossier document from UTF-8 bytes.
   *
   * @param json the document; not closed
   * @return the dossier
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong and
   *     what was expected: not a cqpm document, not UTF-8 JSON, or beyond the input limits
   * @throws IOException when reading the stream fails
   */
  public static Dossier readDossier(InputStream json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, Dossier.class, ReferentialCatalog.bundled());
    }
  }

  /**
   * Reads a référentiel document.
   *
   * @param json the document
   * @return the référentiel
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong and
   *     what was expected: not a cqpm document, not JSON, or beyond the input limits
   * @throws IOException never for a string (declared for symmetry with the stream's reader)
   */
  public static Referential readReferential(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, Referential.class, ReferentialCatalog.bundled());
    }
  }

  /**
   * Reads a document of any declared type, as strictly as a dossier: a decision stored with
   * {@link #write(JsonWritable)}, say, read back with {@code read(DecisionDocument.json(), text)}.
   *
   * @param type the document's JSON
   * @param json the document
   * @param <T> the document's type
   * @return the value
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong
   * @throws IOException never for a string (declared for symmetry with the stream's reader)
   */
  public static <T> T read(JsonType<T> type, String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, type, ReferentialCatalog.bundled());
    }
  }

  /**
   * Reads a dossier document for a certification of a catalogue.
   *
   * @param json the document
   * @param catalog the référentiels the dossier may name
   * @return the dossier
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong and
   *     what was expected: not a cqpm document, not JSON, beyond the input limits, or a
   *     certification the catalogue does not hold
   * @throws IOException never for a string
   * @since 0.2.0
   */
  public static Dossier readDossier(String json, ReferentialCatalog catalog) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, Dossier.class, catalog);
    }
  }

  /**
   * Reads a dossier document from UTF-8 bytes, for a certification of a catalogue.
   *
   * @param json the document; not closed
   * @param catalog the référentiels the dossier may name
   * @return the dossier
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong and
   *     what was expected: not a cqpm document, not UTF-8 JSON, beyond the input limits, or a
   *     certification the catalogue does not hold
   * @throws IOException when reading the stream fails
   * @since 0.2.0
   */
  public static Dossier readDossier(InputStream json, ReferentialCatalog catalog)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, Dossier.class, catalog);
    }
  }

  /**
   * Reads a document of any declared type, a dossier's certification looked up in a catalogue.
   *
   * @param type the document's JSON
   * @param json the document
   * @param catalog the référentiels a dossier may name
   * @param <T> the document's type
   * @return the value
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong
   * @throws IOException never for a string
   * @since 0.2.0
   */
  public static <T> T read(JsonType<T> type, String json, ReferentialCatalog catalog)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, type, catalog);
    }
  }

  private static <T> T readWhole(
      JsonParser parser, Class<T> type, ReferentialCatalog catalog) throws IOException {
    return readWhole(parser, CqpmFormat.binding(type).getJsonType(), catalog);
  }

  private static <T> T readWhole(
      JsonParser parser, JsonType<T> type, ReferentialCatalog catalog) throws IOException {
    try {
      return CqpmFormat.readDocument(type, new Jackson2Source(parser), catalog);
    } catch (InvalidDocumentException e) {
      throw InvalidJsonException.of(parser, e);
    } catch (JsonProcessingException e) {
      // a broken limit carries no location: where the parser stands is where it broke
      throw new InvalidJsonException(
          parser, parser.getParsingContext().pathAsPointer().toString(),
          ReadProblems.describe(e.getOriginalMessage(), e instanceof StreamConstraintsException),
          e.getLocation() != null ? e.getLocation() : parser.currentLocation());
    }
  }

  /**
   * Writes a dossier document, canonical.
   *
   * @param dossier the dossier
   * @return the document
   */
  public static String write(Dossier dossier) {
    return pretty(dossier, Dossier.class);
  }

  /**
   * Writes a référentiel document, canonical.
   *
   * @param referential the référentiel
   * @return the document
   */
  public static String write(Referential referential) {
    return pretty(referential, Referential.class);
  }

  /**
   * Writes a dossier document, canonical, in UTF-8.
   *
   * @param dossier the dossier
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public static void write(Dossier dossier, OutputStream out) throws IOException {
    out.write(write(dossier).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes a dossier on one line, without indentation: one line of a JSON Lines file.
   *
   * @param dossier the dossier
   * @return the document, with no line break
   */
  public static String writeLine(Dossier dossier) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      CqpmFormat.binding(Dossier.class).write(dossier, new Jackson2Sink(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Writes a document that writes itself (a decision: {@code
   * io.github.cqpm.rules.json.DecisionDocument}), indented as the canonical dossiers are.
   *
   * @param document the document
   * @return its JSON text, ending with a line break
   */
  public static String write(JsonWritable document) {
    return pretty(document, JsonWritable::writeTo);
  }

  private static <T> String pretty(T value, Class<T> type) {
    return pretty(value, CqpmFormat.binding(type)::write);
  }

  private static <T> String pretty(T value, WriterSerializer.SinkWriter<T> writer) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.setPrettyPrinter(printer());
      writer.write(value, new Jackson2Sink(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * The JSON Schema (draft 2020-12) of dossier documents, as cqpm-json ships it.
   *
   * @return the schema's text
   */
  public static String dossierSchema() {
    return CqpmFormat.dossierSchema();
  }

  /**
   * The JSON Schema (draft 2020-12) of référentiel documents, as cqpm-json ships it.
   *
   * @return the schema's text
   */
  public static String referentialSchema() {
    return CqpmFormat.referentialSchema();
  }
}
