package io.github.cqpm.json;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
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
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
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
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.RomeJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The wire format of the cqpm model, once for every JSON library: each model type with its
 * strict reader and canonical writer ({@link #bindings()}), and whole documents read and written
 * over a library's {@link JsonSource} and {@link JsonSink}. A library's module registers the
 * bindings (cqpm-jackson's {@code CqpmModule} for Jackson 2) and adapts its parser and generator;
 * the checks, the messages and the property order are this module's alone.
 */
public final class CqpmFormat {
  private static final List<Binding<?>> BINDINGS = List.of(
      new Binding<>(Dossier.class, () -> DossierJson.DOSSIER),
      new Binding<>(Candidate.class, () -> DossierJson.CANDIDATE),
      new Binding<>(Candidacy.class, () -> DossierJson.CANDIDACY),
      new Binding<>(Sponsor.class, () -> DossierJson.SPONSOR),
      new Binding<>(CapacityAssessment.class, () -> DossierJson.ASSESSMENT),
      new Binding<>(CompanyOpinion.class, () -> DossierJson.OPINION),
      new Binding<>(AcquiredBlock.class, () -> DossierJson.ACQUIRED),
      new Binding<>(VaeFile.class, () -> DossierJson.VAE),
      new Binding<>(RequestAdmissibility.class, () -> DossierJson.ADMISSIBILITY),
      new Binding<>(ProfessionalSituation.class, () -> DossierJson.SITUATION),
      new Binding<>(ValidationInterview.class, () -> DossierJson.INTERVIEW),
      new Binding<>(JuryDeliberation.class, () -> JuryJson.DELIBERATION),
      new Binding<>(JurySession.class, () -> JuryJson.SESSION),
      new Binding<>(JuryMember.class, () -> JuryJson.MEMBER),
      new Binding<>(Vote.class, () -> JuryJson.VOTE),
      new Binding<>(Referential.class, () -> ReferentialJson.REFERENTIAL),
      new Binding<>(Certifier.class, () -> ReferentialJson.CERTIFIER),
      new Binding<>(NsfDomain.class, () -> ReferentialJson.NSF),
      new Binding<>(RomeJob.class, () -> ReferentialJson.ROME),
      new Binding<>(Activity.class, () -> ReferentialJson.ACTIVITY),
      new Binding<>(Capacity.class, () -> ReferentialJson.CAPACITY),
      new Binding<>(Block.class, () -> ReferentialJson.BLOCK),
      new Binding<>(EvaluationScheme.class, () -> ReferentialJson.SCHEME),
      new Binding<>(ModalityDescription.class, () -> ReferentialJson.MODALITY),
      new Binding<>(CertificationPath.class, () -> ReferentialJson.PATH),
      new Binding<>(AccessCondition.class, () -> ReferentialJson.ACCESS),
      new Binding<>(JuryRules.class, () -> ReferentialJson.JURY_RULES),
      new Binding<>(Registration.class, () -> ReferentialJson.REGISTRATION),
      new Binding<>(CapacityCode.class, () -> CodeJson.CAPACITY),
      new Binding<>(BlockCode.class, () -> CodeJson.BLOCK),
      new Binding<>(ActivityCode.class, () -> CodeJson.ACTIVITY));

  /** What the build wrote of the library: its version and group. */
  private static final Map<String, String> BUILD = build();

  private CqpmFormat() {}

  private static Map<String, String> build() {
    Properties properties = new Properties();
    try (InputStream in = CqpmFormat.class.getResourceAsStream("build.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "version", properties.getProperty("version"), "groupId", properties.getProperty("groupId"));
  }

  /**
   * One model type's JSON: the type and its {@link JsonType}, for a JSON library's module to
   * register. Serialized as its model type alone, and resolved back to this format's binding.
   *
   * @param <T> the model type
   */
  public static final class Binding<T> implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The model type. */
    private final Class<T> type;
    /**
     * Its JSON, declared once, made when first asked for (a command deciding a dossier need not
     * make the référentiel's); found again from the type after deserialization.
     */
    private final transient Supplier<JsonType<T>> json;

    Binding(Class<T> type, Supplier<JsonType<T>> json) {
      this.type = type;
      this.json = json;
    }

    /**
     * Resolves a deserialized binding to the format's own, or to the document's.
     *
     * @return the format's binding of the same type
     * @throws InvalidObjectException if the type has no JSON in the format
     */
    private Object readResolve() throws InvalidObjectException {
      Optional<? extends Binding<?>> found = find(type);
      if (found.isEmpty()) {
        throw new InvalidObjectException(type.getName() + " has no JSON in the cqpm format");
      }
      return found.get();
    }

    /**
     * The model type.
     *
     * @return e.g. {@code Dossier.class}
     */
    public Class<T> getType() {
      return type;
    }

    /**
     * The type's JSON.
     *
     * @return its declaration
     */
    public JsonType<T> getJsonType() {
      return json.get();
    }

    /**
     * What a message calls a value of this type.
     *
     * @return e.g. {@code a dossier}
     */
    public String getWhat() {
      return getJsonType().getWhat();
    }

    /**
     * Reads a value at the source's current token, every check of the format made.
     *
     * @param source the source, on the value's first token; left on its last
     * @return the value
     * @throws InvalidDocumentException naming the JSON pointer of what is wrong
     * @throws IOException when the source fails
     */
    public T read(JsonSource source) throws IOException {
      return getJsonType().read(source);
    }

    /**
     * Reads a value at the source's current token, every check of the format made; a dossier's
     * certification must be one the catalogue holds a référentiel for.
     *
     * @param source the source, on the value's first token; left on its last
     * @param catalog the référentiels a dossier may name
     * @return the value
     * @throws InvalidDocumentException naming the JSON pointer of what is wrong
     * @throws IOException when the source fails
     * @since 0.2.0
     */
    public T read(JsonSource source, ReferentialCatalog catalog) throws IOException {
      return getJsonType().read(source, catalog);
    }

    /**
     * Writes a value, properties in the canonical order.
     *
     * @param value the value
     * @param sink where to write
     * @throws IOException when writing fails
     */
    public void write(T value, JsonSink sink) throws IOException {
      getJsonType().write(value, sink);
    }

    /**
     * The refusal of a JSON null where a value of this type is expected.
     *
     * @param source the source, on the null
     * @return the exception, to throw
     */
    public InvalidDocumentException nullRefused(JsonSource source) {
      return new JsonInput(source, ReferentialCatalog.bundled()).error(source.pointer(), "expected " + getWhat() + ", was null");
    }
  }

  /**
   * Every model type the format has, each once.
   *
   * @return the bindings, documents first
   */
  public static List<Binding<?>> bindings() {
    return BINDINGS;
  }

  /**
   * The binding of a model type.
   *
   * @param type the type
   * @param <T> the type
   * @return its binding
   * @throws IllegalArgumentException if the format has no such type
   */
  public static <T> Binding<T> binding(Class<T> type) {
    Objects.requireNonNull(type, "type");
    @SuppressWarnings("unchecked")
    Binding<T> found = (Binding<T>) model(type).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + " has no JSON in the cqpm format"));
    return found;
  }

  /**
   * The binding of a document outside the model that declares its own JSON: a {@link
   * JsonWritable} class with a {@code public static JsonType<T> json()}, such as {@code
   * DecisionDocument.json()}. Both Jackson modules read such a document back with it, as they write
   * any {@code JsonWritable}: through a mapper, {@code readValue(text, DecisionDocument.class)}.
   *
   * @param type the document's class
   * @param <T> its type
   * @return its binding; empty when the class is no {@code JsonWritable} or declares no {@code
   *     json()} of its own type
   * @throws IllegalStateException if its {@code json()} fails
   * @since 0.2.0
   */
  public static <T> Optional<Binding<T>> documentBinding(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (!JsonWritable.class.isAssignableFrom(type)) {
      return Optional.empty();
    }
    Method json;
    try {
      json = type.getMethod("json");
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
    Type returned = json.getGenericReturnType();
    if (!Modifier.isStatic(json.getModifiers()) || !(returned instanceof ParameterizedType)
        || ((ParameterizedType) returned).getRawType() != JsonType.class
        || ((ParameterizedType) returned).getActualTypeArguments()[0] != type) {
      return Optional.empty();
    }
    try {
      @SuppressWarnings("unchecked")
      JsonType<T> declared = (JsonType<T>) json.invoke(null);
      return Optional.of(new Binding<>(type, () -> declared));
    } catch (IllegalAccessException e) {
      return Optional.empty();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(type.getName() + ".json() failed", e.getCause());
    }
  }

  /** A model type's binding, or a document's. */
  private static Optional<? extends Binding<?>> find(Class<?> type) {
    Optional<? extends Binding<?>> model = model(type);
    return model.isPresent() ? model : documentBinding(type);
  }

  /** The format's binding of a model type. */
  private static Optional<Binding<?>> model(Class<?> type) {
    for (Binding<?> binding : BINDINGS) {
      if (binding.type == type) {
        return Optional.of(binding);
      }
    }
    return Optional.empty();
  }

  /**
   * The version of the library, as its build wrote it (the same for every cqpm module), for the
   * modules of JSON libraries to report theirs.
   *
   * @return e.g. {@code 0.1.0}
   */
  public static String version() {
    return BUILD.get("version");
  }

  /**
   * The group of the library's Maven artifacts.
   *
   * @return {@code io.github.cqpm}
   */
  public static String groupId() {
    return BUILD.get("groupId");
  }

  /**
   * The JSON Schema (draft 2020-12) of dossier documents, as shipped in this jar.
   *
   * @return the schema's text
   */
  public static String dossierSchema() {
    return resource("cqpm-dossier.schema.json");
  }

  /**
   * The JSON Schema (draft 2020-12) of référentiel documents, as shipped in this jar.
   *
   * @return the schema's text
   */
  public static String referentialSchema() {
    return resource("cqpm-referential.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = CqpmFormat.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one whole document: its value, and nothing after it; a dossier's certification must be
   * in the {@linkplain ReferentialCatalog#bundled() bundled catalogue}.
   *
   * @param type the document's type ({@code Dossier.class}, {@code Referential.class})
   * @param source the source, before its first token
   * @param <T> the type
   * @return the value
   * @throws InvalidDocumentException naming the JSON pointer of what is wrong
   * @throws IOException when the source fails (its syntax errors and limits included)
   */
  public static <T> T readDocument(Class<T> type, JsonSource source) throws IOException {
    return readDocument(binding(type).getJsonType(), source, ReferentialCatalog.bundled());
  }

  /**
   * Reads one whole document: its value, and nothing after it; a dossier's certification must be
   * one the catalogue holds a référentiel for.
   *
   * @param type the document's type ({@code Dossier.class}, {@code Referential.class})
   * @param source the source, before its first token
   * @param catalog the référentiels a dossier may name
   * @param <T> the type
   * @return the value
   * @throws InvalidDocumentException naming the JSON pointer of what is wrong
   * @throws IOException when the source fails (its syntax errors and limits included)
   * @since 0.2.0
   */
  public static <T> T readDocument(Class<T> type, JsonSource source, ReferentialCatalog catalog)
      throws IOException {
    return readDocument(binding(type).getJsonType(), source, catalog);
  }

  /**
   * Reads one whole document of any declared type (a decision document, say): its value, and
   * nothing after it; a dossier's certification must be in the bundled catalogue.
   *
   * @param type the document's JSON
   * @param source the source, before its first token
   * @param <T> the type
   * @return the value
   * @throws InvalidDocumentException naming the JSON pointer of what is wrong
   * @throws IOException when the source fails (its syntax errors and limits included)
   */
  public static <T> T readDocument(JsonType<T> type, JsonSource source) throws IOException {
    return readDocument(type, source, ReferentialCatalog.bundled());
  }

  /**
   * Reads one whole document of any declared type: its value, and nothing after it; a dossier's
   * certification must be one the catalogue holds a référentiel for.
   *
   * @param type the document's JSON
   * @param source the source, before its first token
   * @param catalog the référentiels a dossier may name
   * @param <T> the type
   * @return the value
   * @throws InvalidDocumentException naming the JSON pointer of what is wrong
   * @throws IOException when the source fails (its syntax errors and limits included)
   * @since 0.2.0
   */
  public static <T> T readDocument(JsonType<T> type, JsonSource source, ReferentialCatalog catalog)
      throws IOException {
    source.nextToken();
    JsonInput in = new JsonInput(source, catalog);
    T value = type.readFrom(in);
    in.end();
    return value;
  }
}
