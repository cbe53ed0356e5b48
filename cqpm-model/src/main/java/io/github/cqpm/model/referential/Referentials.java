package io.github.cqpm.model.referential;

import io.github.cqpm.model.code.RncpNumber;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The référentiels known to this process, by RNCP number: the bundled RNCP 19453, and those an
 * application registers ({@link #register(Referential)}). A dossier names its certification;
 * whatever needs its référentiel (the Bean Validation constraint on a dossier, the JSON reader, the
 * command line) looks it up here, never in a hard-coded fiche.
 *
 * <p>The registry is thread-safe. A number, once registered, keeps its référentiel: registering an
 * equal one again does nothing, registering a different one under the same number fails.
 */
public final class Referentials {
  private static final Referential RNCP_19453 = Rncp19453.build();
  private static final Map<RncpNumber, Referential> REGISTRY = new ConcurrentSkipListMap<>();

  static {
    REGISTRY.put(RNCP_19453.getRncpNumber(), RNCP_19453);
  }

  private Referentials() {}

  /**
   * The CQPM "Pilote de systèmes de production automatisée", fiche RNCP 19453 (registered from
   * 2014-08-09 to 2019-08-09), as the fiche states it.
   *
   * @return the same immutable instance on every call
   */
  public static Referential rncp19453() {
    return RNCP_19453;
  }

  /**
   * The référentiel registered under a number.
   *
   * @param number the RNCP number a dossier names
   * @return the référentiel, or empty when none is registered under that number
   */
  public static Optional<Referential> find(RncpNumber number) {
    return Optional.ofNullable(REGISTRY.get(Objects.requireNonNull(number, "number")));
  }

  /**
   * Registers a référentiel under its number, for every later look-up in this process.
   *
   * @param referential the référentiel
   * @throws IllegalStateException if a different référentiel is registered under its number
   */
  public static void register(Referential referential) {
    RncpNumber number = referential.getRncpNumber();
    Referential present = REGISTRY.putIfAbsent(number, referential);
    if (present != null && !present.equals(referential)) {
      throw new IllegalStateException(
          number + " is registered already with another référentiel; a number keeps its first");
    }
  }

  /**
   * Every registered référentiel.
   *
   * @return a snapshot, by increasing number
   */
  public static List<Referential> registered() {
    return List.copyOf(REGISTRY.values());
  }
}
