package io.github.cqpm.jackson;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The golden documents under src/test/resources/golden and the values they hold. */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final Map<String, Dossier> DOSSIERS = Map.of(
      "admissible-training-dossier.json", Fixtures.admissibleTrainingPath(),
      "admissible-vae-dossier.json", Fixtures.admissibleVae(),
      "tie-broken-by-president.json", Fixtures.tieBrokenByPresident());
  static final String REFERENTIAL = "referential-rncp19453.json";

  private Golden() {}

  static byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(DIR.resolve(name));
  }

  static String text(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
