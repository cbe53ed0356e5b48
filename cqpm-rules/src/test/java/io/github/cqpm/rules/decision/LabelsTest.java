package io.github.cqpm.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.francevae.JuryResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every constant a report prints as a value has a label in French and in English, beside the
 * messages; the types whose constants are codes, shown as codes, are named here and have none.
 */
class LabelsTest {
  /** Codes: shown as they are, in code columns, in JSON, or as an outside format's own values. */
  private static final Set<Class<?>> CODES = Set.of(FindingCode.class, FicheRule.class, Severity.class,
      Subject.Kind.class, Nonconformity.Kind.class, JuryResult.class);

  /** Every enum of the model and of the rules, found in their compiled classes. */
  private static List<Class<?>> enums() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> anchor : List.of(AccessRoute.class, Ruling.class)) {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      FileSystem jar = Files.isRegularFile(location) ? FileSystems.newFileSystem(location) : null;
      Path root = jar == null ? location : jar.getPath("/");
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")
            && !f.getFileName().toString().contains("-info"))::iterator) {
          String name = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".");
          Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
              LabelsTest.class.getClassLoader());
          if (type.isEnum() && java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
            found.add(type);
          }
        }
      } finally {
        if (jar != null) {
          jar.close();
        }
      }
    }
    return found;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = LabelsTest.class.getResourceAsStream("/io/github/cqpm/rules/decision/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static String key(Enum<?> constant) {
    String type = constant.getDeclaringClass().getName();
    return "label." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
  }

  @Test
  void everyConstantOfALabelledTypeHasAFrenchAndAnEnglishLabelAndNoLabelIsLeftOver() throws Exception {
    List<Class<?>> enums = enums();
    assertThat(enums).as("the scan finds the enums").contains(AccessRoute.class, RulePolicy.TieFallback.class,
        FindingCode.class).hasSizeGreaterThan(30);
    for (String file : List.of("Messages.properties", "Messages_fr.properties")) {
      Properties messages = load(file);
      Set<String> expected = new HashSet<>();
      for (Class<?> type : enums) {
        if (CODES.contains(type)) {
          continue;
        }
        for (Object constant : type.getEnumConstants()) {
          String key = key((Enum<?>) constant);
          expected.add(key);
          assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank();
        }
      }
      assertThat(messages.stringPropertyNames().stream().filter(k -> k.startsWith("label.")))
          .as(file + ": no label of a constant that does not exist").allMatch(expected::contains);
    }
  }

  @Test
  void aLabelIsTheLanguagesAndACodeIsItsName() {
    assertThat(Messages.label(EvaluationModality.REAL_WORK_SITUATION, Locale.FRENCH))
        .isEqualTo("situation professionnelle réelle");
    assertThat(Messages.label(EvaluationModality.REAL_WORK_SITUATION, Locale.ENGLISH)).isEqualTo("real work situation");
    assertThat(Messages.label(AccessRoute.APPRENTICESHIP, Locale.FRENCH)).as("apostrophes unquoted")
        .isEqualTo("contrat d'apprentissage");
    assertThat(Messages.label(Ruling.NOT_ADMISSIBLE, Locale.CANADA_FRENCH)).isEqualTo("non admissible");
    assertThat(Messages.label(RulePolicy.TieFallback.UNDECIDED, Locale.GERMAN)).as("the default bundle")
        .isIn("no verdict", "pas de verdict");
    assertThat(Messages.label(FindingCode.BLOCK_EXPIRED, Locale.FRENCH)).isEqualTo("BLOCK_EXPIRED");
    assertThat(Messages.label(Severity.ERROR, Locale.GERMAN)).isEqualTo("ERROR");
  }

  @Test
  void aMessageNamesItsConstantArgumentsByTheirLabels() {
    Finding finding = Finding.of(FindingCode.ROUTE_CLOSED, Subject.CANDIDACY, AccessRoute.INITIAL_TRAINING);
    assertThat(Messages.message(finding, Locale.FRENCH)).contains("formation initiale").doesNotContain("INITIAL_TRAINING");
    assertThat(Messages.message(finding, Locale.ENGLISH)).contains("initial training");
    assertThat(finding.argumentTexts()).as("the stable text stays the code").containsExactly("INITIAL_TRAINING");
  }
}
