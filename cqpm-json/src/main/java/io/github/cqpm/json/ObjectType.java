package io.github.cqpm.json;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An object type: its properties, declared once, drive both the strict reading (unknown,
 * duplicated, missing properties refused) and the writing (declared order, absent optional values
 * left out).
 */
final class ObjectType<T> extends JsonType<T> {
  private final List<JsonProperty<T, ?>> properties;
  /** The same properties, for writing without an iterator. */
  private final JsonProperty<T, ?>[] written;
  private final String[] names;
  /** Each property's value type, by index, for reading without going through the list. */
  private final JsonType<?>[] types;
  private final long required;
  /** The value from its properties' values, by index; null for an absent optional value. */
  private final Function<Object[], T> make;

  ObjectType(String what, List<JsonProperty<T, ?>> properties, Function<Object[], T> make) {
    super(what);
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException(what + ": an object type has at most 64 properties");
    }
    this.properties = List.copyOf(properties);
    this.written = this.properties.toArray(JsonProperty[]::new);
    this.names = new String[properties.size()];
    this.types = new JsonType<?>[properties.size()];
    Set<String> seen = new HashSet<>();
    long mask = 0;
    for (int i = 0; i < names.length; i++) {
      JsonProperty<T, ?> property = properties.get(i);
      names[i] = property.getName();
      types[i] = property.getType();
      if (!seen.add(names[i])) {
        throw new IllegalArgumentException(what + ": property " + names[i] + " declared twice");
      }
      if (property.isRequired()) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    this.make = make;
  }

  @Override
  public List<JsonProperty<T, ?>> getProperties() {
    return properties;
  }

  @Override
  T readFrom(JsonInput in) throws IOException {
    Object[] values = new Object[names.length];
    in.object(getWhat(), names, required, index -> values[index] = types[index].readFrom(in));
    return in.build(() -> make.apply(values));
  }

  @Override
  void writeTo(JsonSink sink, T value) throws IOException {
    sink.startObject();
    for (JsonProperty<T, ?> property : written) {
      write(sink, property, value);
    }
    sink.endObject();
  }

  private static <T, V> void write(JsonSink sink, JsonProperty<T, V> property, T object) throws IOException {
    V value = property.valueIn(object);
    if (value != null) {
      sink.name(property.getJsonName());
      property.write(sink, value);
    } else if (property.isRequired()) {
      throw new IllegalArgumentException("no value for the required property " + property.getName());
    }
  }
}
