package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.referential.Referential;
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
  void checkImportsEveryFicheAndCountsThem(@TempDir Path dir) throws Exception {
    Run run = Run.of("referential", "--from-rncp", EXPORTS + "real-shapes.xml", "--check");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines()).hasSize(10).contains(
        "RNCP91002   importée    2 blocs    7 compétences   4 notes",
        "RNCP91008   refusée   no blocks of competences (BLOCS_COMPETENCES): the rules decide block by block");
    assertThat(run.out()).endsWith("imported 8 of 9 fiches (1 without blocks)\n");
    // a fiche with blocks that does not import: exit 1
    Path export = realShapesWithout(dir, "<DATE_EFFET>12/03/2009</DATE_EFFET>");
    Run broken = Run.of("referential", "--from-rncp", export.toString(), "--check");
    assertThat(broken.exitCode()).isEqualTo(ExitCode.NOT_ALL_IMPORTED);
    assertThat(broken.out()).contains("RNCP91007   refusée   no registration window: the fiche states neither"
        + " DATE_EFFET, DATE_DECISION nor DATE_FIN_ENREGISTREMENT")
        .endsWith("imported 7 of 9 fiches (1 without blocks)\n");
  }

  /** The test export {@code real-shapes.xml} without one piece of its text, written in a directory. */
  private static Path realShapesWithout(Path dir, String piece) throws java.io.IOException {
    String xml = Files.readString(Path.of(EXPORTS + "real-shapes.xml"), StandardCharsets.UTF_8);
    assertThat(xml).contains(piece);
    Path export = dir.resolve("export.xml");
    Files.writeString(export, xml.replace(piece, ""), StandardCharsets.UTF_8);
    return export;
  }

  /** One fiche that cannot be read is refused alone: the export is read on, the others import. */
  @Test
  void aFicheThatCannotBeReadIsRefusedAloneAndTheExportReadOn(@TempDir Path dir) throws Exception {
    Path export = realShapesWithout(dir, "<INTITULE>Certificat de technicien de laboratoire (test)</INTITULE>");
    Run check = Run.of("referential", "--from-rncp", export.toString(), "--check");
    assertThat(check.exitCode()).isEqualTo(ExitCode.NOT_ALL_IMPORTED);
    assertThat(check.out().lines()).hasSize(10)
        .contains("RNCP91003   refusée   " + export + ":65:10: missing INTITULE in FICHE of RNCP91003")
        .anyMatch(line -> line.startsWith("RNCP91004   importée"))
        .anyMatch(line -> line.startsWith("RNCP91009   importée"));
    assertThat(check.out()).endsWith("imported 7 of 9 fiches (1 without blocks)\n");
    Run list = Run.of("referential", "--from-rncp", export.toString(), "--list");
    assertThat(list.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(list.out().lines()).hasSize(9)
        .contains("RNCP91003   illisible " + export + ":65:10: missing INTITULE in FICHE of RNCP91003");
    // the fiches after it, asked for, are found; the fiche itself cannot be a référentiel
    assertThat(Run.of("referential", "--from-rncp", export.toString(), "--fiche", "RNCP91004").exitCode())
        .isEqualTo(ExitCode.OK);
    Run asked = Run.of("referential", "--from-rncp", export.toString(), "--fiche", "RNCP91003");
    assertThat(asked.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(asked.err()).contains("missing INTITULE in FICHE of RNCP91003");
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
  void aFicheIsPrintedAsAReferentialInTextOrInTheReferentialDocument() throws Exception {
    Run json = Run.of("referential", "--from-rncp", EXPORTS + "other-fiches.xml", "--fiche", "RNCP34762",
        "--format", "json");
    assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
    Referential read = CqpmJson.readReferential(json.out());
    assertThat(read.getCapacities()).extracting(c -> c.getCode().toString()).containsExactly("A1C1", "A1C2", "A2C1");
    assertThat(read.getNotes()).singleElement().asString().startsWith("Régime des CQPM");
    Run text = Run.of("referential", "--from-rncp", EXPORTS + "other-fiches.xml", "--fiche", "RNCP34762");
    assertThat(text.out()).startsWith("RNCP 34762 — Certificat de qualification paritaire de la métallurgie")
        .contains("    A2C1  Diagnostiquer une défaillance en s'appuyant sur la documentation technique")
        .contains("Notes :\n    Régime des CQPM");
  }

  @Test
  void aFicheTheExportLacksOrThatCannotBeAReferentialIsBadInput() {
    Run missing = Run.of("referential", "--from-rncp", EXPORTS + "other-fiches.xml", "--fiche", "RNCP11111");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(missing.err()).matches("error: " + EXPORTS + "other-fiches.xml:\\d+:\\d+: no fiche RNCP11111 in the export"
        + " \\(read to its end\\)\n");
    Run old = Run.of("referential", "--from-rncp", EXPORTS + "other-fiches.xml", "--fiche", "RNCP90002");
    assertThat(old.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(old.err()).startsWith("error: " + EXPORTS + "other-fiches.xml:")
        .contains("RNCP90002 cannot be a référentiel: ")
        .contains("no blocks of competences (BLOCS_COMPETENCES): the rules decide block by block");
  }

  @Test
  void aDossierIsDecidedAgainstTheFicheItNamesReadFromTheExport(@TempDir Path dir) throws Exception {
    Run decided = Run.of("decide", EXPORTS + "dossier-rncp34762.json", "--referential-from-rncp",
        EXPORTS + "other-fiches.xml");
    assertThat(decided.exitCode()).as(decided.err()).isEqualTo(ExitCode.OK);
    assertThat(decided.out()).contains("RNCP34762").contains("RNCP34762BC02").contains("A2C1");
    Run bundled = Run.of("decide", DecideCommandTest.EXAMPLE, "--referential-from-rncp", EXPORTS + "other-fiches.xml");
    assertThat(bundled.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(bundled.err()).isEqualTo("note: RNCP19453 is bundled; the bundled référentiel decides, not the"
        + " export's fiche\n");
    String dossier = Files.readString(Path.of(EXPORTS + "dossier-rncp34762.json"));
    Path old = Files.writeString(dir.resolve("old.json"), dossier.replace("RNCP34762", "RNCP90002"));
    Run refused = Run.of("decide", old.toString(), "--referential-from-rncp", EXPORTS + "other-fiches.xml");
    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(refused.err()).contains("RNCP90002 cannot be a référentiel: ");
    Path absent = Files.writeString(dir.resolve("absent.json"), dossier.replace("RNCP34762", "RNCP11111"));
    Run notThere = Run.of("decide", absent.toString(), "--referential-from-rncp", EXPORTS + "other-fiches.xml");
    assertThat(notThere.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(notThere.err()).contains("no fiche RNCP11111 in the export");
  }

  @Test
  void theListNeedsAnExportAndAnExportNeedsTheList() {
    assertThat(Run.of("referential", "--list").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Run.of("referential", "--fiche", "RNCP34762").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Run.of("referential", "--from-rncp", EXPORTS + "rncp19453.xml", "--list", "--fiche", "RNCP19453")
        .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(Run.of("referential", "--from-rncp", EXPORTS + "rncp19453.xml", "--list", "--format", "json")
        .exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    Run run = Run.of("referential", "--from-rncp", EXPORTS + "rncp19453.xml");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--from-rncp EXPORT.xml --list");
    assertThat(Run.of("referential", "--from-rncp", EXPORTS + "missing.xml", "--list").err())
        .isEqualTo("error: " + EXPORTS + "missing.xml: no such file\n");
  }
}
