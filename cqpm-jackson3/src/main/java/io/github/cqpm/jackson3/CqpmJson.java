package io.github.cqpm.jackson3;

import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.json.InvalidDocumentException;
import io.github.cqpm.json.Limits;
import io.github.cqpm.json.ReadProblems;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes cqpm documents through Jackson 3: the strict reader with the format's input
 * limits, and the canonical writer (properties in the model's order, two-space indentation,
 * {@code \n} line ends, a final newline) — byte for byte what the Jackson 2 module's {@code
 * CqpmJson} writes, and every refusal in the same words. The JSON Schemas are cqpm-json's ({@link
 * CqpmFormat#dossierSchema()}).
 */
public final class CqpmJson {
  /** The limits the reader applies (cqpm-json's {@link Limits}). */
  public static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
          .maxStringLength(Limits.MAX_STRING_LENGTH)
          .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
          .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
          .build();

  /**
   * Makes the parsers and generators, with the limits: Jackson 3's streaming API only, so that
   * reading and writing the format start no {@code ObjectMapper} (a command line's startup).
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build();

  private CqpmJson() {}

  /**
   * A new mapper with the module, the input limits and trailing content refused: for callers who
   * want the format through Jackson 3's own API.
   *
   * @return a mapper of its own
   */
  public static JsonMapper newMapper() {
    return newMapper(ReferentialCatalog.bundled());
  }

  /**
   * A new mapper with the module of a catalogue, the input limits and trailing content refused.
   *
   * @param catalog the référentiels a dossier may name
   * @return a mapper of its own
   * @since 0.2.0
   */
  public static JsonMapper newMapper(ReferentialCatalog catalog) {
    return JsonMapper.builder(FACTORY)
        .addModule(new CqpmModule(catalog))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * Reads a dossier document.
   *
   * @param json the document
   * @return the dossier
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong and
   *     what was expected: not a cqpm document, not JSON, or beyond the input limits
   */
  public static Dossier readDossier(String json) {
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
   */
  public static Dossier readDossier(InputStream json) {
    try (JsonParser parser = FACTORY.createParser(strictUtf8(json))) {
      return readWhole(parser, Dossier.class, ReferentialCatalog.bundled());
    }
  }

  /**
   * The bytes as UTF-8 text, strictly: Jackson 3's own decoding of bytes lets some that are not
   * UTF-8 through, where Jackson 2's refuses them; decoded here, both refuse the same documents. A
   * UTF-8 byte order mark is skipped, as Jackson 2 does.
   */
  private static Reader strictUtf8(InputStream json) {
    InputStream in = new BufferedInputStream(json);
    try {
      in.mark(3);
      byte[] start = in.readNBytes(3);
      boolean mark = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
          && (start[2] & 0xFF) == 0xBF;
      if (!mark) {
        in.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * Reads a référentiel document.
   *
   * @param json the document
   * @return the référentiel
   * @throws InvalidJsonException naming the JSON pointer, line and column of what is wrong
   */
  public static Referential readReferential(String json) {
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
   */
  public static <T> T read(JsonType<T> type, String json) {
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
   * @since 0.2.0
   */
  public static Dossier readDossier(String json, ReferentialCatalog catalog) {
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
   * @since 0.2.0
   */
  public static Dossier readDossier(InputStream json, ReferentialCatalog catalog) {
    try (JsonParser parser = FACTORY.createParser(strictUtf8(json))) {
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
   * @since 0.2.0
   */
  public static <T> T read(JsonType<T> type, String json, ReferentialCatalog catalog) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      return readWhole(parser, type, catalog);
    }
  }

  private static <T> T readWhole(JsonParser parser, Class<T> type, ReferentialCatalog catalog) {
    return readWhole(parser, CqpmFormat.binding(type).getJsonType(), catalog);
  }

  private static <T> T readWhole(
      JsonParser parser, JsonType<T> type, ReferentialCatalog catalog) {
    try {
      return CqpmFormat.readDocument(type, new Jackson3Source(parser), catalog);
    } catch (InvalidDocumentException e) {
      throw InvalidJsonException.of(parser, e);
    } catch (JacksonException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InvalidJsonException(
            parser, parser.streamReadContext().pathAsPointer().toString(),
            "not UTF-8: a byte sequence that is not a character", parser.currentLocation());
      }
      // a broken limit carries no location: where the parser stands is where it broke
      throw new InvalidJsonException(
          parser, parser.streamReadContext().pathAsPointer().toString(),
          ReadProblems.describe(e.getOriginalMessage(), e instanceof StreamConstraintsException),
          e.getLocation() != null ? e.getLocation() : parser.currentLocation());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // Jackson 3's parser throws no checked exception
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
      CqpmFormat.binding(Dossier.class).write(dossier, new Jackson3Sink(g));
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
    try (JsonGenerator g = FACTORY.createGenerator(new Indented(), text)) {
      writer.write(value, new Jackson3Sink(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  /** What a generator writing the canonical indentation asks of its caller: the printer. */
  private static final class Indented extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return printer();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
