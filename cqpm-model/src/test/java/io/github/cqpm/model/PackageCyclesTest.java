package io.github.cqpm.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model's packages depend on one another one way only: no package reaches itself through
 * imports, annotations or qualified names of other model packages. Read from the sources, so
 * that a cycle fails the build where it is written.
 */
class PackageCyclesTest {
  private static final String ROOT = "io.github.cqpm.model.";
  private static final Pattern REFERENCE = Pattern.compile("io\\.github\\.cqpm\\.model\\.([a-z]+)\\.");

  /** Each package of the model, to the other model packages its sources name. */
  static Map<String, Set<String>> dependencies() throws IOException {
    Path sources = Path.of("src/main/java/io/github/cqpm/model");
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
        String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
        try {
          Matcher m = REFERENCE.matcher(Files.readString(file));
          while (m.find()) {
            if (!m.group(1).equals(pkg)) {
              uses.add(m.group(1));
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return graph;
  }

  @Test
  void noPackageOfTheModelReachesItself() throws IOException {
    Map<String, Set<String>> graph = dependencies();
    assertThat(graph).containsKeys("code", "dossier", "jury", "referential", "validation");
    for (String start : graph.keySet()) {
      List<String> path = new ArrayList<>();
      assertThat(reaches(graph, start, start, path, new TreeSet<>()))
          .as("%s%s reaches itself through %s", ROOT, start, path)
          .isFalse();
    }
  }

  @Test
  void theValidationPackageNeedsNeitherTheJuryNorTheDossier() throws IOException {
    assertThat(dependencies().get("validation")).doesNotContain("jury", "dossier");
  }

  private static boolean reaches(
      Map<String, Set<String>> graph, String from, String target, List<String> path, Set<String> seen) {
    for (String next : graph.getOrDefault(from, Set.of())) {
      path.add(next);
      if (next.equals(target) || seen.add(next) && reaches(graph, next, target, path, seen)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }
}
