package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.FicheRule;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.json.DecisionDocument;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.NonConformity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The decision's JSON Schema describes what {@link DecisionDocument} writes, no more and no less:
 * every written decision is valid; every property the schema declares is written by some decision
 * and every required one by all; its enumerations are the library's enums.
 */
class DecisionSchemaTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(DecisionDocument.schema(), InputFormat.JSON);
  private static final ObjectMapper MAPPER = CqpmJson.newMapper();
  private static final CqpmRules RULES = CqpmRules.standard();

  private static JsonNode schemaTree() {
    try {
      return MAPPER.readTree(DecisionDocument.schema());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decisionOf(Dossier dossier, Locale locale) {
    return CqpmJson.write(DecisionDocument.of(dossier, RULES.decide(dossier), RULES, locale));
  }

  /**
   * A generated dossier and its two earlier states: the jury sat but neither votes nor a verdict
   * are on record yet, and no jury yet (the documents without a deliberation or a declaration).
   */
  private static List<Dossier> withEarlierStates(Dossier dossier) {
    List<Dossier> states = new ArrayList<>(List.of(dossier, Dossier.builder().from(dossier).jury(Optional.empty()).build()));
    dossier.getJury().ifPresent(jury -> states.add(Dossier.builder().from(dossier)
        .jury(JuryDeliberation.builder().session(jury.getSession()).build()).build()));
    return states;
  }

  @Test
  void everyDecisionOnAGeneratedDossierIsValid() {
    qt().withExamples(200).forAll(CqpmGens.dossiers()).checkAssert(generated -> {
      for (Dossier dossier : withEarlierStates(generated)) {
        String json = decisionOf(dossier, Locale.FRENCH);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(json).isEmpty();
      }
    });
  }

  @Test
  void everyDecisionOnANonConformingDossierIsValid() {
    for (NonConformity kind : NonConformity.values()) {
      qt().withExamples(20).forAll(CqpmGens.nonConforming(kind)).checkAssert(dossier -> {
        String json = decisionOf(dossier, Locale.ENGLISH);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as(kind + " " + json).isEmpty();
      });
    }
  }

  /** Properties declared but never written, or written by all though optional, would mislead a consumer. */
  @Test
  void theSchemaDeclaresWhatIsWrittenAndRequiresWhatIsAlwaysWritten() throws IOException {
    JsonNode schema = schemaTree();
    Set<String> seen = new TreeSet<>();
    Set<String> always = null;
    List<Dossier> dossiers = new ArrayList<>();
    qt().withExamples(200).forAll(CqpmGens.dossiers()).checkAssert(d -> dossiers.addAll(withEarlierStates(d)));
    for (NonConformity kind : NonConformity.values()) {
      qt().withExamples(5).forAll(CqpmGens.nonConforming(kind)).checkAssert(dossiers::add);
    }
    // since 0.2.0: a partial target, a candidate who did not attend
    qt().withExamples(20).forAll(CqpmGens.dossiers(io.github.cqpm.testkit.DossierSpec.any()
        .targeting(io.github.cqpm.model.code.BlockCode.of(19453, 2)))).checkAssert(dossiers::add);
    qt().withExamples(20).forAll(CqpmGens.dossiers(io.github.cqpm.testkit.DossierSpec.any()
        .attendance(io.github.cqpm.model.jury.Attendance.EXCUSED))).checkAssert(dossiers::add);
    for (Dossier dossier : dossiers) {
      Set<String> names = new TreeSet<>();
      MAPPER.readTree(decisionOf(dossier, Locale.FRENCH)).fieldNames().forEachRemaining(names::add);
      seen.addAll(names);
      if (always == null) {
        always = new TreeSet<>(names);
      } else {
        always.retainAll(names);
      }
    }
    Set<String> declared = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(declared::add);
    Set<String> required = new TreeSet<>();
    schema.get("required").forEach(n -> required.add(n.asText()));
    assertThat(seen).isEqualTo(declared);
    // the digests are always written since 0.2.0, and optional so that 0.1.0's documents validate
    required.addAll(List.of("dossierSha256", "referentialSha256", "attestableBlocks"));
    assertThat(always).isEqualTo(required);
  }

  @Test
  void theEnumerationsAreTheLibrarysEnums() {
    JsonNode schema = schemaTree();
    assertThat(texts(schema.at("/$defs/code/enum"))).isEqualTo(names(FindingCode.values()));
    assertThat(texts(schema.at("/properties/ruling/enum"))).isEqualTo(names(Ruling.values()));
    assertThat(texts(schema.at("/properties/audit/enum"))).isEqualTo(names(AuditOutcome.values()));
    assertThat(texts(schema.at("/$defs/finding/properties/severity/enum"))).isEqualTo(names(Severity.values()));
    assertThat(texts(schema.at("/$defs/finding/properties/rule/enum"))).isEqualTo(names(FicheRule.values()));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
