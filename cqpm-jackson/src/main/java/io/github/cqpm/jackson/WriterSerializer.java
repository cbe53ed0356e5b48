package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cqpm.json.CqpmFormat;
import java.io.IOException;

/**
 * Serializes one model type with the format's writer, in the canonical property order, never with
 * a type id.
 *
 * @param <T> the model type
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** The type's reader and writer in the format. */
  private final CqpmFormat.Binding<T> binding;

  WriterSerializer(CqpmFormat.Binding<T> binding) {
    super(binding.getType());
    this.binding = binding;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    binding.write(value, new Jackson2Sink(generator));
  }

  @Override
  public void serializeWithType(
      T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
      throws IOException {
    serialize(value, generator, provider);
  }
}
