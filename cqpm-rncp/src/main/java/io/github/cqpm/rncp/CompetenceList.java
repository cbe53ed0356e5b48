package io.github.cqpm.rncp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The competences of a fiche's free text and how the text was read ({@link
 * Competences#read(String)}).
 *
 * @param competences the competences, in the text's order
 * @param style the rule of the cascade that split the text
 * @param preamble the text before the first competence that is not one (a lead-in sentence such as
 *     "Ce bloc de compétences reprend les capacités suivantes :"), when there is one
 * @param raw the text as the export writes it, HTML included
 * @since 0.2.0
 */
public record CompetenceList(List<Competence> competences, Style style, Optional<String> preamble, String raw) {
  /** The rules of the cascade, in the order they are tried. */
  public enum Style {
    /** The fiche numbers its competences ({@code A1C1.}, {@code A5.C1.}, {@code C.1.}, {@code C1 -}). */
    CODES,
    /** The fiche writes an outline ({@code 1.1}, {@code 1.1.1}): the leaves are the competences. */
    OUTLINE,
    /** One competence per line (paragraph, list item, line break). */
    LINES,
    /** Bullets ({@code *}, {@code -}, {@code •}) on one line. */
    BULLETS,
    /** One line, the items separated by runs of two or more spaces (the export's flattened list). */
    SPACES,
    /** One sentence: one competence. */
    PLAIN,
    /** No text. */
    EMPTY
  }

  /**
   * Checks the components.
   *
   * @param competences the competences
   * @param style the style
   * @param preamble the preamble
   * @param raw the raw text
   */
  public CompetenceList {
    competences = List.copyOf(competences);
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(preamble, "preamble");
    Objects.requireNonNull(raw, "raw");
  }
}
