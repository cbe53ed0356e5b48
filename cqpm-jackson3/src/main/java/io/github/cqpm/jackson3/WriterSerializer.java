package io.github.cqpm.jackson3;

import io.github.cqpm.json.JsonSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializes one type with its writer over a {@link JsonSink}: a model type with the format's
 * writer, in the canonical property order, or any {@link io.github.cqpm.json.JsonWritable} document
 * (a decision); never with a type id.
 *
 * @param <T> the type
 */
final class WriterSerializer<T> extends StdSerializer<T> {
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
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    try {
      writer.write(value, new Jackson3Sink(generator));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // Jackson 3's generator throws no checked exception
    }
  }

  @Override
  public void serializeWithType(
      T value, JsonGenerator generator, SerializationContext context, TypeSerializer typeSerializer) {
    serialize(value, generator, context);
  }
}
