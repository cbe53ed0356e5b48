package io.github.cqpm.json;

import io.github.cqpm.model.referential.ReferentialCatalog;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON of one type, declared once and read by everything that needs it: the strict reader
 * (every check, every error with its JSON pointer), the canonical writer (properties in their
 * declared order) and the tests that hold the JSON Schemas to the format. Object types are
 * declared property by property ({@link #object(String, Supplier, Function)}, {@link
 * #object(String, Function, JsonProperty[])}); the other types are built by the factories here.
 *
 * <p>A JSON library's module reads and writes any type through its {@link JsonSource} and {@link
 * JsonSink}; cqpm's modules declare their documents with it (the model's in {@link CqpmFormat},
 * the decision's in cqpm-rules). Instances are immutable and safe to share between threads.
 *
 * @param <T> the Java type of the values
 */
public abstract class JsonType<T> {
  private static final JsonType<String> TEXT = new Scalar<>("a string", JsonInput::text, JsonSink::string);
  private static final JsonType<String> SECRET_TEXT = new Scalar<>("a string", JsonInput::secretText, JsonSink::string);
  private static final JsonType<Boolean> BOOL = new Scalar<>("true or false", JsonInput::bool, JsonSink::bool);
  private static final JsonType<Integer> INTEGER = new Scalar<>("a whole number", JsonInput::integer, (sink, number) -> sink.number(number));
  private static final JsonType<LocalDate> DATE =
      new Scalar<>("a date as YYYY-MM-DD", JsonInput::date, JsonSink::date);
  private static final JsonType<Period> PERIOD =
      new Scalar<>("an ISO-8601 period", JsonInput::period, (sink, period) -> sink.string(period.toString()));

  private final String what;

  JsonType(String what) {
    this.what = Objects.requireNonNull(what, "what");
  }

  /**
   * What a message calls a value of this type.
   *
   * @return e.g. {@code a candidacy}
   */
  public String getWhat() {
    return what;
  }

  /**
   * The properties of an object type, in the order they are written.
   *
   * @return the properties; empty for a type that is not an object
   */
  public List<JsonProperty<T, ?>> getProperties() {
    return List.of();
  }

  /**
   * The type of the elements of an array type, or of the values of an object keyed by an enum.
   *
   * @return the elements' type; empty for other types
   */
  public Optional<JsonType<?>> getElementType() {
    return Optional.empty();
  }

  /**
   * Reads a value at the source's current token, every check of the format made.
   *
   * @param source the source, on the value's first token; left on its last
   * @return the value
   * @throws InvalidDocumentException naming the JSON pointer of what is wrong
   * @throws IOException when the source fails
   */
  public final T read(JsonSource source) throws IOException {
    return read(source, ReferentialCatalog.bundled());
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
  public final T read(JsonSource source, ReferentialCatalog catalog) throws IOException {
    return readFrom(new JsonInput(source, catalog));
  }

  /**
   * Writes a value, an object's properties in their declared order.
   *
   * @param value the value
   * @param sink where to write
   * @throws IOException when writing fails
   */
  public final void write(T value, JsonSink sink) throws IOException {
    writeTo(sink, Objects.requireNonNull(value, "value"));
  }

  abstract T readFrom(JsonInput in) throws IOException;

  abstract void writeTo(JsonSink sink, T value) throws IOException;

  /**
   * What writes a value of this type, for a property or a container to keep: a scalar's own
   * writer, so that writing one value makes one call through the format's many types, not two.
   */
  Scalar.Writer<T> writer() {
    return this::writeTo;
  }

  @Override
  public String toString() {
    return what;
  }

  /**
   * A JSON string.
   *
   * @return the type
   */
  public static JsonType<String> text() {
    return TEXT;
  }

  /**
   * A JSON string no message repeats, whatever is found in its place (a social security number):
   * a value of another kind is named by its kind only ({@code expected a string, was a number}).
   *
   * @return the type
   * @since 0.2.0
   */
  public static JsonType<String> secretText() {
    return SECRET_TEXT;
  }

  /**
   * JSON true or false.
   *
   * @return the type
   */
  public static JsonType<Boolean> bool() {
    return BOOL;
  }

  /**
   * A whole number that fits an {@code int}.
   *
   * @return the type
   */
  public static JsonType<Integer> integer() {
    return INTEGER;
  }

  /**
   * A day, as a string {@code YYYY-MM-DD}; a day the calendar does not have is refused as such.
   *
   * @return the type
   */
  public static JsonType<LocalDate> date() {
    return DATE;
  }

  /**
   * An ISO-8601 period, as a string such as {@code P5Y}.
   *
   * @return the type
   */
  public static JsonType<Period> period() {
    return PERIOD;
  }

  /**
   * An enum's constant, as a string: its name.
   *
   * @param type the enum
   * @param <E> the enum
   * @return the type
   */
  public static <E extends Enum<E>> JsonType<E> enumOf(Class<E> type) {
    Objects.requireNonNull(type, "type");
    JsonText[] constants = ContainerTypes.constants(type);
    return new Scalar<>("one of " + type.getSimpleName(), in -> in.enumValue(type),
        (sink, constant) -> sink.string(constants[constant.ordinal()]));
  }

  /**
   * An array, every element of one type.
   *
   * @param what what a message calls the elements ({@code assessments}: "expected an array of
   *     assessments")
   * @param elements the elements' type
   * @param <E> the elements' type
   * @return the type; its values are lists in the array's order
   */
  public static <E> JsonType<List<E>> listOf(String what, JsonType<E> elements) {
    return new ContainerTypes.ListType<>(what, elements);
  }

  /**
   * An object whose keys are the names of an enum's constants, each at most once.
   *
   * @param keys the enum
   * @param values the values' type
   * @param <K> the enum
   * @param <V> the values' type
   * @return the type; its values are maps in the object's order, written in the map's
   */
  public static <K extends Enum<K>, V> JsonType<Map<K, V>> enumMapOf(Class<K> keys, JsonType<V> values) {
    return new ContainerTypes.EnumMapType<>(keys, values);
  }

  /**
   * An object whose keys are any names, each at most once, and whose values are strings.
   *
   * @param what what a message calls the object
   * @return the type; its values are maps in the object's order
   */
  public static JsonType<Map<String, String>> textMap(String what) {
    return new ContainerTypes.TextMapType(what);
  }

  /**
   * Starts the declaration of an object type built through a builder: each property names its
   * getter and the builder's setter.
   *
   * @param what what a message calls the object ({@code a candidacy})
   * @param start a new builder
   * @param finish the value a builder holds; a model invariant it breaks ({@code
   *     InvalidValueException}) is reported at the pointer of the property it names
   * @param <T> the object's type
   * @param <B> the builder's type
   * @return the declaration, to add properties to
   */
  public static <T, B> ObjectTypeBuilder<T, B> object(String what, Supplier<B> start, Function<B, T> finish) {
    return new ObjectTypeBuilder<>(what, start, finish);
  }

  /**
   * Declares an object type made from its properties' values by a factory.
   *
   * @param what what a message calls the object ({@code a vote})
   * @param make the value from its properties' values
   * @param properties the properties, in the order they are written
   * @param <T> the object's type
   * @return the type
   */
  @SafeVarargs
  public static <T> JsonType<T> object(
      String what, Function<PropertyValues<T>, T> make, JsonProperty<T, ?>... properties) {
    Objects.requireNonNull(make, "make");
    List<JsonProperty<T, ?>> list = List.of(properties);
    return new ObjectType<>(what, list, values -> make.apply(new PropertyValues<>(list, values)));
  }

  /** A type read and written as one token. */
  static final class Scalar<T> extends JsonType<T> {
    /** Reads a scalar at the current token. */
    @FunctionalInterface
    interface Reader<T> {
      T read(JsonInput in) throws IOException;
    }

    /** Writes a scalar. */
    @FunctionalInterface
    interface Writer<T> {
      void write(JsonSink sink, T value) throws IOException;
    }

    private final Reader<T> reader;
    private final Writer<T> writer;

    Scalar(String what, Reader<T> reader, Writer<T> writer) {
      super(what);
      this.reader = reader;
      this.writer = writer;
    }

    @Override
    T readFrom(JsonInput in) throws IOException {
      return reader.read(in);
    }

    @Override
    void writeTo(JsonSink sink, T value) throws IOException {
      writer.write(sink, value);
    }

    @Override
    Writer<T> writer() {
      return writer;
    }
  }
}
