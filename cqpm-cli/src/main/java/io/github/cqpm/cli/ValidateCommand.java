package io.github.cqpm.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cqpm.jackson3.CqpmJson;
import io.github.cqpm.json.CqpmFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import io.github.cqpm.jackson3.InvalidJsonException;
import io.github.cqpm.model.dossier.Dossier;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm validate}: every error of a dossier document at once, each with its JSON pointer:
 * the JSON Schema's, the strict reader's, and the Bean Validation constraints' (conformity to the
 * fiche).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate a dossier document against the JSON Schema, the strict reader and the "
        + "Bean Validation constraints (conformity to the fiche); print every error at once, each "
        + "as 'JSON pointer: message'.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:valid",
      "2:some error, or bad input or usage",
      "4:the output could not be written (disk full, closed pipe)",
      "5:internal error"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.json", description = "A dossier document; - reads standard input.")
  java.nio.file.Path file;

  @Option(names = "--lang", defaultValue = "fr", description = "Language of the messages (the JSON Schema's and the conformity's): fr or en; default ${DEFAULT-VALUE}.")
  Language language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = InputFile.text(file, Cqpm.stdin(spec));
    } catch (InputFile.Unreadable e) {
      err.println("error: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    List<String> errors = new ArrayList<>();
    Dossier dossier = null;
    try {
      dossier = CqpmJson.readDossier(text);
    } catch (InvalidJsonException e) {
      errors.add(Documents.problem(e) + (e.getLine() > 0
          ? " (line " + e.getLine() + ", column " + e.getColumn() + ")" : ""));
    } catch (JacksonException | UncheckedIOException e) {
      err.println("error: " + InputFile.name(file) + ": " + Printable.of(Documents.firstLine(e.getMessage())));
      return ExitCode.BAD_INPUT;
    }
    if (isOneJsonValue(text)) {
      for (String error : schemaErrors(text, language.locale())) {
        if (!errors.contains(error)) {
          errors.add(error);
        }
      }
    }
    if (dossier != null) {
      errors.addAll(conformityErrors(dossier, language.locale()));
    }
    if (errors.isEmpty()) {
      out.println(InputFile.name(file) + ": valid");
      out.flush();
      return ExitCode.OK;
    }
    errors.forEach(e -> out.println(Printable.of(e)));
    out.flush();
    err.println(InputFile.name(file) + ": " + errors.size() + " error(s)");
    return ExitCode.BAD_INPUT;
  }

  /**
   * Whether the text is one JSON value within the format's limits: only then does the JSON Schema
   * see it (the strict reader has said what is wrong with anything else).
   */
  private static boolean isOneJsonValue(String text) {
    try (JsonParser parser = CqpmJson.newMapper().createParser(text)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  /** The JSON Schema's errors, in the report's language (the validator ships French messages). */
  private static List<String> schemaErrors(String text, Locale locale) {
    List<String> errors = new ArrayList<>();
    try {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CqpmFormat.dossierSchema(), InputFormat.JSON);
      for (Error error : schema.validate(text, InputFormat.JSON,
          context -> context.executionConfig(config -> config.locale(locale)))) {
        String at = error.getInstanceLocation().toString();
        errors.add((at.isEmpty() ? "(root)" : at) + ": " + error.getMessage() + " (JSON Schema)");
      }
    } catch (RuntimeException e) {
      errors.add("(root): the JSON Schema could not be checked: "
          + Documents.firstLine(String.valueOf(e.getMessage())) + " (JSON Schema)");
    }
    return errors;
  }

  private static List<String> conformityErrors(Dossier dossier, Locale locale) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      MessageInterpolator stock = factory.getMessageInterpolator();
      MessageInterpolator inLocale = new MessageInterpolator() {
        @Override
        public String interpolate(String template, Context context) {
          return stock.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
          return stock.interpolate(template, context, locale);
        }
      };
      List<String> errors = new ArrayList<>();
      factory.usingContext().messageInterpolator(inLocale).getValidator().validate(dossier).stream()
          .sorted(Comparator.comparing((ConstraintViolation<Dossier> v) -> pointer(v.getPropertyPath()))
              .thenComparing(ConstraintViolation::getMessage))
          .forEach(v -> errors.add(pointer(v.getPropertyPath()) + ": " + v.getMessage()));
      return errors;
    }
  }

  /** A Bean Validation property path as a JSON pointer: {@code assessments[8].capacity} → {@code /assessments/8/capacity}. */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
        pointer.append('/').append(node.getIndex() != null ? node.getIndex() : node.getKey());
      }
      if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        pointer.append('/').append(node.getName());
      }
    }
    return pointer.length() == 0 ? "(root)" : pointer.toString();
  }
}
