package io.github.cqpm.rncp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the test exports and exports written in a test. */
final class Exports {
  private Exports() {}

  /** The sample exports of the repository's {@code examples/rncp}. */
  static final java.nio.file.Path EXAMPLES = java.nio.file.Path.of("../examples/rncp");

  static List<RncpFiche> read(String example) {
    try (InputStream in = java.nio.file.Files.newInputStream(EXAMPLES.resolve(example))) {
      return readAll(in, example);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RncpFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static List<RncpFiche> readText(String xml) throws RncpFormatException {
    return readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  static List<RncpFiche> readAll(InputStream in, String source) throws RncpFormatException {
    List<RncpFiche> fiches = new ArrayList<>();
    try (RncpExportReader reader = RncpExportReader.open(in, source)) {
      for (Optional<RncpFiche> fiche = reader.next(); fiche.isPresent(); fiche = reader.next()) {
        fiches.add(fiche.get());
      }
    }
    return fiches;
  }

  /** An export of these fiches' inner XML. */
  static String export(String... fiches) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FICHES>\n"
        + "<VERSION_FLUX>4.1</VERSION_FLUX>\n");
    for (String fiche : fiches) {
      xml.append("<FICHE>").append(fiche).append("</FICHE>\n");
    }
    return xml.append("</FICHES>\n").toString();
  }

  static final String MINIMAL = "<NUMERO_FICHE>RNCP1</NUMERO_FICHE><INTITULE>T</INTITULE><ACTIF>Oui</ACTIF>";
}
