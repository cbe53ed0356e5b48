package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cqpm.json.JsonSink;
import java.io.IOException;

/**
 * Serializes one type with its writer over a {@link JsonSink}: a model type with the format's
 * writer, in the canonical property order, or any {@link io.github.cqpm.json.JsonWritable} document
 * (a decision); never with a type id.
 *
 * @param <T> the type
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes a value of the type to a sink. */
  @FunctionalInterface
  interface SinkWriter<T> extends java.io.Serializable {
    void write(T value, JsonSink sink) throws IOException;
  }

  private final SinkWriter<T> writer;

  WriterSerializer(Class<T> type, SinkWriter<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    writer.write(value, new Jackson2Sink(generator));
  }

  @Override
  public void serializeWithType(
      T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
      throws IOException {
    serialize(value, generator, provider);
  }
}
