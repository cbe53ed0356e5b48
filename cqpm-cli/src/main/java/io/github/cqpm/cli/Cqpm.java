package io.github.cqpm.cli;

import io.github.cqpm.jackson.PackageVersion;
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
    description = "The rules of the CQPM \"Pilote de systèmes de production automatisée\" (RNCP 19453): "
        + "decide on a dossier, validate a document, audit a file of dossiers.",
    subcommands = {
      DecideCommand.class, ValidateCommand.class, AuditCommand.class,
      ReferentialCommand.class, SchemaCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:admissible, valid or consistent",
      "1:not admissible, or a dossier inconsistent",
      "2:bad input (unreadable file, invalid JSON, not a cqpm document) or usage",
      "3:no valid verdict (decide: an irregular deliberation, or no verdict yet)"
    })
public final class Cqpm implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli does. */
  public Cqpm() {}

  /**
   * Runs {@code cqpm} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, configured: usage errors exit with {@value ExitCode#BAD_INPUT}.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Cqpm());
    line.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    return line;
  }

  /** Without a subcommand, {@code cqpm} prints its usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version of the library the command runs. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cqpm " + PackageVersion.VERSION + " (RNCP 19453)"};
    }
  }
}
