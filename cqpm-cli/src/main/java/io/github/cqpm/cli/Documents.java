package io.github.cqpm.cli;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the documents the commands are given; each failure becomes a one-line message. */
final class Documents {
  private Documents() {}

  /** A document that could not be read, with a message naming the file and what is wrong. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  static Dossier dossier(Path file) throws Unreadable {
    try (InputStream in = Files.newInputStream(file)) {
      return CqpmJson.readDossier(in);
    } catch (NoSuchFileException e) {
      throw new Unreadable(file + ": no such file");
    } catch (IOException e) {
      throw new Unreadable(file + ": " + firstLine(e.getMessage()));
    }
  }

  /** Jackson appends the source location on further lines; the first line says what is wrong. */
  static String firstLine(String message) {
    String text = String.valueOf(message);
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
