package io.github.cqpm.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each object of the JSON Schemas has the properties, and the required ones, that the reader of
 * its type expects (the reader's {@code Shape}): the schema shipped to users and the reader that
 * enforces the format cannot drift apart.
 */
class SchemaMatchesTheReadersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every reader's shape, by what it reads. */
  private static Map<String, JsonInput.Shape> shapes() throws IllegalAccessException {
    Map<String, JsonInput.Shape> shapes = new HashMap<>();
    for (Class<?> reader : List.of(DossierReader.class, JuryReader.class, ReferentialReader.class)) {
      for (Field field : reader.getDeclaredFields()) {
        if (field.getType() == JsonInput.Shape.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          JsonInput.Shape shape = (JsonInput.Shape) field.get(null);
          shapes.put((String) field(shape, "what"), shape);
        }
      }
    }
    return shapes;
  }

  /** Where each shape's object stands in a schema, as a JSON pointer. */
  private static final Map<String, String> DOSSIER = Map.ofEntries(
      Map.entry("", "a dossier"),
      Map.entry("/$defs/candidate", "a candidate"),
      Map.entry("/$defs/sponsor", "a sponsor"),
      Map.entry("/$defs/candidacy", "a candidacy"),
      Map.entry("/$defs/assessment", "an assessment"),
      Map.entry("/$defs/companyOpinion", "a company opinion"),
      Map.entry("/$defs/acquiredBlock", "an acquired block"),
      Map.entry("/$defs/professionalSituation", "a professional situation"),
      Map.entry("/$defs/vae", "a VAE file"),
      Map.entry("/$defs/vae/properties/admissibility", "a decision on admissibility"),
      Map.entry("/$defs/vae/properties/interview", "a validation interview"),
      Map.entry("/$defs/juryMember", "a jury member"),
      Map.entry("/$defs/jurySession", "a jury session"),
      Map.entry("/$defs/vote", "a vote"),
      Map.entry("/$defs/juryDeliberation", "a jury deliberation"));

  private static final Map<String, String> REFERENTIAL = Map.ofEntries(
      Map.entry("", "a référentiel"),
      Map.entry("/properties/certifier", "a certifier"),
      Map.entry("/$defs/codeLabel", "an NSF domain"),
      Map.entry("/$defs/activity", "an activity"),
      Map.entry("/$defs/capacity", "a capacity"),
      Map.entry("/$defs/block", "a block"),
      Map.entry("/$defs/block/properties/evaluation", "an evaluation scheme"),
      Map.entry("/$defs/modality", "a modality"),
      Map.entry("/$defs/path", "a certification path"),
      Map.entry("/$defs/accessCondition", "an access condition"),
      Map.entry("/properties/juryRules", "jury rules"),
      Map.entry("/properties/registration", "a registration"));

  /** A private field of a shape (the test reads what the reader holds, adding nothing to it). */
  private static Object field(JsonInput.Shape shape, String name) {
    try {
      Field field = JsonInput.Shape.class.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(shape);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> names(JsonInput.Shape shape) {
    return List.of((String[]) field(shape, "names"));
  }

  private static List<String> requiredNames(JsonInput.Shape shape) {
    long required = (Long) field(shape, "required");
    List<String> names = names(shape);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((required & 1L << i) != 0) {
        out.add(names.get(i));
      }
    }
    return out;
  }

  @Test
  void everySchemaObjectHasItsReadersPropertiesAndRequiredOnes() throws Exception {
    Map<String, JsonInput.Shape> shapes = shapes();
    Set<String> checked = new LinkedHashSet<>();
    check(JSON.readTree(CqpmFormat.dossierSchema()), DOSSIER, shapes, checked);
    check(JSON.readTree(CqpmFormat.referentialSchema()), REFERENTIAL, shapes, checked);
    Set<String> unchecked = new LinkedHashSet<>(shapes.keySet());
    unchecked.removeAll(checked);
    assertThat(unchecked).as("shapes no schema object was compared with")
        .containsOnly("a ROME job");  // the same code-and-label object as an NSF domain
    assertThat(names(shapes.get("a ROME job"))).isEqualTo(names(shapes.get("an NSF domain")));
  }

  private static void check(JsonNode schema, Map<String, String> where, Map<String, JsonInput.Shape> shapes,
      Set<String> checked) {
    for (Map.Entry<String, String> e : where.entrySet()) {
      JsonNode object = e.getKey().isEmpty() ? schema : schema.at(e.getKey());
      assertThat(object.isMissingNode()).as(e.getKey()).isFalse();
      JsonInput.Shape shape = shapes.get(e.getValue());
      assertThat(shape).as(e.getValue()).isNotNull();
      List<String> properties = new ArrayList<>();
      object.get("properties").fieldNames().forEachRemaining(properties::add);
      List<String> required = new ArrayList<>();
      object.get("required").forEach(r -> required.add(r.asText()));
      assertThat(properties).as("%s: properties", e.getKey()).containsExactlyInAnyOrderElementsOf(names(shape));
      assertThat(required).as("%s: required", e.getKey()).containsExactlyInAnyOrderElementsOf(requiredNames(shape));
      assertThat(object.get("additionalProperties").asBoolean(true)).as("%s: closed", e.getKey()).isFalse();
      checked.add(e.getValue());
    }
  }
}
