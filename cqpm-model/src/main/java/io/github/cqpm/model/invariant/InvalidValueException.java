package io.github.cqpm.model.invariant;

import java.util.List;
import java.util.Objects;

/**
 * A structural invariant a value breaks as it is built: the property it concerns, as a path of
 * names and indices ({@code votes}, 1, {@code member}), and the problem. The message is the path
 * as Bean Validation writes it, then the problem ({@code votes[1].member: Z9 is not a member of the
 * session}); a reader of a document builds its own location from {@link #getPath()} (a JSON
 * pointer {@code /votes/1/member}) without reading the message.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * The path: property names ({@code String}) and list indices ({@code Integer}); not serialized
   * (the message keeps it as text).
   */
  private final transient List<Object> path;
  /** What is wrong and what was expected, without the path. */
  private final String problem;

  private InvalidValueException(List<Object> path, String problem) {
    super(property(path) + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /**
   * The required attributes a builder was asked to build without: the first one's path, and every
   * one named in the problem. The model's generated builders throw it ({@code Builder.build()}); an
   * application has {@link #at(String, Object...)}.
   *
   * @param missingAttributes the names of the attributes not set, at least one
   * @since 0.2.0
   */
  public InvalidValueException(String... missingAttributes) {
    this(List.of(missingAttributes[0]), missing(missingAttributes));
  }

  /**
   * A null given where the model takes a value: for an attribute ({@code candidate}), a list
   * attribute's whole list or one of its elements ({@code assessments element}), or a key or value
   * of a map attribute ({@code
   * steps key}, {@code steps value for key: JURY}); the path is the attribute's. The model's
   * generated builders throw it; an application has {@link #at(String, Object...)}.
   *
   * @param attribute the attribute's name, and what of it was null, as the generated code says
   * @since 0.2.0
   */
  public InvalidValueException(String attribute) {
    this(List.of(attribute.split(" ", 2)[0]), nullProblem(attribute));
  }

  private static String nullProblem(String attribute) {
    String[] parts = attribute.split(" ", 2);
    if (parts.length == 1) {
      return "must not be null";
    }
    if (parts[1].startsWith("element")) {
      return "a list must not be null, nor any of its elements";
    }
    return parts[1].startsWith("key") ? "a key must not be null" : "the value of a key must not be null ("
        + parts[1].replaceFirst("^value for key: ", "") + ")";
  }

  private static String missing(String[] attributes) {
    if (attributes.length == 1) {
      return "required, was not set";
    }
    return "required, was not set (nor were " + String.join(", ", List.of(attributes).subList(1, attributes.length)) + ")";
  }

  /**
   * The invariant broken at a property.
   *
   * @param problem what is wrong and what was expected
   * @param path the property's path from the value built: names and indices, at least one
   * @return the exception, to throw
   * @throws IllegalArgumentException if the path is empty or holds something else
   */
  public static InvalidValueException at(String problem, Object... path) {
    if (path.length == 0) {
      throw new IllegalArgumentException("path: at least one property");
    }
    for (Object segment : path) {
      if (!(segment instanceof String) && !(segment instanceof Integer)) {
        throw new IllegalArgumentException("path: names and indices only, was " + segment);
      }
    }
    return new InvalidValueException(List.of(path), Objects.requireNonNull(problem, "problem"));
  }

  /**
   * The path of the property, from the value being built.
   *
   * @return names ({@code String}) and indices ({@code Integer}), such as {@code [votes, 1,
   *     member]}; empty in a deserialized copy
   */
  public List<Object> getPath() {
    return path == null ? List.of() : path;
  }

  /**
   * The path as Bean Validation writes a property path.
   *
   * @return e.g. {@code votes[1].member}
   */
  public String getProperty() {
    return property(getPath());
  }

  /**
   * What is wrong and what was expected, without the path.
   *
   * @return e.g. {@code Z9 is not a member of the session}
   */
  public String getProblem() {
    return problem;
  }

  private static String property(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(segment);
      }
    }
    return text.toString();
  }
}
