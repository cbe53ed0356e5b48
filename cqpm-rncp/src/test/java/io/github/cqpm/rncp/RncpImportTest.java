package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.rncp.OneFicheAloneLawTest.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Law: importing an export with the référentiels made on a second thread gives what the loop on
 * one thread gives, fiche for fiche, in the export's order, whatever the batches' size, how many
 * are in flight, how much text they may hold, and which thread makes them; an export's own flaw is
 * thrown after every fiche before it has been given.
 */
class RncpImportTest {
  private static final ExecutorService HELPER = Executors.newSingleThreadExecutor();

  @AfterAll
  static void stop() {
    HELPER.shutdownNow();
  }

  @Test
  void theImportGivesWhatTheLoopOnOneThreadGives() {
    Gen<List<Kind>> kinds = SourceDSL.lists().of(SourceDSL.arbitrary().enumValues(Kind.class)).ofSizeBetween(0, 40);
    qt().withExamples(200).forAll(kinds, SourceDSL.integers().between(1, 5), SourceDSL.integers().between(1, 3),
        SourceDSL.integers().between(0, 2)).checkAssert((fiches, batch, inFlight, budget) -> {
          for (boolean flawedEnd : new boolean[] {false, true}) {
            String export = export(fiches, flawedEnd);
            List<String> expected = oneThread(export);
            long characters = budget == 0 ? 1 : budget == 1 ? 400 : RncpImport.CHARACTERS_IN_FLIGHT;
            assertThat(imported(export, batch, inFlight, characters, true)).isEqualTo(expected);
            assertThat(imported(export, batch, inFlight, characters, false)).isEqualTo(expected);
          }
        });
  }

  @Test
  void thePublicEntryGivesEveryFicheOfTheExampleInOrder() throws RncpFormatException {
    List<String> numbers = new ArrayList<>();
    try (RncpExportReader reader = RncpExportReader.open(
        new ByteArrayInputStream(Exports.export(Kind.SOUND.fiche(7), Kind.NO_TITLE.fiche(8), Kind.SOUND.fiche(9))
            .getBytes(StandardCharsets.UTF_8)), "three.xml")) {
      RncpImport.forEach(reader, new RncpImport.Each() {
        @Override
        public void imported(RncpFiche fiche, ImportedFiche imported) {
          numbers.add(fiche.number() + " " + imported.number()); // made of that fiche
        }

        @Override
        public void refused(RncpFormatException refusal) {
          numbers.add(refusal.getFicheNumber().orElseThrow() + " illisible");
        }
      });
    }
    assertThat(numbers).containsExactly("RNCP7 RNCP7", "RNCP8 illisible", "RNCP9 RNCP9");
  }

  @Test
  void whatTheCallerThrowsEndsTheImport() throws RncpFormatException {
    try (RncpExportReader reader = RncpExportReader.open(new ByteArrayInputStream(
        export(List.of(Kind.SOUND, Kind.SOUND, Kind.SOUND), false).getBytes(StandardCharsets.UTF_8)), "x.xml")) {
      List<String> given = new ArrayList<>();
      assertThatThrownBy(() -> RncpImport.forEach(reader, new RncpImport.Each() {
        @Override
        public void imported(RncpFiche fiche, ImportedFiche imported) {
          given.add(fiche.number());
          if (given.size() == 2) {
            throw new IllegalStateException("stop at the second");
          }
        }

        @Override
        public void refused(RncpFormatException refusal) {
          given.add("refused");
        }
      })).isInstanceOf(IllegalStateException.class).hasMessage("stop at the second");
      assertThat(given).containsExactly("RNCP1", "RNCP2");
    }
  }

  /** An export of these fiches, numbered from 1; a flawed end is text where the flux has none. */
  private static String export(List<Kind> kinds, boolean flawedEnd) {
    List<String> fiches = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      fiches.add(kinds.get(i).fiche(i + 1));
    }
    String export = Exports.export(fiches.toArray(String[]::new));
    return flawedEnd ? export.replace("</FICHES>", "texte égaré</FICHES>") : export;
  }

  /** Each fiche's outcome, and the export's own flaw, as the loop on one thread gives them. */
  private static List<String> oneThread(String export) {
    List<String> outcomes = new ArrayList<>();
    try (RncpExportReader reader = open(export)) {
      while (true) {
        Optional<RncpFiche> fiche;
        try {
          fiche = reader.next();
        } catch (RncpFormatException e) {
          if (!e.isFicheOnly()) {
            throw e;
          }
          outcomes.add("refused " + e.getMessage());
          continue;
        }
        if (fiche.isEmpty()) {
          return outcomes;
        }
        outcomes.add(fiche.get().number() + " " + RncpReferentials.of(fiche.get()));
      }
    } catch (RncpFormatException e) {
      outcomes.add("ended " + e.getMessage());
      return outcomes;
    }
  }

  private static List<String> imported(String export, int batch, int inFlight, long characters, boolean helper) {
    List<String> outcomes = new ArrayList<>();
    try (RncpExportReader reader = open(export)) {
      new RncpImport(reader, helper ? HELPER : Runnable::run, new RncpImport.Each() {
        @Override
        public void imported(RncpFiche fiche, ImportedFiche imported) {
          outcomes.add(fiche.number() + " " + imported);
        }

        @Override
        public void refused(RncpFormatException refusal) {
          outcomes.add("refused " + refusal.getMessage());
        }
      }, batch, inFlight, characters).run();
    } catch (RncpFormatException e) {
      outcomes.add("ended " + e.getMessage());
    }
    return outcomes;
  }

  private static RncpExportReader open(String export) throws RncpFormatException {
    return RncpExportReader.open(new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), "law.xml");
  }
}
