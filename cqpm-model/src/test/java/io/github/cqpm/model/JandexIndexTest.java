package io.github.cqpm.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build writes a Jandex index of the model into the jar (META-INF/jandex.idx), so that a
 * Quarkus application validates cqpm's types without indexing the dependency itself.
 */
class JandexIndexTest {
  @Test
  void theIndexIsBuiltAndNamesTheConstrainedTypes() throws IOException {
    Path index = Path.of("target/classes/META-INF/jandex.idx");
    assertThat(index).exists();
    try (InputStream in = Files.newInputStream(index)) {
      String names = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(names).contains("ConformsToReferential", "Dossier", "DossierConformity");
    }
  }
}
