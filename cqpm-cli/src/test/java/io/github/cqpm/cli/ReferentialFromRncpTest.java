package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cqpm referential --from-rncp EXPORT.xml --list}: one line per fiche of an RNCP export. */
class ReferentialFromRncpTest {
  private static final String EXPORTS = "../examples/rncp/";

  @Test
  void listsEachFicheOnOneLine() {
    Run run = Run.of("referential", "--from-rncp", EXPORTS + "other-fiches.xml", "--list");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines()).containsExactly(
        "RNCP34762   active     2 blocs    3 compétences  Certificat de qualification paritaire de la métallurgie"
            + " Technicien en maintenance industrielle",
        "RNCP90001   active     1 blocs    3 compétences  Responsable d'atelier de production (test)",
        "RNCP90002   inactive   0 blocs    3 compétences  Opérateur de production (test, fiche ancienne sans blocs)");
    assertThat(Run.of("referential", "--from-rncp", EXPORTS + "rncp19453.xml", "--list").out())
        .startsWith("RNCP19453   inactive   3 blocs    8 compétences  Certificat de qualification professionnelle");
  }

  @Test
  void aBrokenExportIsBadInputWithItsLineAndColumn(@TempDir Path dir) throws Exception {
    Path export = dir.resolve("export.xml");
    Files.writeString(export, "<FICHES>\n<VERSION_FLUX>4.0</VERSION_FLUX>\n</FICHES>\n", StandardCharsets.UTF_8);
    Run run = Run.of("referential", "--from-rncp", export.toString(), "--list");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).isEqualTo("error: " + export + ":2:15: this reader knows the flux version 4.1, the export is of"
        + " version \"4.0\"\n");
    Files.writeString(export, "<?xml version=\"1.0\"?>\n<!DOCTYPE FICHES [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "\n<FICHES/>\n", StandardCharsets.UTF_8);
    run = Run.of("referential", "--from-rncp", export.toString(), "--list");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).startsWith("error: " + export + ":2:").contains("a DTD is refused").doesNotContain("root:");
  }

  @Test
  void theListNeedsAnExportAndAnExportNeedsTheList() {
    assertThat(Run.of("referential", "--list").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    Run run = Run.of("referential", "--from-rncp", EXPORTS + "rncp19453.xml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--from-rncp EXPORT.xml --list");
    assertThat(Run.of("referential", "--from-rncp", EXPORTS + "missing.xml", "--list").err())
        .isEqualTo("error: " + EXPORTS + "missing.xml: no such file\n");
  }
}
