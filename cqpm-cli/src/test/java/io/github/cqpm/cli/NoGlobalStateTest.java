package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module of the library holds global mutable state: every static field of every class of every
 * module (the classes of its jar, or of its build directory) is final, and holds no value that can
 * change: no collection or map that is not unmodifiable, no atomic, no builder of text, no array
 * that another class can reach. Référentiels live in the catalogue a caller holds, policies in the
 * policy a caller passes; a tenant of a server can change nothing another one sees.
 *
 * <p>The modules on this test's class path are read there; the Spring starter, which this module
 * must not depend on, from its build directory in the reactor.
 */
class NoGlobalStateTest {
  /** The root package of every module; each module's classes are under it. */
  private static final String ROOT = "io/github/cqpm/";
  private static final List<String> MODULES = List.of(
      "cqpm-model", "cqpm-json", "cqpm-rules", "cqpm-rncp", "cqpm-cdc", "cqpm-jackson", "cqpm-jackson3",
      "cqpm-testkit", "cqpm-cli", "cqpm-spring-boot-starter");
  /** Unmodifiable collections and maps of the JDK, by their classes' names. */
  private static final List<String> UNMODIFIABLE = List.of(
      "java.util.ImmutableCollections$", "java.util.Collections$Unmodifiable",
      "java.util.Collections$Singleton", "java.util.Collections$Empty");

  @Test
  void everyModulesStaticFieldsAreFinalAndHoldNothingThatChanges() throws Exception {
    Set<String> seen = new TreeSet<>();
    List<String> mutable = new ArrayList<>();
    for (Path classes : classRoots()) {
      try (URLClassLoader loader = new URLClassLoader(
          new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
        for (String name : classNames(classes)) {
          Class<?> type = Class.forName(name, true, loader);
          seen.add(module(classes));
          for (Field field : type.getDeclaredFields()) {
            String problem = problem(field);
            if (problem != null) {
              mutable.add(name + "." + field.getName() + ": " + problem);
            }
          }
        }
      }
    }
    assertThat(seen).as("every module read").containsExactlyInAnyOrderElementsOf(MODULES);
    assertThat(mutable).isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() throws Exception {
    assertThat(problem(Mutable.class.getDeclaredField("counter"))).isEqualTo("not final");
    assertThat(problem(Mutable.class.getDeclaredField("cache"))).startsWith("holds a java.util.HashMap");
    assertThat(problem(Mutable.class.getDeclaredField("shared"))).isEqualTo("an array other classes can reach");
    assertThat(problem(Mutable.class.getDeclaredField("fixed"))).isNull();
  }

  /** A class with the faults the check is for. */
  @SuppressWarnings("unused")
  static final class Mutable {
    static int counter;
    private static final Map<String, String> cache = new java.util.HashMap<>();
    static final String[] shared = {"a"};
    private static final List<String> fixed = List.of("a");
  }

  /** What makes a static field global mutable state, or null when it is not static or not so. */
  private static String problem(Field field) throws IllegalAccessException {
    int modifiers = field.getModifiers();
    if (!Modifier.isStatic(modifiers) || field.isSynthetic() || field.isEnumConstant()) {
      return null;
    }
    if (!Modifier.isFinal(modifiers)) {
      return "not final";
    }
    if (field.getType().isArray()) {
      // jte's compiled templates keep a table of template lines, which only jte reads, to name
      // the template's line when rendering fails
      boolean templateLines = field.getName().equals("JTE_LINE_INFO")
          && field.getDeclaringClass().getSimpleName().matches("Jte\\w+Generated");
      return Modifier.isPrivate(modifiers) || templateLines ? null : "an array other classes can reach";
    }
    field.setAccessible(true);
    Object value = field.get(null);
    if (value == null) {
      return null;
    }
    String type = value.getClass().getName();
    boolean container = value instanceof Collection || value instanceof Map;
    if (container && UNMODIFIABLE.stream().noneMatch(type::startsWith)
        || type.startsWith("java.util.concurrent.atomic.") || value instanceof StringBuilder) {
      return "holds a " + type + ", which can change";
    }
    return null;
  }

  /** The class directories or jars of the modules: on the class path, or in the reactor. */
  private static List<Path> classRoots() {
    List<Path> roots = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (MODULES.contains(module(path))) {
        roots.add(path);
      }
    }
    Path starter = Path.of("../cqpm-spring-boot-starter/target/classes");
    if (Files.isDirectory(starter) && roots.stream().noneMatch(r -> module(r).equals(module(starter)))) {
      roots.add(starter);
    }
    return roots;
  }

  /** The module a class path entry belongs to: {@code …/cqpm-x/target/classes} or {@code cqpm-x-V.jar}. */
  private static String module(Path entry) {
    Path absolute = entry.toAbsolutePath().normalize();
    if (absolute.endsWith(Path.of("target", "classes"))) {
      return absolute.getParent().getParent().getFileName().toString();
    }
    String file = absolute.getFileName().toString();
    return file.endsWith(".jar") && file.startsWith("cqpm-") && !file.contains("-tests")
        ? file.replaceAll("-\\d.*\\.jar$", "")
        : "";
  }

  private static List<String> classNames(Path root) throws IOException {
    if (Files.isDirectory(root)) {
      return classNames(root, root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + root.toUri()), Map.of())) {
      return classNames(jar.getPath("/"), jar.getPath("/"));
    }
  }

  private static List<String> classNames(Path root, Path base) throws IOException {
    Path packages = base.resolve(ROOT);
    if (!Files.isDirectory(packages)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(packages)) {
      return files.map(base::relativize).map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
