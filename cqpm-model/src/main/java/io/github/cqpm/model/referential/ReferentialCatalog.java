package io.github.cqpm.model.referential;

import io.github.cqpm.model.code.RncpNumber;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The référentiels an application decides with, by RNCP number: an immutable value that the caller
 * holds and hands to whatever needs a référentiel (the rules, the JSON readers, Bean Validation, the
 * command line). A dossier names its certification; its référentiel is the one this catalogue holds
 * under that number, never one from a hard-coded fiche or a process-wide registry.
 *
 * <p>{@link #with(Referential)} returns a new catalogue and changes nothing else: an application
 * that reloads the daily RNCP export builds a new catalogue from it, and two tenants of one server
 * hold two catalogues, each with its own référentiel under the same number if need be.
 *
 * <pre>{@code
 * ReferentialCatalog catalog = ReferentialCatalog.bundled().with(imported);   // RNCP 19453 + one
 * catalog.find(RncpNumber.parse("RNCP34762"));                               // Optional[…]
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; two catalogues holding equal
 * référentiels under the same numbers are equal.
 */
public final class ReferentialCatalog {
  private static final ReferentialCatalog BUNDLED = new ReferentialCatalog(
      Collections.singletonMap(Rncp19453.REFERENTIAL.getRncpNumber(), Rncp19453.REFERENTIAL));

  /** By increasing number; unmodifiable. */
  private final Map<RncpNumber, Referential> byNumber;

  private ReferentialCatalog(Map<RncpNumber, Referential> byNumber) {
    this.byNumber = byNumber;
  }

  /**
   * The référentiels this library bundles: RNCP 19453, as its fiche states it.
   *
   * @return the same catalogue on every call
   */
  public static ReferentialCatalog bundled() {
    return BUNDLED;
  }

  /**
   * A catalogue of these référentiels and no other (not even the bundled ones).
   *
   * @param referentials the référentiels, each under its own number
   * @return the catalogue
   * @throws IllegalArgumentException if two of them have the same number
   */
  public static ReferentialCatalog of(Referential... referentials) {
    return of(List.of(referentials));
  }

  /**
   * A catalogue of these référentiels and no other (not even the bundled ones).
   *
   * @param referentials the référentiels, each under its own number
   * @return the catalogue
   * @throws IllegalArgumentException if two of them have the same number
   */
  public static ReferentialCatalog of(Iterable<Referential> referentials) {
    TreeMap<RncpNumber, Referential> byNumber = new TreeMap<>();
    for (Referential referential : referentials) {
      Objects.requireNonNull(referential, "referential");
      if (byNumber.putIfAbsent(referential.getRncpNumber(), referential) != null) {
        throw new IllegalArgumentException(
            referential.getRncpNumber() + " is given twice; a catalogue holds one référentiel per"
                + " number (use with(…) to replace one)");
      }
    }
    return new ReferentialCatalog(Collections.unmodifiableMap(byNumber));
  }

  /**
   * This catalogue with a référentiel added, or put in place of the one it held under the same
   * number. This catalogue is left as it was.
   *
   * @param referential the référentiel
   * @return a new catalogue (this one when it already holds an equal référentiel there)
   */
  public ReferentialCatalog with(Referential referential) {
    Objects.requireNonNull(referential, "referential");
    RncpNumber number = referential.getRncpNumber();
    if (referential.equals(byNumber.get(number))) {
      return this;
    }
    TreeMap<RncpNumber, Referential> copy = new TreeMap<>(byNumber);
    copy.put(number, referential);
    return new ReferentialCatalog(Collections.unmodifiableMap(copy));
  }

  /**
   * The référentiel this catalogue holds under a number.
   *
   * @param number the RNCP number a dossier names
   * @return the référentiel, or empty when this catalogue has none under that number
   */
  public Optional<Referential> find(RncpNumber number) {
    return Optional.ofNullable(byNumber.get(Objects.requireNonNull(number, "number")));
  }

  /**
   * Every référentiel of this catalogue.
   *
   * @return by increasing number
   */
  public List<Referential> referentials() {
    return List.copyOf(byNumber.values());
  }

  /**
   * The numbers this catalogue holds référentiels under, for messages.
   *
   * @return by increasing number
   */
  public List<RncpNumber> numbers() {
    return List.copyOf(byNumber.keySet());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReferentialCatalog
        && byNumber.equals(((ReferentialCatalog) other).byNumber);
  }

  @Override
  public int hashCode() {
    return byNumber.hashCode();
  }

  /**
   * The numbers held, such as {@code ReferentialCatalog[RNCP19453]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ReferentialCatalog" + byNumber.keySet();
  }
}
