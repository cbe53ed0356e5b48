package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonProperty;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.json.DecisionDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each JSON Schema shipped to users follows the declarations that read and write its documents:
 * walking the declaration and the schema together from the root, every object of the schema is
 * closed and has exactly the declared properties and required ones, every array's items and every
 * keyed object's values follow the declared elements, and a schema's {@code integer} or {@code
 * boolean} stands where the declaration reads one. The schemas and the format cannot drift apart.
 */
class SchemasFollowTheDeclarationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A schema and the declaration of its documents, walked together. */
  private static final class Walk {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();
    private final Set<JsonType<?>> objectsVisited = Collections.newSetFromMap(new IdentityHashMap<>());

    Walk(String schema) throws Exception {
      this.root = JSON.readTree(schema);
    }

    private JsonNode resolve(JsonNode node) {
      while (node.has("$ref")) {
        node = root.at(node.get("$ref").asText().substring(1));
      }
      return node;
    }

    void check(JsonNode node, JsonType<?> type, String at) {
      node = resolve(node);
      if (node.isMissingNode()) {
        problems.add(at + ": no schema for " + type.getWhat());
        return;
      }
      String schemaType = node.path("type").asText("");
      if (!type.getProperties().isEmpty()) {
        object(node, type, at);
      } else if (type.getElementType().isPresent()) {
        JsonType<?> elements = type.getElementType().get();
        if (schemaType.equals("array")) {
          check(node.path("items"), elements, at + "/items");
        } else if (schemaType.equals("object")) {
          Iterator<JsonNode> patterns = node.path("patternProperties").elements();
          JsonNode values = patterns.hasNext() ? patterns.next() : node.path("additionalProperties");
          check(values, elements, at + "/values");
        } else {
          problems.add(at + ": " + type.getWhat() + " is an array or keyed object, the schema says " + schemaType);
        }
      } else if (schemaType.equals("integer") && type != JsonType.integer()
          || schemaType.equals("boolean") && type != JsonType.bool()
          || schemaType.equals("string") && (type == JsonType.integer() || type == JsonType.bool())
          || schemaType.equals("object") || schemaType.equals("array")) {
        problems.add(at + ": the schema's " + schemaType + " is read as " + type.getWhat());
      }
    }

    private <T> void object(JsonNode node, JsonType<T> type, String at) {
      objectsVisited.add(type);
      List<String> declared = new ArrayList<>();
      List<String> required = new ArrayList<>();
      for (JsonProperty<T, ?> property : type.getProperties()) {
        declared.add(property.getName());
        if (property.isRequired()) {
          required.add(property.getName());
        }
      }
      List<String> properties = new ArrayList<>();
      node.path("properties").fieldNames().forEachRemaining(properties::add);
      List<String> schemaRequired = new ArrayList<>();
      node.path("required").forEach(r -> schemaRequired.add(r.asText()));
      if (!Set.copyOf(properties).equals(Set.copyOf(declared))) {
        problems.add(at + " (" + type.getWhat() + "): the schema has " + properties + ", the format " + declared);
      }
      if (!Set.copyOf(schemaRequired).equals(Set.copyOf(required)) || schemaRequired.size() != required.size()) {
        problems.add(at + " (" + type.getWhat() + "): the schema requires " + schemaRequired + ", the format "
            + required);
      }
      if (node.path("additionalProperties").asBoolean(true)) {
        problems.add(at + " (" + type.getWhat() + "): the schema's object is not closed");
      }
      for (JsonProperty<T, ?> property : type.getProperties()) {
        check(node.path("properties").path(property.getName()), property.getType(),
            at + "/properties/" + property.getName());
      }
    }
  }

  private static Walk walk(String schema, JsonType<?> document) throws Exception {
    Walk walk = new Walk(schema);
    walk.check(walk.root, document, "");
    assertThat(walk.problems).isEmpty();
    return walk;
  }

  @Test
  void theDossierAndReferentialSchemasFollowEveryModelTypesDeclaration() throws Exception {
    Set<JsonType<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    visited.addAll(walk(CqpmFormat.dossierSchema(), CqpmFormat.binding(Dossier.class).getJsonType()).objectsVisited);
    visited.addAll(
        walk(CqpmFormat.referentialSchema(), CqpmFormat.binding(Referential.class).getJsonType()).objectsVisited);
    for (CqpmFormat.Binding<?> binding : CqpmFormat.bindings()) {
      if (!binding.getJsonType().getProperties().isEmpty()) {
        assertThat(visited).as("%s reached from a document", binding.getWhat()).contains(binding.getJsonType());
      }
    }
  }

  @Test
  void theDecisionSchemaFollowsTheDecisionsDeclaration() throws Exception {
    assertThat(walk(DecisionDocument.schema(), DecisionDocument.json()).objectsVisited).hasSize(6);
  }

  @Test
  void aSchemaThatDriftedFromItsDeclarationIsCaught() throws Exception {
    String schema = CqpmFormat.dossierSchema();
    String drifted = schema.replace("\"territory\",\n        \"registrationDate\"", "\"territory\"");
    assertThat(drifted).isNotEqualTo(schema);
    Walk walk = new Walk(drifted);
    walk.check(walk.root, CqpmFormat.binding(Dossier.class).getJsonType(), "");
    assertThat(walk.problems).singleElement().asString().contains("a candidacy").contains("requires");
  }
}
