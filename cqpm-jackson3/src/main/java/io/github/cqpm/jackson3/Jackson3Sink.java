package io.github.cqpm.jackson3;

import tools.jackson.core.JsonGenerator;
import io.github.cqpm.json.JsonSink;

/** A Jackson 3 generator as the format's {@link JsonSink}. */
final class Jackson3Sink implements JsonSink {
  private final JsonGenerator generator;

  Jackson3Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray() {
    generator.writeStartArray();
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) {
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }
}
