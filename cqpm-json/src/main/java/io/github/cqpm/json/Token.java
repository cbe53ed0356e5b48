package io.github.cqpm.json;

/** The kinds of JSON token a {@link JsonSource} gives, whatever the JSON library behind it. */
public enum Token {
  /** The opening brace of an object. */
  START_OBJECT,
  /** The closing brace of an object. */
  END_OBJECT,
  /** The opening bracket of an array. */
  START_ARRAY,
  /** The closing bracket of an array. */
  END_ARRAY,
  /** A property's name. */
  NAME,
  /** A string value. */
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** The literal true. */
  TRUE,
  /** The literal false. */
  FALSE,
  /** The literal null. */
  NULL,
  /** Anything else a library may give (an embedded object). */
  OTHER
}
