package io.github.cqpm.rncp;

import java.util.Objects;

/**
 * A block of competences as the export states it ({@code BLOC_COMPETENCES}), every text verbatim
 * (HTML and line breaks as the export has them).
 *
 * @param code its code, e.g. {@code RNCP19453BC02}
 * @param title its title ({@code LIBELLE})
 * @param competences its competences ({@code LISTE_COMPETENCES}), free text; empty when absent
 * @param evaluation its evaluation modalities ({@code MODALITES_EVALUATION}), free text; empty
 *     when absent
 */
public record RncpBlock(String code, String title, String competences, String evaluation) {
  /**
   * Checks the components.
   *
   * @param code the code
   * @param title the title
   * @param competences the competences
   * @param evaluation the evaluation modalities
   */
  public RncpBlock {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(competences, "competences");
    Objects.requireNonNull(evaluation, "evaluation");
  }
}
