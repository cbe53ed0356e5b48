package io.github.cqpm.json;

import java.util.List;
import java.util.Optional;

/**
 * The values of an object's properties as the reader found them, for the factory of an object
 * type ({@link JsonType#object(String, java.util.function.Function, JsonProperty[])}) to make the
 * object from.
 *
 * @param <T> the object's type
 */
public final class PropertyValues<T> {
  private final List<JsonProperty<T, ?>> properties;
  private final Object[] values;

  PropertyValues(List<JsonProperty<T, ?>> properties, Object[] values) {
    this.properties = properties;
    this.values = values;
  }

  /**
   * The value of a required property.
   *
   * @param property one of the object type's properties
   * @param <V> the value's type
   * @return its value
   * @throws IllegalArgumentException if the property is not the type's or is optional
   */
  public <V> V get(JsonProperty<T, V> property) {
    if (!property.isRequired()) {
      throw new IllegalArgumentException(property.getName() + " is optional: find it");
    }
    return find(property).orElseThrow();
  }

  /**
   * The value of a property, if the document has it.
   *
   * @param property one of the object type's properties
   * @param <V> the value's type
   * @return its value, empty when absent
   * @throws IllegalArgumentException if the property is not the type's
   */
  @SuppressWarnings("unchecked")  // the value was read by this very property's type
  public <V> Optional<V> find(JsonProperty<T, V> property) {
    int index = properties.indexOf(property);
    if (index < 0) {
      throw new IllegalArgumentException(property.getName() + " is not a property of this type");
    }
    return Optional.ofNullable((V) values[index]);
  }
}
