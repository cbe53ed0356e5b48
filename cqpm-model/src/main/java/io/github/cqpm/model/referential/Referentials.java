package io.github.cqpm.model.referential;

/**
 * The référentiels bundled with the library.
 */
public final class Referentials {
  private static final Referential RNCP_19453 = Rncp19453.build();

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
}
