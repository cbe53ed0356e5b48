package io.github.cqpm.model.validation;

import java.util.List;

/**
 * A model value that can say how it does not conform to the référentiel of its certification.
 * {@link ConformsToReferential} reports what it says; the value finds its référentiel itself (a
 * dossier names its certification, looked up in {@code Referentials}).
 */
public interface Conformable {
  /**
   * How this value does not conform, each with its property path, under the documented default
   * {@link Reading}.
   *
   * @return the nonconformities, in a stable order; empty when the value conforms
   */
  List<Nonconformity> nonconformities();
}
