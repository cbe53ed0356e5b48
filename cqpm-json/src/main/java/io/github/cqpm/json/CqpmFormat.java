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
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.RomeJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The wire format of the cqpm model, once for every JSON library: each model type with its
 * strict reader and canonical writer ({@link #bindings()}), and whole documents read and written
 * over a library's {@link JsonSource} and {@link JsonSink}. A library's module registers the
 * bindings (cqpm-jackson's {@code CqpmModule} for Jackson 2) and adapts its parser and generator;
 * the checks, the messages and the property order are this module's alone.
 */
public final class CqpmFormat {
  private static final List<Binding<?>> BINDINGS = List.of(
      new Binding<>(Dossier.class, "a dossier", DossierReader::dossier, DossierWriter::dossier),
      new Binding<>(Candidate.class, "a candidate", DossierReader::candidate, DossierWriter::candidate),
      new Binding<>(Candidacy.class, "a candidacy", DossierReader::candidacy, DossierWriter::candidacy),
      new Binding<>(Sponsor.class, "a sponsor", DossierReader::sponsor, DossierWriter::sponsor),
      new Binding<>(CapacityAssessment.class, "an assessment", DossierReader::assessment, DossierWriter::assessment),
      new Binding<>(CompanyOpinion.class, "a company opinion", DossierReader::opinion, DossierWriter::opinion),
      new Binding<>(AcquiredBlock.class, "an acquired block", DossierReader::acquiredBlock, DossierWriter::acquiredBlock),
      new Binding<>(VaeFile.class, "a VAE file", DossierReader::vae, DossierWriter::vae),
      new Binding<>(RequestAdmissibility.class, "a decision on admissibility", DossierReader::admissibility, DossierWriter::admissibility),
      new Binding<>(ProfessionalSituation.class, "a professional situation", DossierReader::situation, DossierWriter::situation),
      new Binding<>(ValidationInterview.class, "a validation interview", DossierReader::interview, DossierWriter::interview),
      new Binding<>(JuryDeliberation.class, "a jury deliberation", JuryReader::deliberation, JuryWriter::deliberation),
      new Binding<>(JurySession.class, "a jury session", JuryReader::session, JuryWriter::session),
      new Binding<>(JuryMember.class, "a jury member", JuryReader::member, JuryWriter::member),
      new Binding<>(Vote.class, "a vote", JuryReader::vote, JuryWriter::vote),
      new Binding<>(Referential.class, "a référentiel", ReferentialReader::referential, ReferentialWriter::referential),
      new Binding<>(Certifier.class, "a certifier", ReferentialReader::certifier, ReferentialWriter::certifier),
      new Binding<>(NsfDomain.class, "an NSF domain", ReferentialReader::nsf, ReferentialWriter::nsf),
      new Binding<>(RomeJob.class, "a ROME job", ReferentialReader::rome, ReferentialWriter::rome),
      new Binding<>(Activity.class, "an activity", ReferentialReader::activity, ReferentialWriter::activity),
      new Binding<>(Capacity.class, "a capacity", ReferentialReader::capacity, ReferentialWriter::capacity),
      new Binding<>(Block.class, "a block", ReferentialReader::block, ReferentialWriter::block),
      new Binding<>(EvaluationScheme.class, "an evaluation scheme", ReferentialReader::scheme, ReferentialWriter::scheme),
      new Binding<>(ModalityDescription.class, "a modality", ReferentialReader::modality, ReferentialWriter::modality),
      new Binding<>(CertificationPath.class, "a certification path", ReferentialReader::path, ReferentialWriter::path),
      new Binding<>(AccessCondition.class, "an access condition", ReferentialReader::access, ReferentialWriter::access),
      new Binding<>(JuryRules.class, "jury rules", ReferentialReader::juryRules, ReferentialWriter::juryRules),
      new Binding<>(Registration.class, "a registration", ReferentialReader::registration, ReferentialWriter::registration),
      new Binding<>(CapacityCode.class, "a capacity code", JsonInput::capacity, (g, c) -> g.string(c.toString())),
      new Binding<>(BlockCode.class, "a block code", JsonInput::block, (g, c) -> g.string(c.toString())),
      new Binding<>(ActivityCode.class, "an activity code", JsonInput::activity, (g, c) -> g.string(c.toString())));

  private static final Properties BUILD = build();

  private CqpmFormat() {}

  private static Properties build() {
    Properties properties = new Properties();
    try (InputStream in = CqpmFormat.class.getResourceAsStream("build.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * One model type's JSON: what a message calls it, its strict reader and its canonical writer.
   *
   * @param <T> the model type
   */
  public static final class Binding<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads a value at the source's current token. */
    @FunctionalInterface
    interface Read<T> extends Serializable {
      T read(JsonInput in) throws IOException;
    }

    /** Writes a value. */
    @FunctionalInterface
    interface Write<T> extends Serializable {
      void write(JsonSink sink, T value) throws IOException;
    }

    /** The model type. */
    private final Class<T> type;
    /** What a message calls a value of this type. */
    private final String what;
    /** The strict reader. */
    private final Read<T> read;
    /** The canonical writer. */
    private final Write<T> write;

    Binding(Class<T> type, String what, Read<T> read, Write<T> write) {
      this.type = type;
      this.what = what;
      this.read = read;
      this.write = write;
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
     * What a message calls a value of this type.
     *
     * @return e.g. {@code a dossier}
     */
    public String getWhat() {
      return what;
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
      return read.read(new JsonInput(source));
    }

    /**
     * Writes a value, properties in the canonical order.
     *
     * @param value the value
     * @param sink where to write
     * @throws IOException when writing fails
     */
    public void write(T value, JsonSink sink) throws IOException {
      write.write(sink, value);
    }

    /**
     * The refusal of a JSON null where a value of this type is expected.
     *
     * @param source the source, on the null
     * @return the exception, to throw
     */
    public InvalidDocumentException nullRefused(JsonSource source) {
      return new JsonInput(source).error(source.pointer(), "expected " + what + ", was null");
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
  @SuppressWarnings("unchecked")
  public static <T> Binding<T> binding(Class<T> type) {
    Objects.requireNonNull(type, "type");
    for (Binding<?> binding : BINDINGS) {
      if (binding.type == type) {
        return (Binding<T>) binding;
      }
    }
    throw new IllegalArgumentException(type.getName() + " has no JSON in the cqpm format");
  }

  /**
   * The version of the library, as its build wrote it (the same for every cqpm module), for the
   * modules of JSON libraries to report theirs.
   *
   * @return e.g. {@code 0.1.0}
   */
  public static String version() {
    return BUILD.getProperty("version");
  }

  /**
   * The group of the library's Maven artifacts.
   *
   * @return {@code io.github.cqpm}
   */
  public static String groupId() {
    return BUILD.getProperty("groupId");
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
   * Reads one whole document: its value, and nothing after it.
   *
   * @param type the document's type ({@code Dossier.class}, {@code Referential.class})
   * @param source the source, before its first token
   * @param <T> the type
   * @return the value
   * @throws InvalidDocumentException naming the JSON pointer of what is wrong
   * @throws IOException when the source fails (its syntax errors and limits included)
   */
  public static <T> T readDocument(Class<T> type, JsonSource source) throws IOException {
    source.nextToken();
    JsonInput in = new JsonInput(source);
    T value = binding(type).read.read(in);
    in.end();
    return value;
  }
}
