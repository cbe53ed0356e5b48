package io.github.cqpm.testkit;

import java.util.List;

/**
 * The randomness a generator consumes: each call draws one number in a range. Generators built on
 * it draw the same values from the same source, whatever the source is: a QuickTheories
 * randomness source (which shrinks each draw toward {@code min}) or a {@link
 * java.util.random.RandomGenerator}.
 */
@FunctionalInterface
public interface Draw {
  /**
   * Draws a number.
   *
   * @param min the smallest value, included (the value draws shrink toward)
   * @param max the largest value, included
   * @return a number from {@code min} to {@code max}
   */
  long between(long min, long max);

  /**
   * Draws an int.
   *
   * @param min the smallest value, included
   * @param max the largest value, included
   * @return a number from {@code min} to {@code max}
   */
  default int intBetween(int min, int max) {
    return (int) between(min, max);
  }

  /**
   * Draws a boolean; false is the smaller value.
   *
   * @return true or false
   */
  default boolean bool() {
    return between(0, 1) == 1;
  }

  /**
   * Draws one of the elements, the first being the smallest.
   *
   * @param values at least one value
   * @param <T> their type
   * @return one of them
   */
  default <T> T pick(List<T> values) {
    return values.get(intBetween(0, values.size() - 1));
  }

  /**
   * Draws one constant of an enum, the first being the smallest.
   *
   * @param type the enum
   * @param <E> its type
   * @return one of its constants
   */
  default <E extends Enum<E>> E pick(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }
}
