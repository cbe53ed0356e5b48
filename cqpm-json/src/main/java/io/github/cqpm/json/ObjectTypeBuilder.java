package io.github.cqpm.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The declaration of an object type built through a builder, one property at a time: its name,
 * its value's type, the getter that writes it and the builder's setter that reads it.
 *
 * @param <T> the object's type
 * @param <B> the builder's type
 */
public final class ObjectTypeBuilder<T, B> {
  private final String what;
  private final Supplier<B> start;
  private final Function<B, T> finish;
  private final List<JsonProperty<T, ?>> properties = new ArrayList<>();
  private final List<BiConsumer<B, Object>> setters = new ArrayList<>();

  ObjectTypeBuilder(String what, Supplier<B> start, Function<B, T> finish) {
    this.what = Objects.requireNonNull(what, "what");
    this.start = Objects.requireNonNull(start, "start");
    this.finish = Objects.requireNonNull(finish, "finish");
  }

  /**
   * Adds a property every document has.
   *
   * @param name the property's name
   * @param type its value's type
   * @param get its value in an object
   * @param set gives the value read to the builder
   * @param <V> the value's type
   * @return this declaration
   */
  public <V> ObjectTypeBuilder<T, B> required(
      String name, JsonType<V> type, Function<? super T, ? extends V> get, BiConsumer<? super B, ? super V> set) {
    return add(JsonProperty.required(name, type, get), set);
  }

  /**
   * Adds a property a document may leave out.
   *
   * @param name the property's name
   * @param type its value's type
   * @param get its value in an object, empty when absent
   * @param set gives the value read, when present, to the builder
   * @param <V> the value's type
   * @return this declaration
   */
  public <V> ObjectTypeBuilder<T, B> optional(String name, JsonType<V> type,
      Function<? super T, ? extends Optional<? extends V>> get, BiConsumer<? super B, ? super V> set) {
    return add(JsonProperty.optional(name, type, get), set);
  }

  @SuppressWarnings("unchecked")  // the value given to a setter was read by its property's type
  private <V> ObjectTypeBuilder<T, B> add(JsonProperty<T, V> property, BiConsumer<? super B, ? super V> set) {
    Objects.requireNonNull(set, "set");
    properties.add(property);
    setters.add((builder, value) -> set.accept(builder, (V) value));
    return this;
  }

  /**
   * The object type declared.
   *
   * @return the type
   */
  public JsonType<T> build() {
    @SuppressWarnings("unchecked")  // an array of the setters, each for one property
    BiConsumer<B, Object>[] set = setters.toArray(new BiConsumer[0]);
    return new ObjectType<>(what, properties, values -> {
      B builder = start.get();
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) {
          set[i].accept(builder, values[i]);
        }
      }
      return finish.apply(builder);
    });
  }
}
