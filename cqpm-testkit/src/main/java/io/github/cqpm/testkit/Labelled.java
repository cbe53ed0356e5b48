package io.github.cqpm.testkit;

import java.util.Objects;

/**
 * A drawn value with the non-conformity it was drawn for.
 *
 * @param value the value
 * @param label what is wrong with it, and the finding it produces
 * @param <T> the value's type
 */
public record Labelled<T>(T value, NonConformity label) {
  /**
   * Checks the components.
   *
   * @param value the value
   * @param label the label
   */
  public Labelled {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
