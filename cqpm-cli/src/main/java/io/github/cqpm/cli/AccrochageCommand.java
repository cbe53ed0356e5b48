package io.github.cqpm.cli;

import io.github.cqpm.cdc.Accrochage;
import io.github.cqpm.cdc.CdcFormatException;
import io.github.cqpm.cdc.CdcSchema;
import io.github.cqpm.cdc.FluxAction;
import io.github.cqpm.cdc.FluxHeader;
import io.github.cqpm.cdc.Holder;
import io.github.cqpm.cdc.HolderJson;
import io.github.cqpm.cdc.Passage;
import io.github.cqpm.cdc.PassageId;
import io.github.cqpm.jackson3.CqpmJson;
import io.github.cqpm.jackson3.InvalidJsonException;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm accrochage}: the declaration of the CQPM's holders to the Caisse des Dépôts, from a
 * JSON Lines file of dossiers and a holders file kept apart. Every dossier is decided; each
 * admissible one is a passage, paired with its holder by candidate. Whatever is wrong (a line
 * rejected, an admissible dossier without a holder, a holder without a dossier) is named, every
 * one, and nothing is written: a flux is written whole, checked against the CDC's schema, or not
 * at all.
 */
@Command(
    name = "accrochage",
    mixinStandardHelpOptions = true,
    description = "Declare the CQPM's holders to the Caisse des Dépôts: write the \"accrochage\" "
        + "flux (XML, the CDC's schema " + CdcSchema.VERSION + ") from a JSON Lines file of "
        + "dossiers and one of holders. A passage for each dossier decided ADMISSIBLE; blocks "
        + "attested without the CQPM are not sent (the format cannot say them) and are counted. "
        + "A summary goes to standard error.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the flux is written",
      "1:no dossier is admissible: nothing to declare, no flux written",
      "2:a line rejected, an admissible dossier without a holder, a holder without a dossier, "
          + "or bad usage: every one named, no flux written",
      "4:the flux could not be written",
      "5:internal error"
    })
final class AccrochageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOSSIERS.jsonl", description = "One dossier document per line, UTF-8.")
  Path dossiers;

  @Option(names = "--holders", required = true, paramLabel = "HOLDERS.jsonl",
      description = "One holder per line, UTF-8: {\"candidate\": …, \"titulaire\" | "
          + "\"identifiantNational\" | \"dossierFormation\": {…}, \"voieAccessVAE\": …}.")
  Path holders;

  @Option(names = "--id-client", required = true, paramLabel = "ID",
      description = "The sender's client identifier at the CDC (8 characters).")
  String idClient;

  @Option(names = "--id-contrat", required = true, paramLabel = "ID",
      description = "The certifier's contract with the CDC (at most 20 characters).")
  String idContrat;

  @Option(names = "--certifier-id-client", paramLabel = "ID",
      description = "The certifier's client identifier, when another than the sender's.")
  String certifierIdClient;

  @Option(names = "--id-flux", paramLabel = "ID",
      description = "The flux's identifier (at most 50 characters); default: cqpm- and the time "
          + "it is made, e.g. cqpm-20261202T174300.")
  String idFlux;

  @Option(names = "--action", paramLabel = "ACTION",
      description = "CREATION or SUPPRESSION; default: left out (a creation).")
  FluxAction action;

  @Option(names = "--out", paramLabel = "FLUX.xml",
      description = "Where to write the flux; default: standard output.")
  Path out;

  @Mixin PolicyOptions policyOptions;

  /** The most passages a flux declares unless --max-passages says otherwise. */
  static final int DEFAULT_MAX_PASSAGES = 100_000;

  private int maxPassages = DEFAULT_MAX_PASSAGES;

  @Option(names = "--max-passages", paramLabel = "N",
      description = "The most passages one flux declares, and so the most holders read: what the "
          + "declaration holds in memory until it is written. A larger declaration is refused, to be split "
          + "into several flux. Default: " + DEFAULT_MAX_PASSAGES + ".")
  void setMaxPassages(int value) {
    maxPassages = CountOption.atLeastOne(spec, "--max-passages", value);
  }

  /** How many problems stop the flux; each is printed as it is found, so memory does not grow. */
  private long problemCount;
  /** How many lines of the holders could not be read as a holder: whose holders they are, no one knows. */
  private long unreadHolderLines;

  private void problem(String text) {
    problemCount++;
    spec.commandLine().getErr().println("error: " + text);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    OffsetDateTime now = OffsetDateTime.now(Clock.systemDefaultZone());
    FluxHeader header;
    try {
      header = new FluxHeader(idFlux != null ? idFlux
          : "cqpm-" + now.format(DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")), now,
          Optional.ofNullable(action), idClient,
          certifierIdClient != null ? certifierIdClient : idClient, idContrat);
    } catch (InvalidValueException e) {
      err.println("error: " + option(e) + ": " + Printable.of(e.getProblem()));
      return ExitCode.BAD_INPUT;
    }
    Accrochage declaration;
    try {
      declaration = new Accrochage(readHolders(), now.toLocalDate());
      readDossiers(declaration);
    } catch (InputFile.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    String unread = unreadHolderLines == 0 ? "" : " (" + unreadHolderLines
        + (unreadHolderLines == 1 ? " line of it, above, could not be read" : " lines of it, above, could not be read")
        + ")";
    for (Candidate candidate : declaration.getWithoutHolder()) {
      problem(InputFile.name(dossiers) + ": the candidate " + candidate.getId()
          + " is admissible and has no holder in " + InputFile.name(holders) + unread);
    }
    notListed(declaration.getWithoutHolderCount() - declaration.getWithoutHolder().size(),
        InputFile.name(dossiers) + ": and %,d more admissible dossier(s) without a holder, not listed");
    for (Candidate candidate : declaration.getHoldersWithoutDossier()) {
      problem(InputFile.name(holders) + ": the holder of " + candidate.getId() + " has no dossier in "
          + InputFile.name(dossiers));
    }
    for (PassageId repeated : declaration.getRepeated()) {
      problem(InputFile.name(dossiers) + ": the passage " + repeated + " is given twice");
    }
    notListed(declaration.getRepeatedCount() - declaration.getRepeated().size(),
        InputFile.name(dossiers) + ": and %,d more passage(s) given twice, not listed");
    for (String contradiction : declaration.getContradictions()) {
      problem(InputFile.name(holders) + ": " + contradiction);
    }
    if (problemCount > 0) {
      err.println("no flux written: " + problemCount + " problem" + (problemCount == 1 ? "" : "s"));
      return ExitCode.BAD_INPUT;
    }
    if (declaration.getPassages().isEmpty()) {
      summary(err, declaration, "no flux written: no dossier is admissible, nothing to declare");
      return ExitCode.NOTHING_TO_DECLARE;
    }
    try {
      write(declaration, header);
    } catch (IOException e) {
      err.println("error: cannot write the flux to " + (out == null ? "standard output" : InputFile.name(out))
          + ": " + Printable.of(Documents.firstLine(String.valueOf(e.getMessage()))));
      return ExitCode.OUTPUT_FAILED;
    } catch (CdcFormatException e) {
      err.println("internal error: the flux written is refused by the CDC's schema: "
          + Printable.of(e.getMessage()));
      return ExitCode.INTERNAL_ERROR;
    }
    summary(err, declaration, declaration.getPassages().size() + " passage"
        + (declaration.getPassages().size() == 1 ? "" : "s") + " written to "
        + (out == null ? "standard output" : InputFile.name(out)) + " (idFlux " + Printable.of(header.idFlux()) + ")");
    return ExitCode.OK;
  }

  /** Problems the declaration counted past those it lists: one line, each of them counted. */
  private void notListed(long count, String format) {
    if (count > 0) {
      spec.commandLine().getErr().println("error: " + String.format(Locale.ROOT, format, count));
      problemCount += count;
    }
  }

  /** The option an invalid header value came from. */
  private static String option(InvalidValueException e) {
    switch (e.getProperty()) {
      case "idFlux":
        return "--id-flux";
      case "idContrat":
        return "--id-contrat";
      case "certificateur.idClient":
        return "--certifier-id-client";
      default:
        return "--id-client";
    }
  }

  private static void summary(PrintWriter err, Accrochage declaration, String result) {
    err.println(result);
    err.println("  dossiers: " + declaration.getDecided() + " decided, " + declaration.getNotAdmissible()
        + " not admissible (not declared), of which " + declaration.getBlocksOnly()
        + " with blocks attested without the CQPM (the flux cannot say blocks)");
    List<Passage> late = declaration.getLate();
    if (!late.isEmpty()) {
      err.println("  late: " + late.size() + " passage" + (late.size() == 1 ? "" : "s")
          + " past the three months after the jury (Code du travail, L. 6113-8), e.g. "
          + late.get(0).candidate().getId() + ", jury " + late.get(0).juryDate() + ", deadline "
          + late.get(0).deadline());
    }
    err.flush();
  }

  /**
   * Writes the flux to a file beside the destination (or a temporary one for standard output),
   * checks it against the schema, then moves it into place or copies it out: nothing is half
   * written where it is expected.
   */
  private void write(Accrochage declaration, FluxHeader header) throws IOException, CdcFormatException {
    Path directory = out == null ? null : out.toAbsolutePath().getParent();
    Path temporary = directory == null ? Files.createTempFile("cqpm-flux-", ".xml")
        : Files.createTempFile(directory, ".cqpm-flux-", ".xml");
    try {
      try (OutputStream file = Files.newOutputStream(temporary)) {
        declaration.write(header, file);
      }
      try (InputStream written = Files.newInputStream(temporary)) {
        CdcSchema.check(new BufferedInputStream(written), temporary.toString());
      }
      if (out != null) {
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        PrintWriter stdout = spec.commandLine().getOut();
        try (var reader = Files.newBufferedReader(temporary, StandardCharsets.UTF_8)) {
          reader.transferTo(stdout);
        }
        stdout.flush();
        if (stdout.checkError()) {
          throw new IOException("the output was closed");
        }
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The holders, each candidate once; every bad line is a problem, named with its line. */
  private List<Holder> readHolders() throws InputFile.Unreadable {
    List<Holder> read = new ArrayList<>();
    Map<String, Long> lineOf = new HashMap<>();
    long undecoded = forEachLine(holders, line -> {
      try {
        Holder holder = CqpmJson.read(HolderJson.HOLDER, line.text());
        Long first = lineOf.putIfAbsent(holder.candidate().getId(), line.number());
        if (first == null && read.size() == maxPassages) {
          throw tooMany(holders, line, "holders");
        }
        if (first != null) {
          problem(InputFile.name(holders) + ":" + line.number() + ": the candidate "
              + holder.candidate().getId() + " has a holder already, line " + first);
        } else {
          read.add(holder);
        }
      } catch (InvalidJsonException e) {
        problem(InputFile.name(holders) + ":" + line.number() + ": " + JsonLine.error(e));
        unreadHolderLines++;
      } catch (RuntimeException e) {
        problem(InputFile.name(holders) + ":" + line.number() + ": "
            + Printable.of(Documents.firstLine(String.valueOf(e.getMessage()))));
        unreadHolderLines++;
      }
    });
    unreadHolderLines += undecoded;
    return read;
  }

  /** Decides each dossier into the declaration; every bad line is a problem. */
  private void readDossiers(Accrochage declaration) throws InputFile.Unreadable {
    forEachLine(dossiers, line -> {
      try {
        Dossier dossier = CqpmJson.readDossier(line.text());
        declaration.add(dossier, policyOptions.rules(ReferentialCatalog.bundled(),
            dossier.getCertification()).decide(dossier).outcome());
        // the (at most Accrochage.LISTED) passages kept without a holder are already problems
        if (declaration.getPassageCount() - declaration.getWithoutHolder().size() > maxPassages) {
          throw tooMany(dossiers, line, "passages");
        }
      } catch (InvalidJsonException e) {
        problem(InputFile.name(dossiers) + ":" + line.number() + ": " + JsonLine.error(e));
      } catch (RuntimeException e) {
        problem(InputFile.name(dossiers) + ":" + line.number() + ": cannot be decided: "
            + Printable.of(Documents.firstLine(String.valueOf(e.getMessage()))));
      }
    });
  }

  /** The declaration grows past --max-passages at this line: it is refused, nothing written. */
  private InputFile.Unreadable tooMany(Path file, JsonLine line, String what) {
    return new InputFile.Unreadable(String.format(Locale.ROOT, "%s:%d: more than %,d %s: one flux declares at "
        + "most %,d passages (--max-passages); split the declaration into several flux, or raise --max-passages",
        InputFile.name(file), line.number(), maxPassages, what, maxPassages));
  }

  /** What is done with each line that is not blank and decodes. */
  @FunctionalInterface
  private interface LineAction {
    void accept(JsonLine line) throws InputFile.Unreadable;
  }

  /** Hands each line that decodes to {@code action}; returns how many did not decode (each a problem). */
  private long forEachLine(Path file, LineAction action) throws InputFile.Unreadable {
    long undecoded = 0;
    try (InputStream in = new BufferedInputStream(InputFile.open(file))) {
      LineReader reader = new LineReader(in, AuditCommand.DEFAULT_MAX_LINE_BYTES);
      LineReader.Line next;
      while ((next = reader.next()) != null) {
        JsonLine line = JsonLine.of(next, AuditCommand.DEFAULT_MAX_LINE_BYTES, null);
        if (line.error() != null) {
          problem(InputFile.name(file) + ":" + line.number() + ": " + line.error());
          undecoded++;
        } else if (!line.blank()) {
          action.accept(line);
        }
      }
    } catch (IOException e) {
      throw InputFile.unreadable(file, e);
    }
    return undecoded;
  }
}
