package io.github.cqpm.cli;

import io.github.cqpm.jackson3.CqpmJson;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rncp.ImportedFiche;
import io.github.cqpm.rncp.RncpFiche;
import io.github.cqpm.rncp.RncpFormatException;
import io.github.cqpm.rncp.RncpImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Period;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm referential}: the bundled référentiel RNCP 19453; or, with {@code --from-rncp}, the
 * fiches of France Compétences' RNCP export.
 */
@Command(name = "referential", mixinStandardHelpOptions = true,
    description = "Print the bundled référentiel RNCP 19453, in the fiche's French; or, from an RNCP export "
        + "(France Compétences, flux 4.1), list its fiches or print one as a référentiel.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed (--check: every fiche with blocks imports)",
      "1:--check: a fiche with blocks, or a fiche that cannot be read, does not import",
      "2:bad input or usage (an export that is not the flux 4.1, with its line and column; a fiche "
          + "the export lacks or that cannot be a référentiel, with why)",
      "4:the output could not be written (disk full, closed pipe)",
      "5:internal error"
    })
final class ReferentialCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json; default ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--from-rncp", paramLabel = "EXPORT.xml",
      description = "France Compétences' RNCP export (flux 4.1), read one fiche at a time.")
  Path export;

  @Option(names = "--list", description = "With --from-rncp: one line per fiche: its number, active or inactive, "
      + "its blocks, its competences, its title; a fiche that cannot be read: illisible and why (the export is "
      + "read on).")
  boolean list;

  @Option(names = "--check", description = "With --from-rncp: import every fiche, one line each (number, imported "
      + "or why not, blocks, competences, notes; a fiche that cannot be read is refused alone, the export read "
      + "on), then the count imported; exit 0 when every fiche with blocks imports, 1 otherwise.")
  boolean check;

  @Option(names = "--fiche", paramLabel = "RNCPnnnnn", description = "With --from-rncp: that fiche as a référentiel, "
      + "in --format text or json (the référentiel document), or why it cannot be one.")
  String fiche;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int asked = (list ? 1 : 0) + (check ? 1 : 0) + (fiche != null ? 1 : 0);
    if (export == null && asked > 0 || export != null && asked != 1) {
      err.println("error: name an export and what to read from it: --from-rncp EXPORT.xml --list,"
          + " --from-rncp EXPORT.xml --check, or --from-rncp EXPORT.xml --fiche RNCPnnnnn");
      return ExitCode.BAD_INPUT;
    }
    if (list) {
      return listExport(out, err);
    }
    if (check) {
      return checkExport(out, err);
    }
    Referential ref;
    try {
      ref = fiche == null ? Referentials.rncp19453() : RncpExport.referential(export, fiche);
    } catch (InputFile.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (format == Format.json) {
      out.print(CqpmJson.write(ref));
    } else {
      out.printf("RNCP %d — %s%n", ref.getNumber(), Printable.of(ref.getTitle()));
      out.printf("Certificateur : %s%s%n", Printable.of(ref.getCertifier().getName()),
          ref.getCertifier().getSignatoryQuality().map(q -> " (" + Printable.of(q) + ")").orElse(""));
      out.printf("Enregistrement : du %s au %s%n",
          ref.getRegistration().getFirstDay().map(Object::toString).orElse("(non précisé)"),
          ref.getRegistration().getEndDay().map(Object::toString).orElse("(non précisé)"));
      out.printf("Validité des composantes acquises : %s%n%n",
          ref.getComponentValidity().map(Period::toString).orElse("non précisée"));
      for (Block block : ref.getBlocks()) {
        out.printf("%s  %s%n", block.getCode(), Printable.of(block.getTitle()));
        block.getCapacities().forEach(c -> out.printf("    %s  %s%n", c, Printable.of(ref.getCapacity(c).orElseThrow().getLabel())));
      }
      out.println();
      out.println("Modalités d'évaluation (l'une ou l'autre, et l'avis de l'entreprise) :");
      for (ModalityDescription m : ref.getBlocks().get(0).getEvaluation().getModalities()) {
        out.printf("    %s%s%n", m.getTitle(), m.getModality().isOnlyIfNecessary() ? " (si nécessaire)" : "");
      }
      ref.getBlocks().get(0).getEvaluation().getStatement().ifPresent(s -> out.printf("    %s%n", Printable.of(s)));
      out.println();
      out.println("Conditions d'inscription :");
      for (AccessCondition c : ref.getAccessConditions()) {
        out.printf("    %-28s %s%s%n", c.getRoute(), c.isOpen() ? "oui" : "non",
            c.getJuryComposition().isPresent() ? ", jury paritaire" : "");
      }
      out.printf("Accessible en Nouvelle Calédonie : %s ; en Polynésie Française : %s%n%n",
          ref.isAccessibleInNewCaledonia() ? "oui" : "non", ref.isAccessibleInFrenchPolynesia() ? "oui" : "non");
      for (CertificationPath path : ref.getPaths()) {
        out.printf("Parcours %s : %s%n", path.getKind(), path.getStepOrder());
      }
      if (!ref.getNotes().isEmpty()) {
        out.println();
        out.println("Notes :");
        ref.getNotes().forEach(note -> out.printf("    %s%n", Printable.of(note)));
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  /** One line per fiche of the export, read one fiche at a time. */
  private int listExport(PrintWriter out, PrintWriter err) {
    if (format != Format.text) {
      err.println("error: --list prints text; --format json takes a fiche: --fiche RNCPnnnnn");
      return ExitCode.BAD_INPUT;
    }
    try {
      RncpExport.forEach(export,
          fiche -> out.printf("%-11s %-8s %3d blocs %4d compétences  %s%n", fiche.number(),
              fiche.active() ? "active" : "inactive", fiche.blocks().size(), fiche.competences().size(),
              Printable.of(fiche.title().strip())),
          refused -> out.printf("%-11s %-8s %s%n", refused.getFicheNumber().orElse("?"), "illisible",
              Printable.of(refused.getMessage())));
    } catch (InputFile.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Every fiche imported, one line each, then the count; read one fiche at a time. */
  private int checkExport(PrintWriter out, PrintWriter err) {
    if (format != Format.text) {
      err.println("error: --check prints text; --format json takes a fiche: --fiche RNCPnnnnn");
      return ExitCode.BAD_INPUT;
    }
    int[] counts = new int[3]; // fiches, imported, without blocks
    try {
      RncpExport.importEach(export, new RncpImport.Each() {
        @Override
        public void imported(RncpFiche read, ImportedFiche imported) {
          counts[0]++;
          if (read.blocks().isEmpty()) {
            counts[2]++;
          }
          if (imported.referential().isPresent()) {
            counts[1]++;
            Referential ref = imported.referential().get();
            out.printf("%-11s importée  %3d blocs %4d compétences %3d notes%n", read.number(),
                ref.getBlocks().size(), ref.getCapacities().size(), ref.getNotes().size());
          } else {
            out.printf("%-11s refusée   %s%n", read.number(), Printable.of(String.join(" ; ", imported.problems())));
          }
        }

        @Override
        public void refused(RncpFormatException refused) {
          counts[0]++;
          out.printf("%-11s refusée   %s%n", refused.getFicheNumber().orElse("?"),
              Printable.of(refused.getMessage()));
        }
      });
    } catch (InputFile.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    out.printf("imported %d of %d fiches (%d without blocks)%n", counts[1], counts[0], counts[2]);
    out.flush();
    return counts[1] == counts[0] - counts[2] ? ExitCode.OK : ExitCode.NOT_ALL_IMPORTED;
  }
}
