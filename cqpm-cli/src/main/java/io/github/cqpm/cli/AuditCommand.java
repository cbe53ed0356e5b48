package io.github.cqpm.cli;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm audit}: audits a JSON Lines file of dossiers, one line at a time (the file is never
 * loaded whole), one result line per dossier.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit a JSON Lines file, one dossier a line: is each jury's declared verdict "
        + "consistent with the evidence and the jury's composition? Writes one result line per "
        + "input line (to --out, or standard output) and a summary: counts per outcome and per "
        + "finding code, rejected lines included. Exit code 0 when every dossier is consistent, "
        + "1 when some is not, 2 when a line could not be read as a dossier.")
final class AuditCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY = 10_000;
  private static final String REJECTED = "REJECTED";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOSSIERS.jsonl", description = "One dossier document per line.")
  Path file;

  @Option(names = "--out", paramLabel = "REPORT.jsonl", description = "Where to write the result lines; the summary then goes to standard output.")
  Path out;

  @Mixin PolicyOptions policyOptions;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    boolean progress = System.console() != null;
    Map<String, Long> outcomes = new TreeMap<>();
    long[] codeCounts = new long[FindingCode.values().length];
    long lines = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Writer report = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        JsonReport.Lines results = new JsonReport.Lines(report == null ? stdout : report)) {
      String line;
      while ((line = in.readLine()) != null) {
        lines++;
        try {
          Dossier dossier = CqpmJson.readDossier(line);
          Decision<AuditOutcome> audit = policyOptions.rules(dossier.getCertification()).audit(dossier);
          outcomes.merge(audit.outcome().name(), 1L, Long::sum);
          for (FindingCode code : audit.codes()) {
            codeCounts[code.ordinal()]++;
          }
          results.audited(lines, dossier, audit);
        } catch (IOException e) {
          outcomes.merge(REJECTED, 1L, Long::sum);
          results.rejected(lines, Documents.firstLine(e.getMessage()));
        }
        if (progress && lines % PROGRESS_EVERY == 0) {
          stderr.print("\r" + lines + " dossiers audited");
          stderr.flush();
        }
      }
    } catch (NoSuchFileException e) {
      stderr.println("error: " + file + ": no such file");
      return ExitCode.BAD_INPUT;
    } catch (IOException e) {
      stderr.println("error: " + Documents.firstLine(e.getMessage()));
      return ExitCode.BAD_INPUT;
    }
    if (progress) {
      stderr.println("\r" + lines + " dossiers audited");
    }
    Map<String, Long> codes = new TreeMap<>();
    for (FindingCode code : FindingCode.values()) {
      if (codeCounts[code.ordinal()] > 0) {
        codes.put(code.name(), codeCounts[code.ordinal()]);
      }
    }
    PrintWriter summaryTo = out == null ? stderr : stdout;
    summaryTo.println(JsonReport.summary(lines, policyOptions.policy(), outcomes, codes));
    summaryTo.flush();
    if (outcomes.containsKey(REJECTED)) {
      return ExitCode.BAD_INPUT;
    }
    return outcomes.containsKey(AuditOutcome.INCONSISTENT.name()) ? ExitCode.NOT_ADMISSIBLE : ExitCode.OK;
  }
}
