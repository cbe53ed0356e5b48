package io.github.cqpm.cli;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cqpm referential}: the bundled référentiel RNCP 19453. */
@Command(name = "referential", mixinStandardHelpOptions = true,
    description = "Print the bundled référentiel RNCP 19453, in the fiche's French.")
final class ReferentialCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json; default ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Referential ref = Referentials.rncp19453();
    if (format == Format.json) {
      out.print(CqpmJson.write(ref));
    } else {
      out.printf("RNCP %d — %s%n", ref.getNumber(), ref.getTitle());
      out.printf("Certificateur : %s (%s)%n", ref.getCertifier().getName(), ref.getCertifier().getSignatoryQuality());
      out.printf("Enregistrement : du %s au %s%n", ref.getRegistration().getEffectiveDate(), ref.getRegistration().getEndDate());
      out.printf("Validité des composantes acquises : %s%n%n", ref.getComponentValidity());
      for (Block block : ref.getBlocks()) {
        out.printf("%s  %s%n", block.getCode(), block.getTitle());
        block.getCapacities().forEach(c -> out.printf("    %s  %s%n", c, ref.getCapacity(c).orElseThrow().getLabel()));
      }
      out.println();
      out.println("Modalités d'évaluation (l'une ou l'autre, et l'avis de l'entreprise) :");
      for (ModalityDescription m : ref.getBlocks().get(0).getEvaluation().getModalities()) {
        out.printf("    %s%s%n", m.getTitle(), m.getModality().isOnlyIfNecessary() ? " (si nécessaire)" : "");
      }
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
    }
    out.flush();
    return ExitCode.OK;
  }
}
