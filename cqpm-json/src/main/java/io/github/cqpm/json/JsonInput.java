package io.github.cqpm.json;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Strict, schema-driven reading of a JSON value from a parser positioned on its first token. Every
 * check is made here, whatever the mapper's settings: an unknown, duplicated, missing or null
 * property, or a value of the wrong type, is an {@link InvalidDocumentException} naming the JSON
 * pointer and what was expected. Reading follows the expected shape, so it never descends deeper
 * than the format does, however deep the input is nested.
 */
final class JsonInput {
  /** Each enum's constants, once: {@code getEnumConstants()} copies its array on every call. */
  private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Enum<?>[] computeValue(Class<?> type) {
      return (Enum<?>[]) type.getEnumConstants();
    }
  };

  /** Each enum's constants' names, once, in the constants' order. */
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      return Arrays.stream(CONSTANTS.get(type)).map(Enum::name).toArray(String[]::new);
    }
  };

  private final JsonSource parser;
  /** Where a dossier's certification is looked up. */
  private final ReferentialCatalog catalog;

  JsonInput(JsonSource parser, ReferentialCatalog catalog) {
    this.parser = parser;
    this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
  }

  /** Reads the value of a property, given by its index in the object's declaration, at the current token. */
  @FunctionalInterface
  interface PropertyReader {
    void read(int index) throws IOException;
  }

  /** A value of a list: reads the element at the current token. */
  @FunctionalInterface
  interface ElementReader<T> {
    T read() throws IOException;
  }

  String pointer() {
    return parser.pointer();
  }

  InvalidDocumentException error(String pointer, String problem) {
    return new InvalidDocumentException(pointer, problem, parser.line(), parser.column());
  }

  private InvalidDocumentException expected(String what) throws IOException {
    return error(pointer(), "expected " + what + ", was " + describe());
  }

  private String describe() throws IOException {
    Token token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case STRING:
        String text = parser.text();
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
      case NULL:
        return "null";
      case TRUE:
      case FALSE:
        return "a boolean";
      case INTEGER:
      case DECIMAL:
        String number = parser.text();
        return number.length() > 60 ? number.substring(0, 60) + "…" : number;
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case NAME:
        return "a property name";
      default:
        return "a value of another kind";
    }
  }

  /**
   * Reads an object with these properties, handing each property's value to {@code property} by
   * its index; fails on an unknown, duplicated or missing property.
   *
   * @param what the object's description, for messages ("a candidacy")
   * @param names the properties' names
   * @param required a bit set, by index, of the properties a document must have
   */
  void object(String what, String[] names, long required, PropertyReader property) throws IOException {
    if (parser.currentToken() != Token.START_OBJECT) {
      throw expected(what);
    }
    long seen = 0;
    while (parser.nextToken() == Token.NAME) {
      String name = parser.currentName();
      int index = indexOf(names, name);
      if (index < 0) {
        throw error(pointer(), "unknown property \"" + name + "\" in " + what + " (expected "
            + String.join(", ", names) + ")");
      }
      if ((seen & 1L << index) != 0) {
        throw error(pointer(), "duplicate property \"" + name + "\"");
      }
      seen |= 1L << index;
      parser.nextToken();
      property.read(index);
    }
    long missing = required & ~seen;
    if (missing != 0) {
      // At the object's end the parser's context is its parent's, which points at this object.
      throw error(pointer(), "missing required property \""
          + names[Long.numberOfTrailingZeros(missing)] + "\" of " + what);
    }
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  <T> List<T> array(String what, ElementReader<T> element) throws IOException {
    if (parser.currentToken() != Token.START_ARRAY) {
      throw expected("an array of " + what);
    }
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != Token.END_ARRAY) {
      values.add(element.read());
    }
    return values;
  }

  /** Reads an object whose keys are the names of an enum's constants, each at most once. */
  <E extends Enum<E>, V> Map<E, V> enumMap(Class<E> keys, ElementReader<V> value) throws IOException {
    if (parser.currentToken() != Token.START_OBJECT) {
      throw expected("an object keyed by " + names(keys));
    }
    Map<E, V> values = new LinkedHashMap<>();
    while (parser.nextToken() == Token.NAME) {
      String name = parser.currentName();
      E key = constant(keys, Arrays.asList(NAMES.get(keys)).indexOf(name));
      if (key == null) {
        throw error(pointer(), "unknown key \"" + name + "\" (expected one of " + names(keys) + ")");
      }
      if (values.containsKey(key)) {
        throw error(pointer(), "duplicate property \"" + name + "\"");
      }
      parser.nextToken();
      values.put(key, value.read());
    }
    return values;
  }

  /** Reads an object of strings keyed by any names, each at most once. */
  Map<String, String> textMap(String what) throws IOException {
    if (parser.currentToken() != Token.START_OBJECT) {
      throw expected(what);
    }
    Map<String, String> values = new LinkedHashMap<>();
    while (parser.nextToken() == Token.NAME) {
      String name = parser.currentName();
      if (values.containsKey(name)) {
        throw error(pointer(), "duplicate property \"" + name + "\"");
      }
      parser.nextToken();
      values.put(name, text());
    }
    return values;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(CONSTANTS.get(type)).map(Enum::name).collect(Collectors.joining(", "));
  }

  Period period() throws IOException {
    if (parser.currentToken() == Token.STRING) {
      try {
        return Period.parse(parser.text());
      } catch (DateTimeParseException e) {
        // reported below, with what was read
      }
    }
    throw expected("an ISO-8601 period such as P5Y");
  }

  String text() throws IOException {
    if (parser.currentToken() != Token.STRING) {
      throw expected("a string");
    }
    return parser.text();
  }

  /** A string whose value, or whatever stands in its place, is never repeated in a message. */
  String secretText() throws IOException {
    Token token = parser.currentToken();
    if (token != Token.STRING) {
      throw error(pointer(), "expected a string, was " + (token == Token.INTEGER || token == Token.DECIMAL
          ? "a number" : describe()));
    }
    return parser.text();
  }

  boolean bool() throws IOException {
    Token token = parser.currentToken();
    if (token != Token.TRUE && token != Token.FALSE) {
      throw expected("true or false");
    }
    return token == Token.TRUE;
  }

  int integer() throws IOException {
    if (parser.currentToken() != Token.INTEGER
        || !parser.isInt()) {
      throw expected("a whole number from -2147483648 to 2147483647");
    }
    return parser.intValue();
  }

  LocalDate date() throws IOException {
    if (parser.currentToken() == Token.STRING) {
      String text = parser.text();
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
          && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
        try {
          return LocalDate.of(
              Integer.parseInt(text, 0, 4, 10),
              Integer.parseInt(text, 5, 7, 10),
              Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
          throw error(pointer(), text + " is not a day of the calendar (expected a date as YYYY-MM-DD)");
        }
      }
    }
    throw expected("a date as YYYY-MM-DD (e.g. 2016-06-20)");
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    if (parser.currentToken() == Token.STRING) {
      // Compared in the source's buffer where it allows: no string is made for a constant's name.
      E constant = constant(type, parser.textIndexIn(NAMES.get(type)));
      if (constant != null) {
        return constant;
      }
    }
    throw expected("one of " + names(type));
  }

  /** The constant of {@code type} at an index of its names, or null for -1. */
  private static <E extends Enum<E>> E constant(Class<E> type, int index) {
    return index < 0 ? null : type.cast(CONSTANTS.get(type)[index]);
  }

  CapacityCode capacity() throws IOException {
    return code("a capacity code such as C5 or A1C1", CapacityCode::parse);
  }

  BlockCode block() throws IOException {
    return code("a block code such as RNCP19453BC02", BlockCode::parse);
  }

  /**
   * An RNCP number under which the reader's catalogue holds a référentiel ({@link
   * ReferentialCatalog#find}): a dossier for a certification no référentiel describes cannot be
   * decided, so it is refused here.
   */
  RncpNumber certification() throws IOException {
    String at = pointer();
    RncpNumber number = code("an RNCP number such as RNCP19453", RncpNumber::parse);
    if (catalog.find(number).isEmpty()) {
      throw error(at, "the catalogue holds no référentiel under " + number + " (it holds: "
          + catalog.numbers().stream().map(RncpNumber::toString).collect(Collectors.joining(", "))
          + ")");
    }
    return number;
  }

  ActivityCode activity() throws IOException {
    return code("an activity code such as A4", ActivityCode::parse);
  }

  private <T> T code(String what, java.util.function.Function<String, T> parse) throws IOException {
    if (parser.currentToken() == Token.STRING) {
      try {
        return parse.apply(parser.text());
      } catch (IllegalArgumentException e) {
        // reported below, with what was read
      }
    }
    throw expected(what);
  }

  /**
   * Builds the model value of the object just read (the parser on its end); a structural
   * invariant it breaks is reported at the pointer of the property the model names ({@code
   * [votes, 1, member]} → {@code …/votes/1/member}). The reader checks required and null
   * properties itself, so the builder's own errors are a last resort, at the object's pointer.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      StringBuilder pointer = new StringBuilder(pointer());
      for (Object segment : e.getPath()) {
        pointer.append('/').append(segment);
      }
      throw error(pointer.toString(), e.getProblem());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw error(pointer(), String.valueOf(e.getMessage()));
    }
  }

  /** Fails unless the document has ended after the value just read. */
  void end() throws IOException {
    if (parser.nextToken() != null) {
      throw error(pointer(), "unexpected content after the document's value: " + describe());
    }
  }
}
