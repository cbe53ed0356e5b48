package io.github.cqpm.jackson3;

import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonText;
import io.github.cqpm.model.internal.IsoDates;
import java.time.LocalDate;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 generator as the format's {@link JsonSink}. */
final class Jackson3Sink implements JsonSink {
  /** A name or constant as the generator writes it, quoted once rather than in each document. */
  private static final Function<String, SerializableString> QUOTED = SerializedString::new;

  private final JsonGenerator generator;
  /** Where a date's characters are made, for the generator to copy. */
  private final char[] date = new char[IsoDates.MOST_CHARS];

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
  public void date(LocalDate value) {
    generator.writeString(date, 0, IsoDates.write(value, date));
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
