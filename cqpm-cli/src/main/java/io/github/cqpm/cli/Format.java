package io.github.cqpm.cli;

/** How a command prints its result. */
enum Format {
  /** A report for a person. */
  text,
  /** A JSON document. */
  json
}
