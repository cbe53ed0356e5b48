package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;

/**
 * Serializes one model type with its writer, in the canonical property order, never with a type id.
 *
 * @param <T> the model type
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes a value. */
  @FunctionalInterface
  interface Write<T> extends Serializable {
    void write(JsonGenerator generator, T value) throws IOException;
  }

  private final Write<T> write;

  WriterSerializer(Class<T> type, Write<T> write) {
    super(type);
    this.write = write;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    write.write(generator, value);
  }

  @Override
  public void serializeWithType(
      T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
      throws IOException {
    serialize(value, generator, provider);
  }
}
