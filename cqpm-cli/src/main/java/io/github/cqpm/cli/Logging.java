package io.github.cqpm.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line logs nothing unless asked: the libraries underneath (the JSON Schema
 * validator through SLF4J, Hibernate Validator through JBoss Logging and java.util.logging) would
 * print warnings and version lines on standard error. {@code --verbose} lets them speak.
 */
final class Logging {
  /** Held so that java.util.logging keeps the level set on it. */
  private static final Logger ROOT = Logger.getLogger("");

  private Logging() {}

  /**
   * Silences the libraries: each command line starts so, before its options are parsed. The
   * levels are the JVM's own (java.util.logging's root logger, SLF4J's property); this class keeps
   * no state of its own.
   */
  static void quiet() {
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    ROOT.setLevel(Level.OFF);
  }

  /** Lets the libraries log ({@code --verbose}), or silences them again. */
  static void verbose(boolean on) {
    if (on) {
      System.clearProperty("slf4j.internal.verbosity");
      ROOT.setLevel(Level.INFO);
    } else {
      quiet();
    }
  }
}
