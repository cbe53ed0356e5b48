package io.github.cqpm.model.internal;

import io.github.cqpm.model.invariant.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.function.Function;

/**
 * Preconditions shared by the model's structural invariants. Each failure names the field it
 * concerns, so that a reader of the message (or of the JSON error built from it) knows what to fix.
 */
public final class Checks {
  /** Up to this many values, a linear search beats hashing. */
  private static final int SMALL = 16;

  private Checks() {}

  /**
   * Fails unless {@code value} has at least one non-whitespace character.
   *
   * @param field the property name reported on failure
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidValueException naming {@code field} when the value is blank
   */
  public static String nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw InvalidValueException.at("must not be blank", segments(field));
    }
    return value;
  }

  /**
   * Fails unless {@code value} is an opaque identifier: 1 to 64 letters, digits, {@code .}, {@code
   * _}, {@code :} or {@code -}.
   *
   * @param field the property name reported on failure
   * @param value the value to check
   * @return {@code value}
   * @throws InvalidValueException naming {@code field} and what was expected
   */
  public static String identifier(String field, String value) {
    if (!isIdentifier(value)) {
      throw InvalidValueException.at(
          "expected 1 to 64 letters, digits, '.', '_', ':' or '-', was \"" + value + "\"", segments(field));
    }
    return value;
  }

  private static boolean isIdentifier(String value) {
    int length = value.length();
    if (length < 1 || length > 64) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '.' || c == '_' || c == ':' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Fails when two elements of {@code values} share the same key.
   *
   * @param field the property name reported on failure
   * @param values the elements
   * @param key what must be unique among them
   * @param <T> element type
   * @param <K> key type
   * @throws InvalidValueException naming {@code field}, the index and the duplicated key
   */
  public static <T, K> void distinct(String field, Collection<T> values, Function<T, K> key) {
    Collection<K> seen = values.size() > SMALL ? new HashSet<>() : new ArrayList<>(values.size());
    int index = 0;
    for (T value : values) {
      K k = key.apply(value);
      if (seen.contains(k)) {
        Object[] names = segments(field);
        Object[] path = Arrays.copyOf(names, names.length + 1, Object[].class);
        path[names.length] = index;
        throw InvalidValueException.at("duplicate " + k + " (each may appear only once)", path);
      }
      seen.add(k);
      index++;
    }
  }

  /** A property path written with dots ({@code steps.EVALUATION}) as its names. */
  private static Object[] segments(String field) {
    String[] names = field.split("\\.");
    return Arrays.copyOf(names, names.length, Object[].class);
  }

  /**
   * Fails when {@code value} is negative.
   *
   * @param field the property name reported on failure
   * @param value the value to check
   * @throws InvalidValueException naming {@code field}
   */
  public static void nonNegative(String field, int value) {
    if (value < 0) {
      throw InvalidValueException.at("must be zero or more, was " + value, segments(field));
    }
  }
}
