package io.github.cqpm.rncp;

import io.github.cqpm.model.referential.Referential;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fiche of the RNCP export gives as a référentiel ({@link RncpReferentials#of(RncpFiche)}):
 * the référentiel, or why the fiche cannot be one.
 *
 * @param number the fiche's number, e.g. {@code RNCP19453}
 * @param referential the référentiel; empty when the fiche cannot be one
 * @param problems why it cannot, in the user's terms; empty when it can
 */
public record ImportedFiche(String number, Optional<Referential> referential, List<String> problems) {
  /**
   * Checks the components: a référentiel, or at least one problem.
   *
   * @param number the number
   * @param referential the référentiel
   * @param problems the problems
   */
  public ImportedFiche {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(referential, "referential");
    problems = List.copyOf(problems);
    if (referential.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a référentiel, or why not: not both, not neither");
    }
  }
}
