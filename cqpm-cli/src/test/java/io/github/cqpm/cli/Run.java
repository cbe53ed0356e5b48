package io.github.cqpm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code cqpm}: its exit code and what it printed. */
record Run(int exitCode, String out, String err) {
  /** A run whose standard input holds these bytes. */
  static Run withInput(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new java.io.ByteArrayInputStream(stdin), new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
