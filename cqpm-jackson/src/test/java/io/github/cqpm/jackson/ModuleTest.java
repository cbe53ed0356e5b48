package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's registration, laid out like jackson-datatype-jsr310's. */
class ModuleTest {

  @Test
  void findAndRegisterModulesFindsIt() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("io.github.cqpm.jackson.CqpmModule");
    Dossier dossier = Fixtures.tieBrokenByPresident();
    assertThat(mapper.readValue(mapper.writeValueAsString(dossier), Dossier.class)).isEqualTo(dossier);
  }

  @Test
  void itHasAStableIdAndTheBuildsVersion() {
    CqpmModule module = new CqpmModule();
    assertThat(module.getTypeId()).isEqualTo("io.github.cqpm.jackson.CqpmModule");
    assertThat(module.getModuleName()).isEqualTo("CqpmModule");
    assertThat(module.version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("io.github.cqpm");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("cqpm-jackson");
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(io.github.cqpm.json.CqpmFormat.version());
    ObjectMapper twice = new ObjectMapper().registerModule(new CqpmModule()).registerModule(new CqpmModule());
    assertThat(twice.getRegisteredModuleIds()).hasSize(1);
  }

  @Test
  void everyModelTypeIsWrittenAndReadThroughTheMapper() throws Exception {
    ObjectMapper mapper = CqpmJson.newMapper();
    Dossier dossier = Fixtures.admissibleVae();
    JurySession session = dossier.getJury().orElseThrow().getSession();
    assertThat(mapper.readValue(mapper.writeValueAsString(session), JurySession.class)).isEqualTo(session);
    assertThat(mapper.readValue(mapper.writeValueAsString(dossier.getVae().orElseThrow()), io.github.cqpm.model.dossier.VaeFile.class))
        .isEqualTo(dossier.getVae().orElseThrow());
    assertThat(mapper.writeValueAsString(CapacityCode.of(5))).isEqualTo("\"C5\"");
    assertThat(mapper.readValue("\"RNCP19453BC02\"", BlockCode.class)).isEqualTo(BlockCode.of(19453, 2));
    Referential ref = Referentials.rncp19453();
    assertThat(mapper.readValue(mapper.writeValueAsString(ref), Referential.class)).isEqualTo(ref);
    for (var block : ref.getBlocks()) {
      assertThat(mapper.readValue(mapper.writeValueAsString(block), io.github.cqpm.model.referential.Block.class)).isEqualTo(block);
    }
  }

  @Test
  void noPolymorphicTypingEvenWhenTheConsumerTurnsItOn() throws Exception {
    ObjectMapper typed = new ObjectMapper().registerModule(new CqpmModule());
    typed.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
        ObjectMapper.DefaultTyping.NON_FINAL);
    Dossier dossier = Fixtures.admissibleTrainingPath();
    String written = typed.writeValueAsString(dossier);
    assertThat(written).startsWith("{\"formatVersion\":1").doesNotContain("Immutable").doesNotContain("@class");
    assertThat(typed.readValue(written, Dossier.class)).isEqualTo(dossier);
    assertThatThrownBy(() -> typed.readValue("[\"java.lang.ProcessBuilder\", {}]", Dossier.class))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("(root): expected a dossier, was an array");
  }

  @Test
  void aListOfDossiersRoundTrips() throws Exception {
    ObjectMapper mapper = CqpmJson.newMapper();
    List<Dossier> dossiers = List.of(Fixtures.missingBlock2(), Fixtures.juryAfterRegistrationEnd());
    String json = mapper.writeValueAsString(dossiers);
    List<Dossier> read = mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, Dossier.class));
    assertThat(read).isEqualTo(dossiers);
  }
}
