package io.github.cqpm.json;

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
  /** The value to write, or null for an absent optional value. */
  private final Function<? super T, ? extends V> value;

  private JsonProperty(String name, boolean required, JsonType<V> type, Function<? super T, ? extends V> value) {
    this.name = Objects.requireNonNull(name, "name");
    this.required = required;
    this.type = Objects.requireNonNull(type, "type");
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
    return new JsonProperty<>(name, false, type, object -> get.apply(object).orElse(null));
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

  /** The value to write, or null when an optional value is absent. */
  V valueIn(T object) {
    return value.apply(object);
  }

  @Override
  public String toString() {
    return name + (required ? "" : "?") + ": " + type.getWhat();
  }
}
