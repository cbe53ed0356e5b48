package io.github.cqpm.cli;

import io.github.cqpm.jackson3.CqpmJson;
import io.github.cqpm.jackson3.InvalidJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.dossier.Dossier;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the documents the commands are given, through the one input path ({@link InputFile}, then
 * {@link CqpmJson}'s strict reader and its limits); each failure becomes one line that names the
 * file, the line and column, and the JSON pointer where they are known.
 */
final class Documents {
  private Documents() {}

  /**
   * Reads a dossier document.
   *
   * @param file the file
   * @return the dossier
   * @throws InputFile.Unreadable naming the file and where and what is wrong
   */
  static Dossier dossier(Path file) throws InputFile.Unreadable {
    return dossier(file, InputFile.text(file), ReferentialCatalog.bundled());
  }

  /**
   * Reads a dossier document already read as text ({@link InputFile#text(Path)}).
   *
   * @param file the file, to name in messages
   * @param text its text
   * @param catalog the référentiels the dossier may name
   * @return the dossier
   * @throws InputFile.Unreadable naming the file and where and what is wrong
   */
  static Dossier dossier(Path file, String text, ReferentialCatalog catalog)
      throws InputFile.Unreadable {
    try {
      return CqpmJson.readDossier(text, catalog);
    } catch (InvalidJsonException e) {
      throw new InputFile.Unreadable(InputFile.name(file) + where(e) + ": " + problem(e));
    } catch (JacksonException | UncheckedIOException e) {
      throw new InputFile.Unreadable(InputFile.name(file) + ": " + Printable.of(firstLine(e.getMessage())));
    }
  }

  /**
   * The certification a dossier document names, read leniently ahead of the strict reader (which
   * needs the catalogue that holds its référentiel): the {@code certification} string of a JSON object.
   *
   * @param text the document's text ({@link InputFile#text(Path)})
   * @return the RNCP number, or empty when the document does not name one the strict reader would
   *     accept as such (the strict reader then says what is wrong)
   */
  static Optional<RncpNumber> certification(String text) {
    try {
      JsonNode certification = CqpmJson.newMapper().readTree(text).path("certification");
      return certification.isString() ? Optional.of(RncpNumber.parse(certification.asString())) : Optional.empty();
    } catch (JacksonException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** ":line:column" of a reading error, or nothing when unknown. */
  static String where(InvalidJsonException e) {
    if (e.getLine() == 0) {
      return "";
    }
    return ":" + e.getLine() + (e.getColumn() > 0 ? ":" + e.getColumn() : "");
  }

  /** "pointer: problem" of a reading error, escaped for printing. */
  static String problem(InvalidJsonException e) {
    String pointer = e.getPointer().isEmpty() ? "(root)" : e.getPointer();
    return Printable.of(pointer + ": " + e.getProblem());
  }

  /** Jackson appends the source location on further lines; the first line says what is wrong. */
  static String firstLine(String message) {
    String text = String.valueOf(message);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
