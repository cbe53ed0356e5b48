package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cqpm.json.CanonicalJson;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.json.DecisionDocument;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A decision names what decided it: the revision of the référentiel (the SHA-256 of its canonical
 * JSON, a golden value for the bundled RNCP 19453 that changes with any fact of it) and the
 * SHA-256 of the dossier's canonical JSON, which is the compact form of what both Jackson modules
 * write. Decisions under two revisions of a fiche are told apart; documents without the digests
 * (0.1.0's) still read.
 */
class ProvenanceTest {
  private static final JsonType<Referential> REFERENTIAL = CqpmFormat.binding(Referential.class).getJsonType();
  private static final JsonType<Dossier> DOSSIER = CqpmFormat.binding(Dossier.class).getJsonType();
  private static final ObjectMapper TREES = new ObjectMapper();
  /**
   * The revision of the bundled RNCP 19453; it changes only when a fact of the référentiel does.
   * Checked independently of Java: the SHA-256 of the golden référentiel document compacted by
   * Python's {@code json.dumps(doc, separators=(",", ":"), ensure_ascii=False)}, keys in order.
   */
  static final String RNCP_19453_REVISION =
      "a005beb452693d068295529c87ae128c1572249206d7b8fb7188cf3ba33c7397";

  @Test
  void theBundledReferentialsRevisionIsAGoldenValue() {
    assertThat(CanonicalJson.sha256(REFERENTIAL, Referentials.rncp19453())).isEqualTo(RNCP_19453_REVISION);
    assertThat(CqpmRules.standard().getReferentialRevision()).isEqualTo(RNCP_19453_REVISION);
  }

  @Test
  void theCanonicalJsonIsTheCompactFormJacksonWrites() throws IOException {
    qt().withExamples(200).forAll(CqpmGens.dossiers()).checkAssert(dossier ->
        assertThat(new String(CanonicalJson.bytes(DOSSIER, dossier), StandardCharsets.UTF_8))
            .isEqualTo(CqpmJson.writeLine(dossier)));
    String indented = CqpmJson.write(Referentials.rncp19453());
    assertThat(new String(CanonicalJson.bytes(REFERENTIAL, Referentials.rncp19453()), StandardCharsets.UTF_8))
        .isEqualTo(compact(indented));
  }

  @Test
  void controlCharactersAreEscapedAsJcsDoes() {
    Dossier dossier = Fixtures.admissibleTrainingPath();
    Dossier odd = Dossier.builder().from(dossier).candidacy(io.github.cqpm.model.dossier.Candidacy.builder()
        .from(dossier.getCandidacy()).sponsor(io.github.cqpm.model.dossier.Sponsor.of(
            io.github.cqpm.model.dossier.SponsorKind.COMPANY, "A\"B\\C\u0001\t\u001fé€😀")).build()).build();
    assertThat(new String(CanonicalJson.bytes(DOSSIER, odd), StandardCharsets.UTF_8))
        .contains("\"name\":\"A\\\"B\\\\C\\u0001\\t\\u001fé€😀\"");
  }

  /** Every fact of the référentiel, changed alone, changes its revision. */
  @Test
  void anyFactChangedChangesTheRevision() throws IOException {
    JsonNode tree = TREES.readTree(CqpmJson.write(Referentials.rncp19453()));
    List<Consumer<JsonNode>> changes = new ArrayList<>();
    leaves(tree, changes);
    int changed = 0;
    for (Consumer<JsonNode> change : changes) {
      JsonNode copy = tree.deepCopy();
      change.accept(copy);
      Referential other;
      try {
        other = CqpmJson.readReferential(TREES.writeValueAsString(copy));
      } catch (InvalidJsonException e) {
        continue; // a change the format or the model refuses is no référentiel
      }
      assertThat(CanonicalJson.sha256(REFERENTIAL, other)).as(TREES.writeValueAsString(copy))
          .isNotEqualTo(RNCP_19453_REVISION);
      changed++;
    }
    assertThat(changed).as("facts changed of " + changes.size()).isGreaterThan(100);
  }

  @Test
  void decisionsUnderTwoRevisionsOfAFicheAreToldApart() {
    Referential bundled = Referentials.rncp19453();
    Referential revised = Referential.builder().from(bundled)
        .registration(Registration.builder().from(bundled.getRegistration()).endDay(LocalDate.of(2024, 8, 9)).build())
        .build();
    Dossier dossier = Fixtures.admissibleTrainingPath();
    CqpmRules before = CqpmRules.standard();
    CqpmRules after = CqpmRules.forCertification(
        ReferentialCatalog.bundled().with(revised), dossier.getCertification(), RulePolicy.defaults()).orElseThrow();
    DecisionDocument one = DecisionDocument.of(dossier, before.decide(dossier), before, Locale.FRENCH);
    DecisionDocument two = DecisionDocument.of(dossier, after.decide(dossier), after, Locale.FRENCH);
    assertThat(one.outcome()).isEqualTo(two.outcome());
    assertThat(one.referential()).isEqualTo(two.referential());
    assertThat(one.referentialSha256()).isNotEqualTo(two.referentialSha256());
    assertThat(one.dossierSha256()).isEqualTo(two.dossierSha256())
        .contains(CanonicalJson.sha256(DOSSIER, dossier));
  }

  @Test
  void aDocumentWithoutDigestsAsZeroOneZeroWroteItReadsAndWritesBackWithout() throws IOException {
    Dossier dossier = Fixtures.tieBrokenByPresident();
    String written = CqpmJson.write(DecisionDocument.of(dossier, CqpmRules.standard().decide(dossier),
        CqpmRules.standard(), Locale.ENGLISH));
    ObjectNode old = (ObjectNode) TREES.readTree(written);
    old.remove("referentialSha256");
    old.remove("dossierSha256");
    DecisionDocument read = CqpmJson.read(DecisionDocument.json(), TREES.writeValueAsString(old));
    assertThat(read.referentialSha256()).isEmpty();
    assertThat(read.dossierSha256()).isEmpty();
    assertThat(CqpmJson.write(read)).doesNotContain("Sha256");
    assertThatThrownBy(() -> CqpmJson.read(DecisionDocument.json(),
            written.replaceFirst("\"dossierSha256\"\\s*:\\s*\"[0-9a-f]+\"", "\"dossierSha256\": \"ABC\"")))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("/dossierSha256").hasMessageContaining("64 lower-case hexadecimal digits");
  }

  private static String compact(String json) throws IOException {
    return TREES.writeValueAsString(TREES.readTree(json));
  }

  /** One change per leaf of the tree: a text gets a character more, a number one more, a boolean flips. */
  private static void leaves(JsonNode node, List<Consumer<JsonNode>> changes) {
    leaves(node, "", changes);
  }

  private static void leaves(JsonNode node, String pointer, List<Consumer<JsonNode>> changes) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> leaves(node.get(name), pointer + "/" + name, changes));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, changes);
      }
    } else {
      int cut = pointer.lastIndexOf('/');
      String parent = pointer.substring(0, cut);
      String key = pointer.substring(cut + 1);
      changes.add(tree -> {
        JsonNode container = tree.at(parent);
        JsonNode value = container.isArray() ? container.get(Integer.parseInt(key)) : container.get(key);
        JsonNode changed = value.isTextual() ? new TextNode(changedText(value.asText()))
            : value.isBoolean() ? TREES.getNodeFactory().booleanNode(!value.asBoolean())
            : TREES.getNodeFactory().numberNode(value.asLong() + 1);
        if (container.isArray()) {
          ((ArrayNode) container).set(Integer.parseInt(key), changed);
        } else {
          ((ObjectNode) container).set(key, changed);
        }
      });
    }
  }

  /** A date a day later, any other text with a letter more. */
  private static String changedText(String text) {
    try {
      return LocalDate.parse(text).plusDays(1).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return text + "x";
    }
  }
}
