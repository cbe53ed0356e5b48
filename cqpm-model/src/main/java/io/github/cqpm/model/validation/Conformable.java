package io.github.cqpm.model.validation;

import io.github.cqpm.model.referential.ReferentialCatalog;
import java.util.List;

/**
 * A model value that can say how it does not conform to the référentiel of its certification.
 * {@link ConformsToReferential} reports what it says; the value finds its référentiel in the
 * catalogue it is given (a dossier names its certification).
 */
public interface Conformable {
  /**
   * How this value does not conform to its référentiel in the {@linkplain
   * ReferentialCatalog#bundled() bundled catalogue}, under the documented default {@link Reading}.
   *
   * @return the nonconformities, in a stable order; empty when the value conforms
   */
  List<Nonconformity> nonconformities();

  /**
   * How this value does not conform to its référentiel in a catalogue, under a reading of the
   * fiche (the reading of the rules' policy, {@code RulePolicy.reading()}). A value that names no
   * certification says what {@link #nonconformities()} says.
   *
   * @param catalog where the value's référentiel is looked up
   * @param reading how the fiche is read where it leaves room
   * @return the nonconformities, in a stable order; empty when the value conforms
   * @since 0.2.0
   */
  default List<Nonconformity> nonconformities(ReferentialCatalog catalog, Reading reading) {
    return nonconformities();
  }
}
