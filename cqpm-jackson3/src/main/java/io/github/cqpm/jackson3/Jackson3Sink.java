package io.github.cqpm.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonText;
import java.util.function.Function;

/** A Jackson 3 generator as the format's {@link JsonSink}. */
final class Jackson3Sink implements JsonSink {
  /** A name or constant as the generator writes it, quoted once rather than in each document. */
  private static final Function<String, SerializableString> QUOTED = SerializedString::new;

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
  public void name(JsonText name) {
    generator.writeName(name.getEncoded(QUOTED));
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void string(JsonText value) {
    generator.writeString(value.getEncoded(QUOTED));
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
