package io.github.cqpm.cli;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.decision.Decision;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    description = "Decide on a dossier: the verdict, block by block and capacity by capacity, "
        + "the validity dates, the jury's tally, and every finding with the fiche's sentence. "
        + "Exit code 0 when admissible, 1 when not, 2 on bad input.")
final class DecideCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DOSSIER.json", description = "A dossier document.")
  Path file;

  @Option(names = "--lang", defaultValue = "fr", description = "fr (the fiche's language) or en; default ${DEFAULT-VALUE}.")
  Language language;

  @Option(names = "--format", defaultValue = "text", description = "text or json; default ${DEFAULT-VALUE}.")
  Format format;

  @Mixin PolicyOptions policyOptions;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Dossier dossier;
    try {
      dossier = Documents.dossier(file);
    } catch (Documents.Unreadable e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    CqpmRules rules = policyOptions.rules();
    RulePolicy policy = rules.getPolicy();
    Decision<DossierOutcome> decision = rules.decide(dossier);
    if (format == Format.json) {
      out.println(JsonReport.decision(dossier, decision, policy, language.locale()));
    } else {
      new TextReport(language.locale(), out)
          .decision(dossier, decision, rules.audit(dossier), policy);
    }
    out.flush();
    return decision.outcome().verdict() == Verdict.ADMISSIBLE ? ExitCode.OK : ExitCode.NOT_ADMISSIBLE;
  }
}
