package io.github.cqpm.jackson3;

import io.github.cqpm.json.CqpmFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializes one model type with the format's writer, in the canonical property order, never with
 * a type id.
 *
 * @param <T> the model type
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  /** The type's reader and writer in the format. */
  private final CqpmFormat.Binding<T> binding;

  WriterSerializer(CqpmFormat.Binding<T> binding) {
    super(binding.getType());
    this.binding = binding;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    try {
      binding.write(value, new Jackson3Sink(generator));
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
