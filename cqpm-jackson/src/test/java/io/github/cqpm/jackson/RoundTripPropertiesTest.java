package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.DossierSpec;
import io.github.cqpm.testkit.NonConformity;
import org.junit.jupiter.api.Test;

/** For generated values: write then read gives the value back; read, write, read is stable. */
class RoundTripPropertiesTest {
  private static final ObjectMapper MAPPER = CqpmJson.newMapper();

  @Test
  void dossiersWriteAndReadBack() {
    qt().forAll(CqpmGens.dossiers()).checkAssert(dossier -> {
      String written = CqpmJson.write(dossier);
      Dossier read = read(written);
      assertThat(read).isEqualTo(dossier);
      assertThat(CqpmJson.write(read)).isEqualTo(written);
      assertThat(read(CqpmJson.writeLine(dossier))).isEqualTo(dossier);
      assertThat(CqpmJson.writeLine(dossier)).doesNotContain("\n");
    });
  }

  @Test
  void nonConformingDossiersRoundTripToo() {
    qt().forAll(CqpmGens.nonConforming()).checkAssert(labelled -> {
      Dossier dossier = labelled.value();
      assertThat(read(CqpmJson.write(dossier))).isEqualTo(dossier);
    });
    qt().withExamples(50).forAll(CqpmGens.dossiers(DossierSpec.any().withBlockNearValidityBoundary()))
        .checkAssert(d -> assertThat(read(CqpmJson.write(d))).isEqualTo(d));
    assertThat(NonConformity.values()).isNotEmpty();
  }

  @Test
  void juriesAndDeliberationsThroughTheMapper() {
    qt().forAll(CqpmGens.juries()).checkAssert(jury -> {
      try {
        String once = MAPPER.writeValueAsString(jury);
        JurySession read = MAPPER.readValue(once, JurySession.class);
        assertThat(read).isEqualTo(jury);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(once);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
    qt().forAll(CqpmGens.deliberations(true)).checkAssert(d -> {
      try {
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(d), JuryDeliberation.class)).isEqualTo(d);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static Dossier read(String json) {
    try {
      return CqpmJson.readDossier(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
