package io.github.cqpm.cli;

import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Messages;
import java.io.BufferedInputStream;
import tools.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm audit}: audits a JSON Lines file of dossiers, one line at a time (the file is never
 * loaded whole), one result line per dossier, in the input's order whatever the number of threads.
 * A line is read up to a cap and decoded on its own; whatever is wrong with it is that line's
 * {@code REJECTED} result, and the run always ends with its summary.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audit a JSON Lines file (UTF-8), one dossier a line: is each jury's declared "
        + "verdict consistent with the evidence and the jury's composition? Writes one result line "
        + "per dossier, in the input's order (to --out, or standard output), a REJECTED result with "
        + "the reason for each line that is not a dossier, and a summary: lines, blank lines "
        + "skipped, counts per outcome and per finding code.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every dossier consistent",
      "1:some dossier inconsistent",
      "2:some line rejected, or bad input or usage",
      "4:the report could not be written (disk full, closed pipe)",
      "5:internal error"
    })
final class AuditCommand implements Callable<Integer> {
  /** How often the progress meter is asked whether to update (it updates a few times a second). */
  private static final long PROGRESS_EVERY = 1_000;
  private static final long CHECK_OUTPUT_EVERY = 1_000;
  private static final String REJECTED = "REJECTED";
  /** The default cap of a line: a realistic dossier's line takes about 5 KB. */
  static final int DEFAULT_MAX_LINE_BYTES = 1_000_000;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOSSIERS.jsonl", description = "One dossier document per line, UTF-8; - reads standard input.")
  Path file;

  @Option(names = "--out", paramLabel = "REPORT.jsonl", description = "Where to write the result lines; the summary then goes to standard output.")
  Path out;

  @Option(names = "--html", paramLabel = "REPORT.html",
      description = "Also write an HTML report to look at: what was audited, the counts as charts, "
          + "the table of the dossiers not consistent and of the lines rejected with their reasons "
          + "(sortable, filterable; at most " + AuditPage.MAX_ROWS + " rows). One file, nothing "
          + "fetched: it opens offline.")
  Path html;

  @Option(names = "--csv", paramLabel = "REPORT.csv",
      description = "Also write the same table as CSV (RFC 4180, UTF-8 with a byte order mark), "
          + "every row.")
  Path csv;

  @Option(names = "--lang", defaultValue = "fr",
      description = "Language of the HTML and CSV reports: fr or en; default ${DEFAULT-VALUE}.")
  Language language;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "How many lines are decided at once; default: the number of processors. "
          + "The results come in the input's order whatever N.")
  void setThreads(int value) {
    threads = CountOption.atLeastOne(spec, "--threads", value);
  }

  private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;

  @Option(names = "--max-line-bytes", paramLabel = "N",
      description = "The longest line read, in bytes; a longer one is rejected without being held "
          + "in memory; default " + DEFAULT_MAX_LINE_BYTES + ".")
  void setMaxLineBytes(int value) {
    maxLineBytes = CountOption.atLeastOne(spec, "--max-line-bytes", value);
  }

  @Mixin PolicyOptions policyOptions;

  /** The input could not be read on: the run ends with {@link ExitCode#BAD_INPUT}. */
  private static final class InputFailed extends Exception {
    private static final long serialVersionUID = 1L;

    InputFailed(String message) {
      super(message);
    }
  }

  /** The first four bytes of the input, looked at and put back. */
  private static Utf8.Mark mark(InputStream in) throws IOException {
    in.mark(4);
    byte[] start = in.readNBytes(4);
    in.reset();
    return Utf8.Mark.of(start, start.length);
  }

  private static void closeQuietly(Writer writer) {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        // already reported: the report could not be written
      }
    }
  }

  /** The report could not be written: the run ends with {@link ExitCode#OUTPUT_FAILED}. */
  private static final class OutputFailed extends Exception {
    private static final long serialVersionUID = 1L;

    OutputFailed(String message) {
      super(message);
    }
  }

  /** The counts of a run, kept by the thread that writes, in the input's order. */
  private final class AuditRun {
    final JsonReport.Lines results;
    final PrintWriter stdout;
    final boolean toStdout;
    final Progress progress;
    final TrailInput input;
    final Map<String, Long> outcomes = new TreeMap<>();
    /** The table's CSV, written as rows come; null without --csv. */
    CsvReport table;
    /** The HTML table's rows, at most {@link AuditPage#MAX_ROWS}; then counted only. */
    final List<AuditPage.Row> rows = new ArrayList<>();
    long rowsLeftOut;
    final long[] codeCounts = new long[FindingCode.values().length];
    long lines;
    long blank;

    AuditRun(JsonReport.Lines results, PrintWriter stdout, boolean toStdout, TrailInput input,
        Progress progress) {
      this.results = results;
      this.stdout = stdout;
      this.toStdout = toStdout;
      this.input = input;
      this.progress = progress;
    }

    /** A row of the table: to the CSV at once, to the HTML while there is room. */
    private void row(long line, String candidate, String outcome, List<String> reasons) throws IOException {
      if (table != null) {
        table.record(List.of(Long.toString(line), candidate, outcome, String.join("\n", reasons)));
      }
      if (html != null) {
        if (rows.size() < AuditPage.MAX_ROWS) {
          rows.add(new AuditPage.Row(line, candidate, outcome, reasons));
        } else {
          rowsLeftOut++;
        }
      }
    }

    void consume(AuditResult result) throws OutputFailed {
      lines = result.line();
      try {
        if (result.blank()) {
          blank++;
        } else if (result.rejected()) {
          outcomes.merge(REJECTED, 1L, Long::sum);
          results.rejected(result.line(), result.error());
          row(result.line(), "", word("html.rejected"), List.of(result.error()));
        } else {
          outcomes.merge(result.outcome().name(), 1L, Long::sum);
          for (FindingCode code : result.codes()) {
            codeCounts[code.ordinal()]++;
          }
          results.audited(result);
          if (result.outcome() == AuditOutcome.INCONSISTENT) {
            row(result.line(), result.candidate(), Messages.label(result.outcome(), language.locale()),
                result.reasons());
          }
        }
      } catch (IOException | UncheckedIOException | JacksonException e) {
        throw new OutputFailed(AuditCommand.this.cannotWrite(e));
      }
      if (toStdout && lines % CHECK_OUTPUT_EVERY == 0 && stdout.checkError()) {
        throw new OutputFailed("cannot write the report to standard output");
      }
      if (progress != null && lines % PROGRESS_EVERY == 0) {
        progress.update(lines, input.bytes());
      }
    }

  }

  /** A word of the HTML and CSV reports, in their language. */
  private String word(String key) {
    return ResourceBundle.getBundle("io.github.cqpm.cli.Report", language.locale()).getString(key);
  }

  /** The input's size, when it is a regular file. */
  private static OptionalLong size(Path file) {
    try {
      return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  private String cannotWrite(Exception e) {
    String where = out == null ? "standard output" : InputFile.name(out);
    return "cannot write the report to " + where + ": "
        + Printable.of(Documents.firstLine(String.valueOf(e.getMessage())));
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    AuditRun run = null;
    int failure = ExitCode.OK;
    Instant started = Instant.now();
    try (TrailInput trail = new TrailInput(InputFile.open(file, Cqpm.stdin(spec)));
        InputStream in = new BufferedInputStream(trail)) {
      Utf8.Mark mark = mark(in);
      if (mark == Utf8.Mark.UTF_16 || mark == Utf8.Mark.UTF_32) {
        throw InputFile.notUtf8(file, mark);
      }
      Writer report = null;
      Writer table = null;
      try {
        report = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        table = csv == null ? null : Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        try (JsonReport.Lines results = new JsonReport.Lines(report == null ? stdout : report)) {
          run = new AuditRun(results, stdout, report == null, trail,
              Progress.isTerminal(Path.of("/proc/self/fd/2"))
                  ? new Progress(stderr, size(file), System::nanoTime) : null);
          if (table != null) {
            run.table = new CsvReport(table, List.of(word("html.line"), word("html.candidate"),
                word("html.outcome"), word("html.reasons")));
          }
          try {
            audit(new LineReader(in, maxLineBytes), run);
          } catch (InputFailed e) {
            stderr.println("error: " + e.getMessage());
            failure = ExitCode.BAD_INPUT;
          }
        }
        if (report != null) {
          report.close();
        }
        if (table != null) {
          table.close();
        }
      } catch (IOException | UncheckedIOException | JacksonException e) {
        throw new OutputFailed(cannotWrite(e));
      } finally {
        closeQuietly(report);
        closeQuietly(table);
      }
    } catch (InputFile.Unreadable e) {
      stderr.println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (OutputFailed e) {
      stderr.println("error: " + e.getMessage());
      return ExitCode.OUTPUT_FAILED;
    } catch (IOException e) {
      stderr.println("error: " + InputFile.unreadable(file, e).getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (run.progress != null) {
      run.progress.end(run.lines, run.input.bytes());
    }
    Map<String, Long> codes = new TreeMap<>();
    for (FindingCode code : FindingCode.values()) {
      if (run.codeCounts[code.ordinal()] > 0) {
        codes.put(code.name(), run.codeCounts[code.ordinal()]);
      }
    }
    AuditTrail auditTrail = new AuditTrail(Main.version(), file.toString(),
        run.input.bytes(), run.input.sha256(), started, Instant.now());
    if (html != null) {
      try (Writer page = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        page(run, codes, auditTrail).write(page);
      } catch (IOException | UncheckedIOException | JacksonException e) {
        stderr.println("error: cannot write the HTML report to " + InputFile.name(html) + ": "
            + Printable.of(Documents.firstLine(String.valueOf(e.getMessage()))));
        return ExitCode.OUTPUT_FAILED;
      }
    }
    PrintWriter summaryTo = out == null ? stderr : stdout;
    summaryTo.println(JsonReport.summary(run.lines, run.blank, policyOptions.policy(), run.outcomes,
        codes, auditTrail));
    summaryTo.flush();
    if (stdout.checkError()) {
      stderr.println("error: cannot write to standard output");
      return ExitCode.OUTPUT_FAILED;
    }
    if (failure != ExitCode.OK || run.outcomes.containsKey(REJECTED)) {
      return ExitCode.BAD_INPUT;
    }
    return run.outcomes.containsKey(AuditOutcome.INCONSISTENT.name())
        ? ExitCode.NOT_ADMISSIBLE : ExitCode.OK;
  }

  /** A batch of lines handed to a worker at once: at most this many lines, */
  private static final int BATCH_LINES = 256;
  /** or this many bytes, whichever comes first, so that a batch's memory is bounded. */
  private static final long BATCH_BYTES = 512 * 1024;

  /**
   * Reads the lines and decides them, on this thread alone or on {@code threads} workers while
   * this thread reads and writes. Lines go in batches (few hand-overs between threads), at
   * most {@code 2 × threads} batches in flight (so memory is bounded by the batches' bytes and the
   * line cap), and results are consumed in the input's order.
   */
  private void audit(LineReader reader, AuditRun run) throws InputFailed, OutputFailed {
    if (threads == 1) {
      LineReader.Line line;
      while ((line = next(reader, run)) != null) {
        run.consume(decide(line));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread worker = new Thread(task, "cqpm-audit");
      worker.setDaemon(true);
      return worker;
    });
    try {
      ArrayDeque<Future<List<AuditResult>>> window = new ArrayDeque<>();
      int inFlight = 2 * threads;
      List<LineReader.Line> batch = new ArrayList<>(BATCH_LINES);
      long bytes = 0;
      LineReader.Line line;
      while ((line = next(reader, run)) != null) {
        batch.add(line);
        bytes += line.tooLong() ? 0 : line.bytes().length;
        if (batch.size() == BATCH_LINES || bytes >= BATCH_BYTES) {
          if (window.size() == inFlight) {
            consume(run, await(window.poll()));
          }
          // this thread is one of the N: it decides one batch in N itself, the workers the others
          List<LineReader.Line> full = batch;
          window.add(pool.submit(() -> decide(full)));
          batch = new ArrayList<>(BATCH_LINES);
          bytes = 0;
        }
      }
      if (!batch.isEmpty()) {
        List<LineReader.Line> last = batch;
        window.add(pool.submit(() -> decide(last)));
      }
      while (!window.isEmpty()) {
        consume(run, await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<AuditResult> decide(List<LineReader.Line> batch) {
    List<AuditResult> results = new ArrayList<>(batch.size());
    for (LineReader.Line line : batch) {
      results.add(decide(line));
    }
    return results;
  }

  private static void consume(AuditRun run, List<AuditResult> results) throws OutputFailed {
    for (AuditResult result : results) {
      run.consume(result);
    }
  }

  /** The next line; a failure to read on ends the run, after the lines already audited. */
  private LineReader.Line next(LineReader reader, AuditRun run) throws InputFailed {
    try {
      return reader.next();
    } catch (IOException e) {
      throw new InputFailed(InputFile.name(file) + ": cannot be read after line " + run.lines
          + " (" + Printable.of(Documents.firstLine(String.valueOf(e.getMessage()))) + ")");
    }
  }

  /** The HTML report's content: the counts as bars, the outcomes in their order, codes by count. */
  private AuditPage page(AuditRun run, Map<String, Long> codes, AuditTrail trail) {
    Locale locale = language.locale();
    long most = run.outcomes.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<AuditPage.Bar> outcomes = new ArrayList<>();
    for (AuditOutcome outcome : AuditOutcome.values()) {
      long count = run.outcomes.getOrDefault(outcome.name(), 0L);
      outcomes.add(new AuditPage.Bar(Messages.label(outcome, locale), outcome.name(), count,
          (int) (100 * count / most)));
    }
    long rejected = run.outcomes.getOrDefault(REJECTED, 0L);
    outcomes.add(new AuditPage.Bar(word("html.rejected"), REJECTED, rejected, (int) (100 * rejected / most)));
    long mostCodes = codes.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<AuditPage.Bar> codeBars = new ArrayList<>();
    codes.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> codeBars.add(new AuditPage.Bar(e.getKey(), e.getKey(), e.getValue(),
            (int) (100 * e.getValue() / mostCodes))));
    return new AuditPage(locale, trail, DecisionReport.policy(policyOptions.policy(), locale), run.lines,
        run.blank, outcomes, codeBars, run.rows, run.rowsLeftOut);
  }

  private AuditResult decide(LineReader.Line line) {
    return AuditResult.of(line, maxLineBytes,
        dossier -> policyOptions.rules(ReferentialCatalog.bundled(), dossier.getCertification())
            .audit(dossier), html != null || csv != null ? language.locale() : null);
  }

  private static List<AuditResult> await(Future<List<AuditResult>> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the audit was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
