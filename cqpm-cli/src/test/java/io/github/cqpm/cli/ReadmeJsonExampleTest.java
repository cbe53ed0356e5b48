package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's JSON example, as written there. */
class ReadmeJsonExampleTest {

  @Test
  void theReadmeJsonExampleWorksAsWritten() throws Exception {
    String json = Files.readString(Path.of(DecideCommandTest.EXAMPLE));

    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // or .registerModule(new CqpmModule())
    Dossier dossier = mapper.readValue(json, Dossier.class);
    Dossier same = CqpmJson.readDossier(json);                           // + input limits, trailing content refused
    String canonical = CqpmJson.write(dossier);                          // canonical order, 2-space indent, \n

    assertThat(same).isEqualTo(dossier);
    assertThat(canonical).isEqualTo(json);
  }
}
