package io.github.cqpm.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cqpm} command: the rules of the CQPM "Pilote de systèmes de production automatisée"
 * (RNCP 19453) for auditors.
 */
@Command(
    name = "cqpm",
    mixinStandardHelpOptions = true,
    versionProvider = Cqpm.Version.class,
    scope = CommandLine.ScopeType.INHERIT,
    description = "The rules of the CQPM \"Pilote de systèmes de production automatisée\" (RNCP 19453): "
        + "decide on a dossier, validate a document, audit a file of dossiers, declare the holders to the "
        + "Caisse des Dépôts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:admissible, valid or consistent",
      "1:not admissible, or a dossier inconsistent",
      "2:bad input (unreadable file, not UTF-8, invalid JSON, not a cqpm document) or usage",
      "3:no valid verdict (decide: an irregular deliberation, or no verdict yet)",
      "4:the output could not be written (disk full)",
      "5:internal error",
      "141:the reader of standard output has gone (cqpm … | head): the command stops silently"
    })
public final class Cqpm implements Runnable {
  /** A subcommand's name, and how to make it. */
  private record Subcommand(String name, Supplier<Object> make) {
    /**
     * The subcommands, in the order the usage lists them, each made only when it is needed (see
     * {@link #commandLine(String[])}): a lambda, not a constructor reference, so that no
     * subcommand's class is loaded before it is made; held here, so that {@code cqpm --version}
     * does not even make the lambdas.
     */
    static final List<Subcommand> ALL = List.of(
        new Subcommand("decide", () -> new DecideCommand()),
        new Subcommand("validate", () -> new ValidateCommand()),
        new Subcommand("audit", () -> new AuditCommand()),
        new Subcommand("referential", () -> new ReferentialCommand()),
        new Subcommand("schema", () -> new SchemaCommand()),
        new Subcommand("accrochage", () -> new AccrochageCommand()),
        new Subcommand("accrochage-report", () -> new AccrochageReportCommand()),
        new Subcommand("completion", () -> new CompletionCommand()),
        new Subcommand("help", () -> new CommandLine.HelpCommand()));
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input, for a command given {@code -} as its file. */
  private InputStream stdin = System.in;

  /** Creates the command; picocli does. */
  public Cqpm() {}

  /**
   * Standard input of the run a command belongs to.
   *
   * @param command the command's spec
   * @return standard input
   */
  static InputStream stdin(CommandLine.Model.CommandSpec command) {
    return ((Cqpm) command.root().userObject()).stdin;
  }

  /**
   * Runs {@code cqpm} through picocli: the command line its arguments need, with these streams
   * ({@link Main#run} handles what comes out of it).
   *
   * @param args the command line
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the command's exit code
   */
  static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine line = commandLine(args);
    ((Cqpm) line.getCommand()).stdin = in;
    line.setOut(out);
    line.setErr(err);
    return line.execute(args);
  }

  /**
   * The command line, configured: usage errors exit with {@value ExitCode#BAD_INPUT}.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return configured(Subcommand.ALL);
  }

  /**
   * The command line configured for one run, with only the subcommands the arguments need, since
   * building a subcommand's model is most of the cost of starting: the one the arguments name
   * first; none when they name none and ask for the version, not the help ({@code cqpm
   * --version}); every one otherwise (the usage, {@code help}, {@code completion}, a misspelt
   * command's suggestions).
   *
   * @param args the command line
   * @return a new command line
   */
  static CommandLine commandLine(String[] args) {
    boolean version = false;
    boolean help = false;
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        boolean alone = !"help".equals(arg) && !"completion".equals(arg);
        return configured(Subcommand.ALL.stream().filter(command -> alone && command.name().equals(arg))
            .findFirst().map(List::of).orElse(Subcommand.ALL));
      }
      version |= Main.isVersionOption(arg);
      help |= "--help".equals(arg) || "-h".equals(arg);
    }
    return configured(version && !help ? List.of() : Subcommand.ALL);
  }

  private static CommandLine configured(List<Subcommand> subcommands) {
    Logging.quiet();
    CommandLine line = new CommandLine(new Cqpm());
    for (Subcommand subcommand : subcommands) {
      CommandLine command = new CommandLine(subcommand.make().get());
      if (command.getCommandSpec().mixins().values().stream()
          .anyMatch(mixin -> mixin.userObject() instanceof PolicyOptions)) {
        PolicyOptions.addTo(command.getCommandSpec());
      }
      line.addSubcommand(subcommand.name(), command);
    }
    line.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
    line.setExecutionExceptionHandler((e, failed, parsed) -> {
      if (e instanceof ClosedPipe) {
        return ClosedPipe.EXIT_CODE;  // silently, as a tool a closed pipe ends
      }
      failed.getErr().println("internal error: " + Printable.of(e.toString()));
      return ExitCode.INTERNAL_ERROR;
    });
    line.setParameterExceptionHandler(Cqpm::usageError);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  /**
   * A usage error: the error, a suggestion when an option or command is misspelt, and the way to
   * the help, never the whole help.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    err.println("error: " + Printable.of(String.valueOf(e.getMessage())));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.BAD_INPUT;
  }

  @CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Let the libraries underneath log (the JSON Schema validator, Hibernate "
          + "Validator) on standard error.")
  void setVerbose(boolean verbose) {
    Logging.verbose(verbose);
  }

  /** Without a subcommand, {@code cqpm} prints its usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version of the library the command runs, as picocli asks for it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Main.versionLine()};
    }
  }
}
