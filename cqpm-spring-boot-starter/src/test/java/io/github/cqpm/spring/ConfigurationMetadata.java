package io.github.cqpm.spring;

import io.github.cqpm.rules.PolicyOption;
import io.github.cqpm.rules.RulePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the IDE metadata of the {@code cqpm.rules.*} properties ({@code
 * META-INF/spring-configuration-metadata.json}, Spring Boot's format) from the policy's own
 * declarations ({@link RulePolicy#options()}: name, description, default, values), so that no
 * default or description of an option is written twice. The build runs it after the test classes
 * are compiled, into the classes the jar is made of ({@code process-test-classes}).
 */
public final class ConfigurationMetadata {
  private static final String PREFIX = "cqpm.rules";
  private static final String SOURCE = CqpmRulesProperties.class.getName();

  private ConfigurationMetadata() {}

  /**
   * Writes the metadata.
   *
   * @param args the file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(metadata()) + "\n");
  }

  /** The metadata document, as a tree of maps and lists. */
  static Map<String, Object> metadata() {
    List<Object> properties = new java.util.ArrayList<>();
    properties.add(property("certification", "java.lang.String",
        "The RNCP number of the référentiel the rules apply, one the ReferentialCatalog bean holds.",
        new CqpmRulesProperties().getCertification()));
    List<Object> hints = new java.util.ArrayList<>();
    for (PolicyOption<?> option : RulePolicy.options()) {
      properties.add(property(option.getKebabName(), option.getType().getName(), option.getDescription(),
          option.getType() == Integer.class ? option.getDefault() : option.defaultText()));
      if (!option.getValues().isEmpty()) {
        hints.add(Map.of("name", PREFIX + "." + option.getKebabName(), "values", values(option)));
      }
    }
    Map<String, Object> inclusive = property("registration-end-inclusive", "java.lang.Boolean",
        "Whether a jury held on the registration's end date is inside it.",
        RulePolicy.defaults().registrationEndInclusive());
    inclusive.put("deprecation", Map.of("level", "warning",
        "replacement", PREFIX + "." + PolicyOption.REGISTRATION_END.getKebabName()));
    properties.add(inclusive);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("groups", List.of(Map.of("name", PREFIX, "type", SOURCE, "sourceType", SOURCE)));
    metadata.put("properties", properties);
    metadata.put("hints", hints);
    return metadata;
  }

  private static <T> List<Object> values(PolicyOption<T> option) {
    return option.getValues().stream().<Object>map(v -> Map.of("value", option.text(v))).toList();
  }

  private static Map<String, Object> property(String name, String type, String description, Object value) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("name", PREFIX + "." + name);
    property.put("type", type);
    property.put("description", description);
    property.put("sourceType", SOURCE);
    property.put("defaultValue", value);
    return property;
  }
}
