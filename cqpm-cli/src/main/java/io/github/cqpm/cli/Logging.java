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
  private static volatile boolean verbose;

  private Logging() {}

  /** Silences the libraries, unless a user asked for {@code --verbose}. */
  static void quiet() {
    if (!verbose) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
      ROOT.setLevel(Level.OFF);
    }
  }

  /** Lets the libraries log, or silences them again. */
  static void verbose(boolean on) {
    verbose = on;
    if (on) {
      System.clearProperty("slf4j.internal.verbosity");
      ROOT.setLevel(Level.INFO);
    } else {
      quiet();
    }
  }
}
