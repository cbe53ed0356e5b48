package io.github.cqpm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.Samples;
import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.referential.Referentials;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Building a model value fails one way: {@link InvalidValueException} with the property's path.
 * For every model type that has a builder, found in the compiled classes, each required attribute
 * left out, and each attribute given a null through any of its builder's methods (a value; an
 * optional value or the whole {@code Optional}; an element of a list, the whole list, iterable or
 * array; a key, a value or the whole map), fails so at that attribute's path; a complete builder builds. Sample values come from the bundled
 * référentiel and a full dossier, walked through their getters.
 */
class BuildFailuresTest {
  private static final Map<Class<?>, Object> SAMPLES = samples();

  @Test
  void everyTypeWithABuilderHasASampleToBuildFrom() throws IOException {
    assertThat(builderTypes()).isNotEmpty().allSatisfy(type -> assertThat(SAMPLES).containsKey(type));
  }

  @Test
  void eachRequiredAttributeLeftOutFailsAtItsPath() throws Exception {
    int checked = 0;
    for (Class<?> type : builderTypes()) {
      List<Method> required = attributes(type).stream().filter(BuildFailuresTest::isRequired).toList();
      for (Method left : required) {
        Object builder = builder(type);
        for (Method other : required) {
          if (other != left) {
            set(builder, other, other.invoke(SAMPLES.get(type)));
          }
        }
        Throwable thrown = catchThrowable(() -> build(builder));
        assertThat(thrown).as("%s without %s", type.getSimpleName(), name(left))
            .isInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) thrown).getPath()).containsExactly(name(left));
        assertThat(thrown).hasMessage(name(left) + ": required, was not set");
        checked++;
      }
    }
    assertThat(checked).as("required attributes checked").isGreaterThan(30);
  }

  @Test
  void severalLeftOutAreAllNamed() {
    Throwable thrown = catchThrowable(() -> Dossier.builder().build());
    assertThat(thrown).isInstanceOf(InvalidValueException.class)
        .hasMessage("certification: required, was not set (nor were candidate, candidacy)");
  }

  @Test
  void aNullForAnyAttributeFailsAtItsPath() throws Exception {
    int checked = 0;
    for (Class<?> type : builderTypes()) {
      Object builder = builder(type);
      for (Method attribute : attributes(type)) {
        Class<?> kind = attribute.getReturnType();
        if (kind.isPrimitive()) {
          continue;
        }
        String name = name(attribute);
        List<Runnable> nulls = new ArrayList<>();
        if (List.class.isAssignableFrom(kind) || Set.class.isAssignableFrom(kind)) {
          Class<?> element = argument(attribute);
          Method add = builder.getClass().getMethod("add" + capitalized(name), element);
          nulls.add(() -> invoke(add, builder, new Object[] {null}));
          Method all = builder.getClass().getMethod(name, Iterable.class);
          nulls.add(() -> invoke(all, builder, Arrays.asList((Object) null)));
          nulls.add(() -> invoke(all, builder, new Object[] {null}));
          Method addAll = builder.getClass().getMethod("addAll" + capitalized(name), Iterable.class);
          nulls.add(() -> invoke(addAll, builder, new Object[] {null}));
          Method addArray = builder.getClass().getMethod("add" + capitalized(name), element.arrayType());
          nulls.add(() -> invoke(addArray, builder, new Object[] {null}));
          nulls.add(() -> invoke(addArray, builder, new Object[] {Array.newInstance(element, 1)}));
        } else if (Map.class.isAssignableFrom(kind)) {
          Type[] types = ((ParameterizedType) attribute.getGenericReturnType()).getActualTypeArguments();
          Object key = ((Map<?, ?>) attribute.invoke(SAMPLES.get(type))).keySet().iterator().next();
          Method put = builder.getClass().getMethod("put" + capitalized(name), (Class<?>) types[0], (Class<?>) types[1]);
          nulls.add(() -> invoke(put, builder, null, "text"));
          nulls.add(() -> invoke(put, builder, key, null));
          Method all = builder.getClass().getMethod(name, Map.class);
          nulls.add(() -> invoke(all, builder, new Object[] {null}));
          Method putAll = builder.getClass().getMethod("putAll" + capitalized(name), Map.class);
          nulls.add(() -> invoke(putAll, builder, new Object[] {null}));
          nulls.add(() -> invoke(putAll, builder, Collections.singletonMap(key, null)));
        } else if (Optional.class.equals(kind)) {
          Method set = builder.getClass().getMethod(name, argument(attribute));
          nulls.add(() -> invoke(set, builder, new Object[] {null}));
          Method whole = builder.getClass().getMethod(name, Optional.class);
          nulls.add(() -> invoke(whole, builder, new Object[] {null}));
        } else if (!kind.getName().startsWith("java.util.Optional")) {
          Method set = builder.getClass().getMethod(name, kind);
          nulls.add(() -> invoke(set, builder, new Object[] {null}));
        }
        for (Runnable call : nulls) {
          Throwable thrown = catchThrowable(call::run);
          assertThat(thrown).as("%s.%s(null)", type.getSimpleName(), name)
              .isInstanceOf(InvalidValueException.class);
          assertThat(((InvalidValueException) thrown).getPath()).containsExactly(name);
          checked++;
        }
      }
    }
    assertThat(checked).as("attributes checked").isGreaterThan(200);
  }

  @Test
  void aCompleteBuilderBuildsTheSample() throws Throwable {
    for (Class<?> type : builderTypes()) {
      Object builder = builder(type);
      builder.getClass().getMethod("from", type).invoke(builder, SAMPLES.get(type));
      assertThat(build(builder)).isEqualTo(SAMPLES.get(type));
    }
  }

  /** The abstract model types with a public static {@code builder()}, from the compiled classes. */
  static List<Class<?>> builderTypes() throws IOException {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes.resolve("io/github/cqpm/model"))) {
      List<String> names = files.map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.contains("Immutable"))
          .map(f -> f.substring(0, f.length() - 6).replace('/', '.'))
          .sorted().toList();
      List<Class<?>> types = new ArrayList<>();
      for (String name : names) {
        Class<?> type = load(name);
        if (Modifier.isAbstract(type.getModifiers()) && !type.isInterface() && hasBuilder(type)) {
          types.add(type);
        }
      }
      return types;
    }
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The type's attributes: its public abstract getters. */
  static List<Method> attributes(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
        .sorted(java.util.Comparator.comparing(Method::getName))
        .toList();
  }

  private static boolean isRequired(Method attribute) {
    Class<?> kind = attribute.getReturnType();
    return !Collection.class.isAssignableFrom(kind) && !Map.class.isAssignableFrom(kind)
        && !kind.getName().startsWith("java.util.Optional");
  }

  static String name(Method getter) {
    String bare = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Class<?> argument(Method getter) {
    Type argument = ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
    return (Class<?>) argument;
  }

  private static Object builder(Class<?> type) throws Exception {
    return type.getMethod("builder").invoke(null);
  }

  private static void set(Object builder, Method getter, Object value) throws Exception {
    builder.getClass().getMethod(name(getter), getter.getReturnType()).invoke(builder, value);
  }

  private static Object build(Object builder) throws Throwable {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void invoke(Method method, Object target, Object... arguments) {
    try {
      method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause() : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One instance of each model type reached from the bundled référentiel and a full dossier. */
  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    Dossier full = Dossier.builder().from(Samples.admissibleTrainingDossier().build())
        .vae(Samples.vaeFile().build())
        .addAcquiredBlocks(AcquiredBlock.of(Samples.block(1), LocalDate.of(2015, 3, 2)))
        .build();
    walk(Referentials.rncp19453(), samples);
    walk(full, samples);
    return samples;
  }

  private static void walk(Object value, Map<Class<?>, Object> samples) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> walk(v, samples));
      return;
    }
    if (value instanceof Collection) {
      ((Collection<?>) value).forEach(v -> walk(v, samples));
      return;
    }
    if (value instanceof Map) {
      ((Map<?, ?>) value).values().forEach(v -> walk(v, samples));
      return;
    }
    if (value == null || !value.getClass().getName().startsWith("io.github.cqpm.model.")) {
      return;
    }
    Class<?> type = value.getClass();
    while (type.getSuperclass() != null && type.getSimpleName().startsWith("Immutable")) {
      type = type.getSuperclass();
    }
    if (samples.putIfAbsent(type, value) != null) {
      return;
    }
    for (Method attribute : attributes(type)) {
      try {
        walk(attribute.invoke(value), samples);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void theSamplesCoverEveryBuilderType() throws IOException {
    Set<String> missing = builderTypes().stream().filter(t -> !SAMPLES.containsKey(t))
        .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(missing).isEmpty();
  }
}
