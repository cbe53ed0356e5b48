package io.github.cqpm.json;

import io.github.cqpm.model.internal.IsoDates;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Where a JSON document is written, token by token, as a JSON library's generator takes them: what
 * the format's writer needs, so that each library adapts it in a few lines. Layout (indentation,
 * line ends) is the adapter's.
 */
public interface JsonSink {
  /**
   * Opens an object.
   *
   * @throws IOException when writing fails
   */
  void startObject() throws IOException;

  /**
   * Closes the object.
   *
   * @throws IOException when writing fails
   */
  void endObject() throws IOException;

  /**
   * Opens an array.
   *
   * @throws IOException when writing fails
   */
  void startArray() throws IOException;

  /**
   * Closes the array.
   *
   * @throws IOException when writing fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property's name.
   *
   * @param name the name
   * @throws IOException when writing fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a property's name the format writes in many documents (every declared property's, an
   * enum's constant as a key). A sink may write the encoding it made once for that text ({@link
   * JsonText#getEncoded(java.util.function.Function)}: a generator's quoted string, UTF-8 bytes)
   * instead of escaping the same name again in every document; by default, {@link #name(String)}.
   *
   * @param name the name
   * @throws IOException when writing fails
   * @since 0.2.0
   */
  default void name(JsonText name) throws IOException {
    name(name.getText());
  }

  /**
   * Writes a string.
   *
   * @param value the string
   * @throws IOException when writing fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a string the format writes in many documents (an enum's constant), as {@link
   * #name(JsonText)} writes a name; by default, {@link #string(String)}.
   *
   * @param value the string
   * @throws IOException when writing fails
   * @since 0.2.0
   */
  default void string(JsonText value) throws IOException {
    string(value.getText());
  }

  /**
   * Writes a date, as a string in {@link LocalDate#toString()}'s ISO-8601 form ({@code
   * 2024-06-14}). A sink may write its characters without making a string of them (documents
   * write many dates); by default, {@link #string(String)}.
   *
   * @param date the date
   * @throws IOException when writing fails
   * @since 0.2.0
   */
  default void date(LocalDate date) throws IOException {
    string(IsoDates.text(date));
  }

  /**
   * Writes a whole number.
   *
   * @param value the number
   * @throws IOException when writing fails
   */
  void number(long value) throws IOException;

  /**
   * Writes true or false.
   *
   * @param value the value
   * @throws IOException when writing fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes a property holding a string.
   *
   * @param name the name
   * @param value the string
   * @throws IOException when writing fails
   */
  default void stringField(String name, String value) throws IOException {
    name(name);
    string(value);
  }

  /**
   * Writes a property holding a whole number.
   *
   * @param name the name
   * @param value the number
   * @throws IOException when writing fails
   */
  default void numberField(String name, long value) throws IOException {
    name(name);
    number(value);
  }

  /**
   * Writes a property holding true or false.
   *
   * @param name the name
   * @param value the value
   * @throws IOException when writing fails
   */
  default void booleanField(String name, boolean value) throws IOException {
    name(name);
    bool(value);
  }

  /**
   * Writes a property's name and opens the array it holds.
   *
   * @param name the name
   * @throws IOException when writing fails
   */
  default void arrayField(String name) throws IOException {
    name(name);
    startArray();
  }

  /**
   * Writes a property's name and opens the object it holds.
   *
   * @param name the name
   * @throws IOException when writing fails
   */
  default void objectField(String name) throws IOException {
    name(name);
    startObject();
  }
}
