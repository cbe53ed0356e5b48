package io.github.cqpm.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Properties;

/**
 * The runnable jar's entry point: the streams, the one exit code whatever happens, and {@code cqpm
 * --version} alone answered here, before anything of picocli or of the library is loaded (the
 * command line itself is {@link Cqpm}).
 */
public final class Main {
  private Main() {}

  /**
   * Runs {@code cqpm} and exits with its exit code. Output is UTF-8 on the raw standard streams.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in,
        new PrintWriter(new OutputStreamWriter(
            ClosedPipe.guard(new FileOutputStream(FileDescriptor.out)), UTF_8), true),
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true)));
  }

  /**
   * Runs {@code cqpm} with its output and error streams, standard input empty, as {@link
   * #run(String[], InputStream, PrintWriter, PrintWriter)} does.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs {@code cqpm} with its standard input, output and error streams: whatever happens, one exit
   * code and no stack trace; a closed pipe ends it silently with {@value ClosedPipe#EXIT_CODE}, an
   * output that could not be written otherwise is {@value ExitCode#OUTPUT_FAILED}, a failure of
   * cqpm itself {@value ExitCode#INTERNAL_ERROR}, never a business code.
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    int code;
    try {
      if (asksTheVersionAlone(args)) {
        out.println(versionLine());
        code = ExitCode.OK;
      } else {
        code = Cqpm.execute(args, in, out, err);
      }
      out.flush();
    } catch (ClosedPipe e) {
      return ClosedPipe.EXIT_CODE;
    } catch (OutOfMemoryError e) {
      err.println("internal error: out of memory (" + Printable.of(String.valueOf(e.getMessage())) + ")");
      code = ExitCode.INTERNAL_ERROR;
    } catch (RuntimeException | Error e) {
      err.println("internal error: " + Printable.of(e.toString()));
      code = ExitCode.INTERNAL_ERROR;
    }
    out.flush();
    if (out.checkError() && code != ExitCode.INTERNAL_ERROR && code != ExitCode.OUTPUT_FAILED) {
      err.println("error: the output could not be written");
      code = ExitCode.OUTPUT_FAILED;
    }
    err.flush();
    return code;
  }

  /**
   * Whether the command line is {@code cqpm --version} (or {@code -V}) and nothing else: answered
   * here, as picocli would answer it (the same line, {@link #versionLine()}), since loading picocli
   * and building even the top command's model costs several times what the answer does. Anything
   * else, {@code cqpm decide --version} included, goes to picocli.
   */
  private static boolean asksTheVersionAlone(String[] args) {
    return args.length == 1 && isVersionOption(args[0]);
  }

  /**
   * Whether an argument is the version option, as picocli's standard options name it.
   *
   * @param arg an argument
   * @return true for {@code --version} and {@code -V}
   */
  static boolean isVersionOption(String arg) {
    return "--version".equals(arg) || "-V".equals(arg);
  }

  /**
   * What {@code --version} prints, on every command.
   *
   * @return e.g. {@code cqpm 0.2.0 (RNCP 19453)}
   */
  static String versionLine() {
    return "cqpm " + version() + " (RNCP 19453)";
  }

  /**
   * The version of cqpm this command line is, from a resource the build fills in: reading it
   * loads nothing of the library.
   *
   * @return e.g. {@code 0.2.0}
   */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      properties.load(in);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the command line's version.properties cannot be read", e);
    }
    return properties.getProperty("version");
  }
}
