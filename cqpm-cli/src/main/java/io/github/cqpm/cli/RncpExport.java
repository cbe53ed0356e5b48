package io.github.cqpm.cli;

import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rncp.ImportedFiche;
import io.github.cqpm.rncp.RncpExportReader;
import io.github.cqpm.rncp.RncpFiche;
import io.github.cqpm.rncp.RncpFormatException;
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

  static Referential referential(Path export, String number) throws InputFile.Unreadable {
    Optional<RncpFiche> fiche;
    String end;
    try (InputStream in = InputFile.open(export);
        RncpExportReader reader = RncpExportReader.open(in, export.toString())) {
      fiche = reader.find(number);
      end = ":" + reader.getLine() + ":" + reader.getColumn();
    } catch (RncpFormatException e) {
      throw new InputFile.Unreadable(Printable.of(e.getMessage()));
    } catch (IOException e) {
      throw InputFile.unreadable(export, e);
    }
    if (fiche.isEmpty()) {
      throw new InputFile.Unreadable(InputFile.name(export) + end + ": no fiche " + Printable.of(number)
          + " in the export (read to its end)");
    }
    ImportedFiche imported = RncpReferentials.of(fiche.get());
    if (imported.referential().isEmpty()) {
      throw new InputFile.Unreadable(InputFile.name(export) + ":" + fiche.get().line() + ": " + number
          + " cannot be a référentiel: " + Printable.of(String.join("; ", imported.problems())));
    }
    return imported.referential().get();
  }
}
