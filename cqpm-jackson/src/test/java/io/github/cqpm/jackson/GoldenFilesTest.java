package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading then writing a golden document gives back its bytes, and it holds the value it was
 * written from. Run with {@code -Dcqpm.updateGolden=true} to write them anew after a deliberate
 * change of the format (then review the diff).
 */
class GoldenFilesTest {

  @Test
  void dossiersReadBackToTheirValueAndWriteBackToTheirBytes() throws IOException {
    update();
    for (Map.Entry<String, Dossier> golden : Golden.DOSSIERS.entrySet()) {
      String text = Golden.text(golden.getKey());
      Dossier read = CqpmJson.readDossier(text);
      assertThat(read).as(golden.getKey()).isEqualTo(golden.getValue());
      assertThat(CqpmJson.write(read)).as(golden.getKey()).isEqualTo(text);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      CqpmJson.write(read, bytes);
      assertThat(bytes.toByteArray()).isEqualTo(Golden.bytes(golden.getKey()));
    }
  }

  @Test
  void theReferentialReadsBackAndWritesBackToItsBytes() throws IOException {
    update();
    String text = Golden.text(Golden.REFERENTIAL);
    Referential read = CqpmJson.readReferential(text);
    assertThat(read).isEqualTo(Referentials.rncp19453());
    assertThat(CqpmJson.write(read)).isEqualTo(text);
    assertThat(text).contains("\"title\": \"Certificat de qualification professionnelle Pilote de systèmes de production automatisée (CQPM)\"");
  }

  @Test
  void theCanonicalFormIsIndentedByTwoSpacesWithUnixLineEnds() throws IOException {
    String text = Golden.text("tie-broken-by-president.json");
    assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"certification\": \"RNCP19453\",\n  \"candidate\": {\n    \"id\": \"CAND-")
        .endsWith("}\n").doesNotContain("\r").contains("\"acquiredBlocks\": [],");
  }

  private static void update() throws IOException {
    if (!Boolean.getBoolean("cqpm.updateGolden")) {
      return;
    }
    Files.createDirectories(Golden.DIR);
    for (Map.Entry<String, Dossier> golden : Golden.DOSSIERS.entrySet()) {
      Files.writeString(Golden.DIR.resolve(golden.getKey()), CqpmJson.write(golden.getValue()), StandardCharsets.UTF_8);
    }
    Files.writeString(Golden.DIR.resolve(Golden.REFERENTIAL), CqpmJson.write(Referentials.rncp19453()), StandardCharsets.UTF_8);
  }
}
