package io.github.cqpm.json;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON types that hold other values: arrays and objects keyed by names. */
final class ContainerTypes {
  private ContainerTypes() {}

  /** The names of an enum's constants, by ordinal, as texts writers keep their encodings of. */
  static JsonText[] constants(Class<? extends Enum<?>> type) {
    Enum<?>[] constants = type.getEnumConstants();
    JsonText[] texts = new JsonText[constants.length];
    for (Enum<?> constant : constants) {
      texts[constant.ordinal()] = JsonText.of(constant.name());
    }
    return texts;
  }

  /** An array, every element of one type. */
  static final class ListType<E> extends JsonType<List<E>> {
    private final String elementsWhat;
    private final JsonType<E> elements;
    /** Writes an element ({@link JsonType#writer()}). */
    private final Scalar.Writer<E> writeElement;
    private final boolean nonEmpty;

    ListType(String elementsWhat, JsonType<E> elements) {
      this(elementsWhat, elements, false);
    }

    ListType(String elementsWhat, JsonType<E> elements, boolean nonEmpty) {
      super((nonEmpty ? "a non-empty array of " : "an array of ") + elementsWhat);
      this.elementsWhat = elementsWhat;
      this.elements = elements;
      this.writeElement = elements.writer();
      this.nonEmpty = nonEmpty;
    }

    @Override
    public Optional<JsonType<?>> getElementType() {
      return Optional.of(elements);
    }

    @Override
    List<E> readFrom(JsonInput in) throws IOException {
      String at = in.pointer();
      List<E> values = in.array(elementsWhat, () -> elements.readFrom(in));
      if (nonEmpty && values.isEmpty()) {
        throw in.error(at, "expected at least one of the " + elementsWhat + ", was an empty array (leave the property"
            + " out instead)");
      }
      return values;
    }

    @Override
    void writeTo(JsonSink sink, List<E> values) throws IOException {
      sink.startArray();
      for (E value : values) {
        writeElement.write(sink, value);
      }
      sink.endArray();
    }
  }

  /** An object keyed by the names of an enum's constants. */
  static final class EnumMapType<K extends Enum<K>, V> extends JsonType<Map<K, V>> {
    private final Class<K> keys;
    /** The keys' names, by ordinal. */
    private final JsonText[] names;
    private final JsonType<V> values;

    EnumMapType(Class<K> keys, JsonType<V> values) {
      super("an object keyed by " + keys.getSimpleName());
      this.keys = keys;
      this.names = constants(keys);
      this.values = values;
    }

    @Override
    public Optional<JsonType<?>> getElementType() {
      return Optional.of(values);
    }

    @Override
    Map<K, V> readFrom(JsonInput in) throws IOException {
      return in.enumMap(keys, () -> values.readFrom(in));
    }

    @Override
    void writeTo(JsonSink sink, Map<K, V> map) throws IOException {
      sink.startObject();
      for (Map.Entry<K, V> e : map.entrySet()) {
        sink.name(names[e.getKey().ordinal()]);
        values.writeTo(sink, e.getValue());
      }
      sink.endObject();
    }
  }

  /** An object of strings keyed by any names. */
  static final class TextMapType extends JsonType<Map<String, String>> {
    TextMapType(String what) {
      super(what);
    }

    @Override
    public Optional<JsonType<?>> getElementType() {
      return Optional.of(JsonType.text());
    }

    @Override
    Map<String, String> readFrom(JsonInput in) throws IOException {
      return in.textMap(getWhat());
    }

    @Override
    void writeTo(JsonSink sink, Map<String, String> map) throws IOException {
      sink.startObject();
      for (Map.Entry<String, String> e : map.entrySet()) {
        sink.stringField(e.getKey(), e.getValue());
      }
      sink.endObject();
    }
  }
}
