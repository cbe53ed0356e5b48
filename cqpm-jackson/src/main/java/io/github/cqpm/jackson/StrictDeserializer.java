package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import java.io.Serializable;

/**
 * Deserializes one model type with its strict reader, whatever the mapper's settings: no default
 * typing (a type id is never read), no null, no unknown, duplicated or missing property.
 *
 * @param <T> the model type
 */
final class StrictDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Reads a value at the parser's current token. */
  @FunctionalInterface
  interface Read<T> extends Serializable {
    T read(JsonInput in) throws IOException;
  }

  private final String what;
  private final Read<T> read;

  StrictDeserializer(Class<T> type, String what, Read<T> read) {
    super(type);
    this.what = what;
    this.read = read;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    return read.read(new JsonInput(parser));
  }

  /** The format has no type ids: a polymorphic wrapper is read as the value it is not. */
  @Override
  public Object deserializeWithType(
      JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer)
      throws IOException {
    return deserialize(parser, context);
  }

  /** A JSON null is never a model value. */
  @Override
  public T getNullValue(DeserializationContext context) throws InvalidJsonException {
    JsonInput in = new JsonInput(context.getParser());
    throw in.error(in.pointer(), "expected " + what + ", was null");
  }
}
