package io.github.cqpm.cli;

import io.github.cqpm.cdc.CdcFormatException;
import io.github.cqpm.cdc.PassageId;
import io.github.cqpm.cdc.ProcessingReport;
import io.github.cqpm.cdc.RefusedPassage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm accrochage-report}: the CDC's processing report of a flux, each refused passage
 * read back to its candidate and jury, with the CDC's message.
 */
@Command(
    name = "accrochage-report",
    mixinStandardHelpOptions = true,
    description = "Read the Caisse des Dépôts' processing report of an accrochage flux: how many "
        + "passages it accepted, and each one it refused, with its candidate, its jury's date and "
        + "the CDC's message.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every passage accepted",
      "1:some passage refused",
      "2:not a processing report, or bad usage",
      "4:the output could not be written",
      "5:internal error"
    })
final class AccrochageReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RAPPORT.xml", description = "The CDC's processing report (XML).")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProcessingReport report;
    try (InputStream in = new BufferedInputStream(InputFile.open(file, Cqpm.stdin(spec)))) {
      report = ProcessingReport.read(in, InputFile.name(file));
    } catch (InputFile.Unreadable e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (CdcFormatException e) {
      spec.commandLine().getErr().println("error: " + Printable.of(e.getMessage()));
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      spec.commandLine().getErr().println("error: " + InputFile.unreadable(file, e).getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.println("processing " + value(report.processingId()) + " of flux " + value(report.fluxId())
        + " (file " + value(report.fileName()) + "): " + report.accepted().size() + " accepted, "
        + report.refused().size() + " refused");
    for (RefusedPassage refused : report.refused()) {
      Optional<PassageId> passage = refused.passage();
      out.println("refused: " + passage.map(p -> p.certification() + " " + p.candidate().getId()
              + ", jury " + p.juryDate())
          .orElse(Printable.of(refused.idTechnique()) + " (not written by cqpm)")
          + ": " + Printable.of(refused.message()));
    }
    return report.refused().isEmpty() ? ExitCode.OK : ExitCode.SOME_REFUSED;
  }

  private static String value(Optional<String> text) {
    return text.map(Printable::of).orElse("(not given)");
  }
}
