package io.github.cqpm.cli;

import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.rules.json.DecisionDocument;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cqpm schema}: the JSON Schema of dossier, référentiel or decision documents. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of dossier documents.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Which document's schema, if not a dossier's: one at most. */
  static final class Document {
    @Option(names = "--referential",
        description = "Print the schema of référentiel documents instead.")
    boolean referential;

    @Option(names = "--decision",
        description = "Print the schema of decisions (decide --format json) instead.")
    boolean decision;
  }

  @ArgGroup(exclusive = true)
  Document document;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (document == null) {
      out.print(CqpmFormat.dossierSchema());
    } else {
      out.print(document.referential ? CqpmFormat.referentialSchema() : DecisionDocument.schema());
    }
    out.flush();
    return ExitCode.OK;
  }
}
