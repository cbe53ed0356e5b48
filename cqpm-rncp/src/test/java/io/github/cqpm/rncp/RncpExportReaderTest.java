package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.referential.AccessRoute;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The export's fields are read as the flux states them, verbatim. */
class RncpExportReaderTest {
  @Test
  void theFiche19453IsReadFieldByField() {
    List<RncpFiche> fiches = Exports.read("rncp19453.xml");
    assertThat(fiches).hasSize(1);
    RncpFiche fiche = fiches.get(0);
    assertThat(fiche.number()).isEqualTo("RNCP19453");
    assertThat(fiche.title())
        .isEqualTo("Certificat de qualification professionnelle Pilote de systèmes de production automatisée (CQPM)");
    assertThat(fiche.active()).isFalse();
    assertThat(fiche.state()).isEqualTo("Publiée");
    assertThat(fiche.abbreviation()).contains("CQP");
    assertThat(fiche.level()).isEmpty();
    assertThat(fiche.nsfDomains())
        .containsExactly(new RncpCode("201", "Technologies de commandes des transformations industrielles"));
    assertThat(fiche.romeJobs()).extracting(RncpCode::code).containsExactly("H2903", "H2904", "H2905", "H2906", "H2907");
    assertThat(fiche.certifiers()).singleElement().extracting(RncpCertifier::name).asString()
        .startsWith("Commission paritaire nationale de l'emploi (CPNE) de la métallurgie");
    assertThat(fiche.routes()).containsOnlyKeys(AccessRoute.values());
    assertThat(fiche.routes().get(AccessRoute.CONTINUING_TRAINING).open()).isTrue();
    assertThat(fiche.routes().get(AccessRoute.CONTINUING_TRAINING).juryComposition().orElseThrow())
        .contains("En cas de partage des voix, celle du président du jury est prépondérante.");
    assertThat(fiche.routes().get(AccessRoute.INITIAL_TRAINING)).isEqualTo(new RncpRoute(false, Optional.empty()));
    assertThat(fiche.accessibleInNewCaledonia()).contains(false);
    assertThat(fiche.accessibleInFrenchPolynesia()).contains(false);
    assertThat(fiche.effectiveDate()).contains(LocalDate.of(2014, 8, 9));
    assertThat(fiche.endDate()).contains(LocalDate.of(2019, 8, 9));
    assertThat(fiche.blocks()).extracting(RncpBlock::code)
        .containsExactly("RNCP19453BC01", "RNCP19453BC02", "RNCP19453BC03");
    assertThat(fiche.blocks().get(1).title()).isEqualTo("La réalisation de la maintenance préventive et curative de niveau 2");
    assertThat(fiche.blocks().get(0).evaluation()).startsWith("<p><b>Modalités d'évaluation :</b>");
    assertThat(fiche.line()).isEqualTo(6);
  }

  @Test
  void fichesOfOtherKindsAreReadWithWhatTheyLack() {
    List<RncpFiche> fiches = Exports.read("other-fiches.xml");
    assertThat(fiches).extracting(RncpFiche::number).containsExactly("RNCP34762", "RNCP90001", "RNCP90002");
    RncpFiche cqpm = fiches.get(0);
    assertThat(cqpm.level()).contains("NIV4");
    assertThat(cqpm.certifiers()).containsExactly(
        new RncpCertifier("77567227200044", "UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE"));
    assertThat(cqpm.predecessors()).containsExactly("RNCP19453");
    assertThat(cqpm.accessibleInFrenchPolynesia()).contains(true);
    RncpFiche other = fiches.get(1);
    assertThat(other.blocks().get(0).title()).isEqualTo("Piloter l'activit&eacute; de l'atelier");
    assertThat(other.routes()).containsOnlyKeys(AccessRoute.CONTINUING_TRAINING, AccessRoute.VAE);
    assertThat(other.accessibleInNewCaledonia()).isEmpty();
    RncpFiche old = fiches.get(2);
    assertThat(old.active()).isFalse();
    assertThat(old.blocks()).isEmpty();
    assertThat(old.successors()).containsExactly("RNCP90001");
    assertThat(old.routes().get(AccessRoute.CONTINUING_TRAINING)).isEqualTo(new RncpRoute(true, Optional.empty()));
  }

  @Test
  void anExportIsReadOneFicheAtATimeWhateverItsLength() throws Exception {
    int count = 20_000;
    java.io.InputStream endless = new java.io.SequenceInputStream(new java.util.Enumeration<>() {
      private int sent = -1;

      @Override
      public boolean hasMoreElements() {
        return sent <= count;
      }

      @Override
      public java.io.InputStream nextElement() {
        sent++;
        String text = sent == 0 ? "<FICHES><VERSION_FLUX>4.1</VERSION_FLUX>"
            : sent <= count ? "<FICHE><NUMERO_FICHE>RNCP" + sent + "</NUMERO_FICHE><INTITULE>Fiche " + sent
                + "</INTITULE><ACTIF>Oui</ACTIF></FICHE>\n" : "</FICHES>";
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    int read = 0;
    try (RncpExportReader reader = RncpExportReader.open(endless, "generated")) {
      for (Optional<RncpFiche> fiche = reader.next(); fiche.isPresent(); fiche = reader.next()) {
        read++;
        assertThat(fiche.get().number()).isEqualTo("RNCP" + read);
      }
    }
    assertThat(read).isEqualTo(count);
  }

  /**
   * A date is read when written JJ/MM/AAAA in ASCII digits and a day of the calendar, and left out
   * (with a note) otherwise: over texts of digits (other scripts' too), slashes, hyphens, spaces.
   */
  @Test
  void aDateIsReadExactlyWhenWrittenAsTheFluxWritesIt() throws Exception {
    java.util.regex.Pattern written = java.util.regex.Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})");
    org.quicktheories.QuickTheory.qt().withExamples(2_000)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, 99)).ofSizeBetween(8, 12))
        .checkAssert(chosen -> {
          // mostly what the flux writes at each place (a digit, a slash), sometimes another digit
          // script, a hyphen, a space or a letter
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < chosen.size(); i++) {
            int c = chosen.get(i);
            text.append(c < 85 ? (i == 2 || i == 5 ? '/' : (char) ('0' + c % (i == 3 ? 2 : i == 0 ? 4 : 10)))
                : c < 90 ? '\u0663' : c < 94 ? '-' : c < 97 ? ' ' : 'x');
          }
          Optional<LocalDate> expected;
          String note = "";
          java.util.regex.Matcher m = written.matcher(text.toString().strip());
          try {
            expected = m.matches() ? Optional.of(LocalDate.of(Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))) : Optional.empty();
            note = m.matches() || text.toString().isBlank() ? "" : "n'est pas une date JJ/MM/AAAA";
          } catch (java.time.DateTimeException e) {
            expected = Optional.empty();
            note = "n'est pas un jour du calendrier";
          }
          try {
            RncpFiche fiche = Exports.readText(Exports.export(Exports.MINIMAL
                + "<DATE_FIN_ENREGISTREMENT>" + text + "</DATE_FIN_ENREGISTREMENT>")).get(0);
            assertThat(fiche.endDate()).as("%s", text).isEqualTo(expected);
            if (note.isEmpty()) {
              assertThat(fiche.notes()).as("%s", text).isEmpty();
            } else {
              assertThat(fiche.notes()).as("%s", text).singleElement().asString().contains(note);
            }
          } catch (RncpFormatException e) {
            throw new AssertionError(e);
          }
        });
  }

  /**
   * The reader uses its elements again from one fiche to the next: whatever came before, a fiche
   * reads as it does alone. Over exports of the test export's fiches (every style of the flux) in
   * any order, repeated: each equals the fiche read by a new reader from an export holding it
   * alone on the same line.
   */
  @Test
  void aFicheReadsAsItDoesAloneWhateverCameBefore() throws Exception {
    String source = java.nio.file.Files.readString(Exports.EXAMPLES.resolve("real-shapes.xml"));
    List<String> fiches = new java.util.ArrayList<>();
    java.util.regex.Matcher fiche =
        java.util.regex.Pattern.compile("<FICHE>.*?</FICHE>", java.util.regex.Pattern.DOTALL).matcher(source);
    while (fiche.find()) {
      fiches.add(fiche.group());
    }
    org.quicktheories.QuickTheory.qt().withExamples(200)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, fiches.size() - 1)).ofSizeBetween(1, 12))
        .checkAssert(chosen -> {
          StringBuilder export = new StringBuilder(Exports.export());
          int end = export.indexOf("</FICHES>");
          export.setLength(end);
          String head = export.toString();
          for (int i : chosen) {
            export.append(fiches.get(i)).append('\n');
          }
          export.append("</FICHES>\n");
          try {
            List<RncpFiche> read = Exports.readText(export.toString());
            assertThat(read).hasSize(chosen.size());
            StringBuilder before = new StringBuilder(head);
            for (int k = 0; k < chosen.size(); k++) {
              String alone = before + fiches.get(chosen.get(k)) + "\n</FICHES>\n";
              assertThat(read.get(k)).isEqualTo(Exports.readText(alone).get(0));
              before.append("\n".repeat((int) fiches.get(chosen.get(k)).chars().filter(c -> c == '\n').count() + 1));
            }
          } catch (RncpFormatException e) {
            throw new AssertionError(e);
          }
        });
  }
}
