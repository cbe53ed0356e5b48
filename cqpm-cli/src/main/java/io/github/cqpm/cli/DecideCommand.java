package io.github.cqpm.cli;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.francevae.FranceVae;
import io.github.cqpm.rules.francevae.FranceVaeResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cqpm decide}: the decision on one dossier, with every reason. */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = "Decide on a dossier against the référentiel of the certification it names: "
        + "the decision (the jury's verdict, bounded by the evidence), the votes' verdict, the "
        + "declared verdict, what the evidence calls for, block by block and capacity by capacity "
        + "with the validity dates, the audit of the declared verdict, and every finding with the "
        + "fiche's sentence.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:admissible (or, for a candidacy that targets some blocks, every targeted block validated)",
      "1:not admissible (or the target not met)",
      "2:bad input or usage",
      "3:no valid verdict: an irregular deliberation (composition, quorum, a tie left "
          + "unresolved), no verdict yet (no jury, or nothing recorded), a candidate absent or excused "
          + "(--format france-vae: no result, or CANDIDAT_ABSENT / CANDIDAT_EXCUSE)",
      "4:the output could not be written (disk full, closed pipe)",
      "5:internal error"
    })
final class DecideCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOSSIER.json", description = "A dossier document; - reads standard input.")
  Path file;

  @Option(names = "--lang", defaultValue = "fr", description = "fr (the fiche's language) or en; default ${DEFAULT-VALUE}.")
  Language language;

  @Option(names = "--format", defaultValue = "text", converter = DecisionFormat.Converter.class,
      completionCandidates = DecisionFormat.Names.class,
      description = "text, json (the decision document) or france-vae (the result as France VAE records it: "
          + "resultat, estViseePartiellement, blocs, commentaire); default ${DEFAULT-VALUE}.")
  DecisionFormat format;

  @Mixin PolicyOptions policyOptions;

  @Option(names = "--referential-from-rncp", paramLabel = "EXPORT.xml",
      description = "Decide against the fiche the dossier names, read from France Compétences' RNCP export "
          + "(flux 4.1), when no référentiel of that number is bundled.")
  Path export;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dossier dossier;
    ReferentialCatalog catalog = ReferentialCatalog.bundled();
    try {
      String text = InputFile.text(file, Cqpm.stdin(spec));
      if (export != null) {
        catalog = withExportFiche(catalog, text);
      }
      dossier = Documents.dossier(file, text, catalog);
    } catch (InputFile.Unreadable e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    CqpmRules rules = policyOptions.rules(catalog, dossier.getCertification());
    Decision<DossierOutcome> decision = rules.decide(dossier);
    if (format == DecisionFormat.FRANCE_VAE) {
      Optional<FranceVaeResult> result = FranceVae.of(dossier, decision.outcome(), rules.getReferential());
      if (result.isEmpty()) {
        spec.commandLine().getErr().println("no France VAE result: the decision has no verdict ("
            + decision.outcome().ruling() + ")");
        return ExitCode.NO_VALID_VERDICT;
      }
      out.println(JsonReport.franceVae(result.get()));
    } else if (format == DecisionFormat.HTML) {
      try {
        HtmlPages.write("decision.jte", DecisionReport.of(dossier, decision, rules, language.locale()), out);
      } catch (IOException e) {
        spec.commandLine().getErr().println("error: cannot write the report: "
            + Printable.of(String.valueOf(e.getMessage())));
        return ExitCode.OUTPUT_FAILED;
      }
    } else if (format == DecisionFormat.JSON) {
      out.println(JsonReport.decision(dossier, decision, rules, language.locale()));
    } else {
      new TextReport(out).print(DecisionReport.of(dossier, decision, rules, language.locale()));
    }
    out.flush();
    return exitCode(decision.outcome().ruling());
  }

  /**
   * The catalogue with the référentiel of the fiche the dossier names, read from the export, unless
   * the catalogue holds one of that number already (the bundled RNCP 19453), which then decides:
   * said on standard error. A dossier whose certification cannot be read is left to the strict
   * reader, which says why.
   */
  private ReferentialCatalog withExportFiche(ReferentialCatalog catalog, String dossier)
      throws InputFile.Unreadable {
    Optional<RncpNumber> named = Documents.certification(dossier);
    if (named.isEmpty()) {
      return catalog;
    }
    if (catalog.find(named.get()).isPresent()) {
      spec.commandLine().getErr().println("note: " + named.get() + " is bundled; the bundled référentiel decides,"
          + " not the export's fiche");
      return catalog;
    }
    return catalog.with(RncpExport.referential(export, named.get().toString()));
  }

  /**
   * The exit code of a ruling: 0 admissible (or a partial target met), 1 not admissible (or a
   * partial target not met), 3 no valid verdict (an irregular deliberation, no verdict yet, a
   * candidate absent or excused).
   */
  static int exitCode(Ruling ruling) {
    switch (ruling) {
      case ADMISSIBLE:
      case TARGET_MET:
        return ExitCode.OK;
      case NOT_ADMISSIBLE:
      case TARGET_NOT_MET:
        return ExitCode.NOT_ADMISSIBLE;
      default:
        return ExitCode.NO_VALID_VERDICT;
    }
  }
}
