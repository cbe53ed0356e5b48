package io.github.cqpm.json;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One property of a JSON object type, declared once: its name, whether a document must have it,
 * the {@link JsonType} of its value, and how to get the value from the object to write it. Reading
 * and writing, and the tests that compare the JSON Schemas with the format, all read this one
 * declaration.
 *
 * @param <T> the object's type
 * @param <V> the value's type
 */
public final class JsonProperty<T, V> {
  private final String name;
  private final boolean required;
  private final JsonType<V> type;
  /** The value in an object: the value itself, or for an optional property an {@code Optional}. */
  private final Function<? super T, ?> value;
  private final JsonText jsonName;
  /** Writes a value of the property's type ({@link JsonType#writer()}). */
  private final JsonType.Scalar.Writer<V> writer;

  private JsonProperty(String name, boolean required, JsonType<V> type, Function<? super T, ?> value) {
    this.name = Objects.requireNonNull(name, "name");
    this.jsonName = JsonText.of(name);
    this.required = required;
    this.type = Objects.requireNonNull(type, "type");
    this.writer = type.writer();
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * A property every document has.
   *
   * @param name the property's name
   * @param type its value's type
   * @param get its value in an object
   * @param <T> the object's type
   * @param <V> the value's type
   * @return the property
   */
  public static <T, V> JsonProperty<T, V> required(String name, JsonType<V> type, Function<? super T, ? extends V> get) {
    Objects.requireNonNull(get, "get");
    return new JsonProperty<>(name, true, type, get);
  }

  /**
   * A property a document may leave out; an object whose value is empty is written without it.
   *
   * @param name the property's name
   * @param type its value's type
   * @param get its value in an object, empty when absent
   * @param <T> the object's type
   * @param <V> the value's type
   * @return the property
   */
  public static <T, V> JsonProperty<T, V> optional(
      String name, JsonType<V> type, Function<? super T, ? extends Optional<? extends V>> get) {
    Objects.requireNonNull(get, "get");
    return new JsonProperty<>(name, false, type, get);
  }

  /**
   * The property's name.
   *
   * @return e.g. {@code registrationDate}
   */
  public String getName() {
    return name;
  }

  /**
   * Whether every document has the property.
   *
   * @return true for a required property
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * The type of the property's value.
   *
   * @return the type
   */
  public JsonType<V> getType() {
    return type;
  }

  /**
   * The property's name as a text writers keep their encodings of ({@link JsonSink#name(JsonText)}).
   *
   * @return the name
   * @since 0.2.0
   */
  public JsonText getJsonName() {
    return jsonName;
  }

  /** Writes a value of the property's type. */
  void write(JsonSink sink, V value) throws IOException {
    writer.write(sink, value);
  }

  /** The value to write, or null when an optional value is absent. */
  @SuppressWarnings("unchecked")
  V valueIn(T object) {
    Object found = value.apply(object);
    return (V) (required ? found : ((Optional<?>) found).orElse(null));
  }

  @Override
  public String toString() {
    return name + (required ? "" : "?") + ": " + type.getWhat();
  }
}
