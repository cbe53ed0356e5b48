package io.github.cqpm.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The command line logs nothing unless asked: the libraries underneath (the JSON Schema
 * validator through SLF4J, Hibernate Validator through JBoss Logging and java.util.logging) would
 * print warnings and version lines on standard error. {@code --verbose} lets them speak.
 *
 * <p>java.util.logging is not started to be silenced (that costs a command some 20 ms): it is
 * told, through its {@code java.util.logging.config.class} property, to start silent when a
 * library first logs ({@link Quiet}).
 */
final class Logging {
  private static final String CONFIG_CLASS = "java.util.logging.config.class";

  private Logging() {}

  /**
   * Silences the libraries: each command line starts so, before its options are parsed. The
   * levels are the JVM's own (java.util.logging's configuration and root logger, SLF4J's
   * property); this class keeps no state of its own.
   */
  static void quiet() {
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    if (System.setProperty(CONFIG_CLASS, Quiet.class.getName()) != null) {
      // an earlier command line in this JVM may have let the libraries log
      Logger.getLogger("").setLevel(Level.OFF);
    }
  }

  /** Lets the libraries log ({@code --verbose}), or silences them again. */
  static void verbose(boolean on) {
    if (on) {
      System.clearProperty("slf4j.internal.verbosity");
      Logger.getLogger("").setLevel(Level.INFO);
    } else {
      quiet();
    }
  }

  /**
   * java.util.logging's configuration for the command line, read when it starts: the root logger
   * off, its records (once {@code --verbose} turns it on) to standard error.
   */
  public static final class Quiet {
    /**
     * Configures java.util.logging; it makes this class itself as it starts.
     *
     * @throws UncheckedIOException never: the configuration is in memory
     */
    public Quiet() {
      String config = ".level=OFF\nhandlers=java.util.logging.ConsoleHandler\n";
      try {
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(config.getBytes(UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
