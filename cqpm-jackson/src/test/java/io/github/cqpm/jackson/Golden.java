package io.github.cqpm.jackson;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The golden documents under src/test/resources/golden and the values they hold; read from the
 * class path, so that cqpm-jackson3's tests read them from this module's test jar.
 */
public final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden");
  /** Each golden dossier document, by file name, with the value it holds. */
  public static final Map<String, Dossier> DOSSIERS = Map.of(
      "admissible-training-dossier.json", Fixtures.admissibleTrainingPath(),
      "admissible-vae-dossier.json", Fixtures.admissibleVae(),
      "tie-broken-by-president.json", Fixtures.tieBrokenByPresident());
  /** The golden référentiel document's file name. */
  public static final String REFERENTIAL = "referential-rncp19453.json";

  private Golden() {}

  /** A golden document's bytes. */
  public static byte[] bytes(String name) throws IOException {
    try (java.io.InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new java.io.FileNotFoundException("golden/" + name);
      }
      return in.readAllBytes();
    }
  }

  /** A golden document's text. */
  public static String text(String name) throws IOException {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
