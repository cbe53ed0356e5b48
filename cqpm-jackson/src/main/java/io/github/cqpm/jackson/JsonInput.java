package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Strict, schema-driven reading of a JSON value from a parser positioned on its first token. Every
 * check is made here, whatever the mapper's settings: an unknown, duplicated, missing or null
 * property, or a value of the wrong type, is an {@link InvalidJsonException} naming the JSON
 * pointer and what was expected. Reading follows the expected shape, so it never descends deeper
 * than the format does, however deep the input is nested.
 */
final class JsonInput {
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final JsonParser parser;

  JsonInput(JsonParser parser) {
    this.parser = parser;
  }

  /** A property's reader: reads the value at the current token. */
  @FunctionalInterface
  interface ValueReader {
    void read() throws IOException;
  }

  /** The properties of an object: each required or not, with its reader. */
  static final class Fields {
    private final Map<String, ValueReader> readers = new LinkedHashMap<>();
    private final Set<String> required = new HashSet<>();

    Fields required(String name, ValueReader reader) {
      readers.put(name, reader);
      required.add(name);
      return this;
    }

    Fields optional(String name, ValueReader reader) {
      readers.put(name, reader);
      return this;
    }
  }

  /** A value of a list: reads the element at the current token. */
  @FunctionalInterface
  interface ElementReader<T> {
    T read() throws IOException;
  }

  String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  InvalidJsonException error(String pointer, String problem) {
    return new InvalidJsonException(parser, pointer, problem);
  }

  private InvalidJsonException expected(String what) throws IOException {
    return error(pointer(), "expected " + what + ", was " + describe());
  }

  private String describe() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case VALUE_STRING:
        String text = parser.getText();
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /**
   * Reads an object with these properties; returns its pointer (for errors found once built).
   */
  String object(String what, Fields fields) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected(what);
    }
    String at = pointer();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (!seen.add(name)) {
        throw error(pointer(), "duplicate property \"" + name + "\"");
      }
      ValueReader reader = fields.readers.get(name);
      if (reader == null) {
        throw error(pointer(), "unknown property \"" + name + "\" in " + what + " (expected "
            + String.join(", ", fields.readers.keySet()) + ")");
      }
      parser.nextToken();
      reader.read();
    }
    for (String name : fields.readers.keySet()) {
      if (fields.required.contains(name) && !seen.contains(name)) {
        throw error(at, "missing required property \"" + name + "\" of " + what);
      }
    }
    return at;
  }

  <T> List<T> array(String what, ElementReader<T> element) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw expected("an array of " + what);
    }
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read());
    }
    return values;
  }

  /** Reads an object whose keys are the names of an enum's constants, each at most once. */
  <E extends Enum<E>, V> Map<E, V> enumMap(Class<E> keys, ElementReader<V> value) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected("an object keyed by " + names(keys));
    }
    Map<E, V> values = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      E key = Arrays.stream(keys.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
          .orElseThrow(() -> error(pointer(), "unknown key \"" + name + "\" (expected one of " + names(keys) + ")"));
      if (values.containsKey(key)) {
        throw error(pointer(), "duplicate property \"" + name + "\"");
      }
      parser.nextToken();
      values.put(key, value.read());
    }
    return values;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  Period period() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return Period.parse(parser.getText());
      } catch (DateTimeParseException e) {
        // reported below, with what was read
      }
    }
    throw expected("an ISO-8601 period such as P5Y");
  }

  String text() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    return parser.getText();
  }

  boolean bool() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw expected("true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  int integer() throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() != JsonParser.NumberType.INT) {
      throw expected("a whole number");
    }
    return parser.getIntValue();
  }

  LocalDate date() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return LocalDate.parse(parser.getText(), ISO_DATE);
      } catch (DateTimeParseException e) {
        // reported below, with what was read
      }
    }
    throw expected("a date as YYYY-MM-DD (e.g. 2016-06-20)");
  }

  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      String text = parser.getText();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    throw expected("one of " + names(type));
  }

  CapacityCode capacity() throws IOException {
    return code("a capacity code such as C5", CapacityCode::parse);
  }

  BlockCode block() throws IOException {
    return code("a block code such as RNCP19453BC02", BlockCode::parse);
  }

  ActivityCode activity() throws IOException {
    return code("an activity code such as A4", ActivityCode::parse);
  }

  private <T> T code(String what, java.util.function.Function<String, T> parse) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return parse.apply(parser.getText());
      } catch (IllegalArgumentException e) {
        // reported below, with what was read
      }
    }
    throw expected(what);
  }

  /**
   * Builds a model value read at {@code pointer}; a structural invariant it breaks is reported at
   * the pointer of the field its message names ({@code votes[1].member: …} → {@code
   * …/votes/1/member}).
   */
  <T> T build(String pointer, Supplier<T> builder) throws InvalidJsonException {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(": ");
      if (colon > 0 && message.substring(0, colon).matches("[A-Za-z0-9_.\\[\\]]+")) {
        String path = message.substring(0, colon).replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        throw error(pointer + "/" + path, message.substring(colon + 2));
      }
      throw error(pointer, message);
    }
  }

  /** Fails unless the document has ended after the value just read. */
  void end() throws IOException {
    if (parser.nextToken() != null) {
      throw error(pointer(), "unexpected content after the document's value: " + describe());
    }
  }
}
