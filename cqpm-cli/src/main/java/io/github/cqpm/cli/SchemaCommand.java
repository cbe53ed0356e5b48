package io.github.cqpm.cli;

import io.github.cqpm.jackson.CqpmJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cqpm schema}: the JSON Schema of dossier (or référentiel) documents. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of dossier documents.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--referential", description = "Print the schema of référentiel documents instead.")
  boolean referential;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(referential ? CqpmJson.referentialSchema() : CqpmJson.dossierSchema());
    out.flush();
    return ExitCode.OK;
  }
}
