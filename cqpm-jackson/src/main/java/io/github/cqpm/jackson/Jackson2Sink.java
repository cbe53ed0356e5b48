package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonText;
import io.github.cqpm.model.internal.IsoDates;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Function;

/** A Jackson 2 generator as the format's {@link JsonSink}. */
final class Jackson2Sink implements JsonSink {
  /** A name or constant as the generator writes it, quoted once rather than in each document. */
  private static final Function<String, SerializableString> QUOTED = SerializedString::new;

  private final JsonGenerator generator;
  /** Where a date's characters are made, for the generator to copy. */
  private final char[] date = new char[IsoDates.MOST_CHARS];

  Jackson2Sink(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    generator.writeFieldName(name);
  }

  @Override
  public void name(JsonText name) throws IOException {
    generator.writeFieldName(name.getEncoded(QUOTED));
  }

  @Override
  public void string(String value) throws IOException {
    generator.writeString(value);
  }

  @Override
  public void string(JsonText value) throws IOException {
    generator.writeString(value.getEncoded(QUOTED));
  }

  @Override
  public void date(LocalDate value) throws IOException {
    generator.writeString(date, 0, IsoDates.write(value, date));
  }

  @Override
  public void number(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void bool(boolean value) throws IOException {
    generator.writeBoolean(value);
  }
}
