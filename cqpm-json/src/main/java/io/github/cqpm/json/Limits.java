package io.github.cqpm.json;

/**
 * The input limits of the format, which every JSON library's module gives its parser: a document
 * of the format needs far less, and a hostile one cannot cost more.
 */
public final class Limits {
  /** The deepest nesting accepted (the format needs 7). */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest document accepted, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 20;

  private Limits() {}
}
