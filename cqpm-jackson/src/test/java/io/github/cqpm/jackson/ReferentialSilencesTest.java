package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Certifier;
import io.github.cqpm.model.referential.EvaluationScheme;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A référentiel that states less than RNCP 19453 (one imported from the RNCP export: no jury
 * rules, no validity, no place, no holders, no signatory's quality, an evaluation kept as the
 * fiche's text, and notes on how it was read) is written without what it lacks, valid against the
 * schema, and read back equal.
 */
class ReferentialSilencesTest {
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(CqpmJson.referentialSchema(), InputFormat.JSON);

  private static Referential silent() {
    Referential bundled = Referentials.rncp19453();
    EvaluationScheme statement = EvaluationScheme.builder().statement("Étude de cas et soutenance orale.").build();
    List<Block> blocks = bundled.getBlocks().stream()
        .map(b -> Block.builder().from(b).evaluation(statement).build()).toList();
    return Referential.builder().from(bundled)
        .certifier(Certifier.of(bundled.getCertifier().getName()))
        .juryRules(Optional.empty())
        .componentValidity(Optional.empty())
        .holdersPerYear(OptionalInt.empty())
        .certificationPlace(Optional.empty())
        .blocks(blocks)
        .notes(List.of("Certificateur hors CQPM : rien n'est appliqué.", "Compétences numérotées dans l'ordre."))
        .build();
  }

  @Test
  void whatAReferentialDoesNotStateIsLeftOutAndReadBackAsAbsent() throws Exception {
    Referential silent = silent();
    String json = CqpmJson.write(silent);
    assertThat(json).doesNotContain("\"juryRules\"", "\"componentValidity\"", "\"holdersPerYear\"",
        "\"certificationPlace\"", "\"signatoryQuality\"", "\"companyOpinion\"", "\"attestation\"")
        .contains("\"statement\": \"Étude de cas et soutenance orale.\"", "\"notes\": [");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(CqpmJson.readReferential(json)).isEqualTo(silent);
    String bundled = CqpmJson.write(Referentials.rncp19453());
    assertThat(CqpmJson.newMapper().readTree(bundled).has("notes")).isFalse();
    assertThat(bundled).doesNotContain("\"statement\"");
  }
}
