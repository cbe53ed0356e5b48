package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.AdmissibilityDecision;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.dossier.SponsorKind;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.model.referential.PathKind;
import io.github.cqpm.model.referential.ProcedureStep;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.Conformity;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A French report of every bundled example names its values in French: no constant's name
 * outside the code columns (a finding's severity, code and subject, the codes of an irregular
 * deliberation), with any policy the command line offers.
 */
class FrenchAllTheWayTest {
  private static final List<Class<? extends Enum<?>>> VALUES = List.of(Ruling.class, Verdict.class,
      AuditOutcome.class, Conformity.class, CapacityStatus.State.class, EvaluationModality.class,
      EvaluationMethod.class, AccessRoute.class, Territory.class, Attendance.class, ProcedureStep.class,
      PathKind.class, Registration.Kind.class, VoteChoice.class, College.class, Branch.class,
      JuryComposition.PresidentSeat.class, SponsorKind.class, OpinionPolarity.class,
      OpinionAuthorRole.class, AssessmentOutcome.class, AdmissibilityDecision.class,
      RulePolicy.RegistrationEnd.class, RulePolicy.OpinionPolicy.class, RulePolicy.TieFallback.class,
      RulePolicy.ValidityScope.class, RulePolicy.RouteReading.class);

  /** A finding's line: severity, code, [subject], then the message. */
  private static final Pattern FINDING = Pattern.compile("^  (INFO|WARNING|ERROR) [A-Z_]+ \\[[^]]*\\] ");

  @TempDir static Path dir;

  /** The bundled example dossiers: each JSON file, and each line of the declaration's dossiers. */
  static Stream<Path> examples() throws IOException {
    List<Path> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(examples::add);
    }
    List<String> lines = Files.readAllLines(Path.of("../examples/cdc/dossiers.jsonl"));
    for (int i = 0; i < lines.size(); i++) {
      examples.add(Files.writeString(dir.resolve("cdc-dossier-" + (i + 1) + ".json"), lines.get(i)));
    }
    return examples.stream();
  }

  /** The constants' names a French text must not show: those no French label holds itself. */
  private static Pattern englishNames() {
    Set<String> names = new TreeSet<>();
    StringBuilder labels = new StringBuilder();
    for (Class<? extends Enum<?>> type : VALUES) {
      for (Enum<?> constant : type.getEnumConstants()) {
        names.add(constant.name());
        labels.append(Messages.label(constant, Locale.FRENCH)).append('\n');
      }
    }
    names.removeIf(name -> labels.toString().contains(name));
    return Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
  }

  @Test
  void validatePrintsTheSchemasMessagesInTheReportsLanguage() throws IOException {
    Path bad = Files.writeString(dir.resolve("extra.json"), Files.readString(Path.of("../examples/tie-broken-by-president.json"))
        .replaceFirst("\\{", "{\"extra\": true, "));
    Run french = Run.of("validate", bad.toString());
    assertThat(french.exitCode()).isEqualTo(2);
    assertThat(french.out()).contains("(root): la propriété 'extra' n'est pas définie dans le schéma"
        + " et le schéma n'autorise pas de propriétés supplémentaires (JSON Schema)");
    Run english = Run.of("validate", "--lang", "en", bad.toString());
    assertThat(english.out()).contains("(root): property 'extra' is not defined in the schema");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void aFrenchReportShowsNoConstantOutsideItsCodeColumns(Path example) {
    Pattern english = englishNames();
    for (List<String> options : List.of(List.<String>of(), List.of("--routes", "every_listed",
        "--unfavourable-opinion", "blocking", "--tie-fallback", "not_admissible",
        "--validity-scope", "blocks_only", "--registration-end", "exclusive"))) {
      String[] args = Stream.concat(Stream.of("decide", example.toString(), "--lang", "fr"), options.stream())
          .toArray(String[]::new);
      Run run = Run.of(args);
      assertThat(run.out()).as(example.toString()).isNotBlank();
      for (String line : run.out().split("\n")) {
        String text = FINDING.matcher(line).replaceFirst("  ")
            .replaceFirst("^  délibération irrégulière : [A-Z_, ]+$", "");
        assertThat(english.matcher(text).find()).as(example + " " + options + ": " + line).isFalse();
      }
    }
  }
}
