package io.github.cqpm.json;

import java.io.IOException;

/**
 * A document that writes itself to a {@link JsonSink}: how a type outside the model (a decision,
 * say) gets JSON from every JSON library's module without that module knowing it. Both Jackson
 * modules serialize any {@code JsonWritable} through {@link #writeTo(JsonSink)}.
 */
@FunctionalInterface
public interface JsonWritable {
  /**
   * Writes this document as one JSON value.
   *
   * @param sink where to write
   * @throws IOException when the sink fails
   */
  void writeTo(JsonSink sink) throws IOException;
}
