package io.github.cqpm.model.referential;

import io.github.cqpm.model.code.RncpNumber;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled référentiel RNCP 19453, and 0.1.0's look-ups by number, now adapters over {@link
 * ReferentialCatalog#bundled()}.
 *
 * <p>Until 0.2.0 this class was a process-wide registry that an application added référentiels to.
 * It holds no state any more: a référentiel of its own is put in a {@link ReferentialCatalog} the
 * application holds and hands to the rules, the readers and Bean Validation, so that two catalogues
 * can hold two référentiels under one number in one process, and a reloaded fiche can replace the
 * one it held.
 */
public final class Referentials {
  private Referentials() {}

  /**
   * The CQPM "Pilote de systèmes de production automatisée", fiche RNCP 19453 (registered from
   * 2014-08-09 to 2019-08-09), as the fiche states it.
   *
   * @return the same immutable instance on every call
   */
  public static Referential rncp19453() {
    return Rncp19453.REFERENTIAL;
  }

  /**
   * The bundled référentiel under a number.
   *
   * @param number the RNCP number a dossier names
   * @return the référentiel, or empty when the library bundles none under that number
   * @deprecated look it up in the catalogue the application holds: {@code
   *     ReferentialCatalog.bundled().find(number)}, or the catalogue that holds its own
   */
  @Deprecated(since = "0.2.0")
  public static Optional<Referential> find(RncpNumber number) {
    return ReferentialCatalog.bundled().find(number);
  }

  /**
   * Accepts a référentiel equal to the one bundled under its number, and changes nothing; there is
   * no process-wide registry to add another to.
   *
   * @param referential the référentiel
   * @throws UnsupportedOperationException if it is not the bundled one: put it in a catalogue
   *     instead, {@code ReferentialCatalog.bundled().with(referential)}
   * @deprecated build a {@link ReferentialCatalog} with {@link ReferentialCatalog#with} and hand
   *     it to what needs it
   */
  @Deprecated(since = "0.2.0")
  public static void register(Referential referential) {
    Objects.requireNonNull(referential, "referential");
    if (!find(referential.getRncpNumber()).filter(referential::equals).isPresent()) {
      throw new UnsupportedOperationException(
          "cqpm keeps no process-wide registry since 0.2.0: hold the référentiel of "
              + referential.getRncpNumber() + " in a catalogue instead,"
              + " ReferentialCatalog.bundled().with(referential), and hand it to the rules,"
              + " the readers and Bean Validation");
    }
  }

  /**
   * Every bundled référentiel.
   *
   * @return by increasing number
   * @deprecated {@code ReferentialCatalog.bundled().referentials()}
   */
  @Deprecated(since = "0.2.0")
  public static List<Referential> registered() {
    return ReferentialCatalog.bundled().referentials();
  }
}
