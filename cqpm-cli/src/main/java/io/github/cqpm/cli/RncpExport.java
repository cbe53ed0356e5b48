package io.github.cqpm.cli;

import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rncp.ImportedFiche;
import io.github.cqpm.rncp.RncpExportReader;
import io.github.cqpm.rncp.RncpFiche;
import io.github.cqpm.rncp.RncpFormatException;
import io.github.cqpm.rncp.RncpImport;
import io.github.cqpm.rncp.RncpReferentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The référentiel of one fiche of an RNCP export, as the commands take it ({@code referential
 * --fiche}, {@code decide --referential-from-rncp}): the export is read one fiche at a time up to
 * that fiche, and every failure (the file, the XML, a missing fiche, a fiche that cannot be a
 * référentiel) is one {@link InputFile.Unreadable} that names the file and says what is wrong.
 */
final class RncpExport {
  private RncpExport() {}

  /** What a command does with an export, open. */
  @FunctionalInterface
  interface Reading<T> {
    T read(RncpExportReader reader) throws RncpFormatException, InputFile.Unreadable;
  }

  /**
   * Opens an export and reads it; the file's and the XML's failures become one {@link
   * InputFile.Unreadable} naming the file, and the line and column where the XML is at fault.
   */
  static <T> T read(Path export, Reading<T> reading) throws InputFile.Unreadable {
    try (InputStream in = InputFile.open(export);
        RncpExportReader reader = RncpExportReader.open(in, export.toString())) {
      return reading.read(reader);
    } catch (RncpFormatException e) {
      throw new InputFile.Unreadable(Printable.of(e.getMessage()));
    } catch (IOException e) {
      throw InputFile.unreadable(export, e);
    }
  }

  /** What a command does with each fiche read. */
  @FunctionalInterface
  interface EachFiche {
    void read(RncpFiche fiche);
  }

  /** What a command does with a fiche that cannot be read (the export is read on). */
  @FunctionalInterface
  interface EachRefused {
    void refused(RncpFormatException fiche);
  }

  /**
   * Every fiche of an export, one at a time; a fiche that cannot be read as a fiche is refused
   * alone and the export read on, a flaw of the export itself ends the reading.
   */
  static void forEach(Path export, EachFiche each, EachRefused refused) throws InputFile.Unreadable {
    read(export, reader -> {
      while (true) {
        Optional<RncpFiche> next;
        try {
          next = reader.next();
        } catch (RncpFormatException e) {
          if (!e.isFicheOnly()) {
            throw e;
          }
          refused.refused(e);
          continue;
        }
        if (next.isEmpty()) {
          return null;
        }
        each.read(next.get());
      }
    });
  }

  /**
   * Every fiche of an export made a référentiel, given in the export's order; the référentiels are
   * made on a second thread while this one reads ({@link RncpImport}).
   */
  static void importEach(Path export, RncpImport.Each each) throws InputFile.Unreadable {
    read(export, reader -> {
      RncpImport.forEach(reader, each);
      return null;
    });
  }

  static Referential referential(Path export, String number) throws InputFile.Unreadable {
    RncpFiche fiche = read(export, reader -> {
      Optional<RncpFiche> found = reader.find(number);
      if (found.isEmpty()) {
        throw new InputFile.Unreadable(InputFile.name(export) + ":" + reader.getLine() + ":" + reader.getColumn()
            + ": no fiche " + Printable.of(number) + " in the export (read to its end)");
      }
      return found.get();
    });
    ImportedFiche imported = RncpReferentials.of(fiche);
    if (imported.referential().isEmpty()) {
      throw new InputFile.Unreadable(InputFile.name(export) + ":" + fiche.line() + ": " + number
          + " cannot be a référentiel: " + Printable.of(String.join("; ", imported.problems())));
    }
    return imported.referential().get();
  }
}
