package io.github.cqpm.cdc;

/**
 * A holder known by the NIR ({@code identifiantNational}): its 13 characters without the key, and
 * the birth name. The NIR is never shown whole: not in a message, not in {@link #toString()}.
 *
 * @param nir the NIR without its key
 * @param nomNaissance the birth name
 */
public record IdentifiantNational(String nir, String nomNaissance) implements HolderIdentity {
  /**
   * Checks both against the schema.
   *
   * @param nir the NIR
   * @param nomNaissance the birth name
   * @throws io.github.cqpm.model.invariant.InvalidValueException at the property that breaks it,
   *     the NIR masked
   */
  public IdentifiantNational {
    TextRule.NIR.check(nir, true, "nir");
    TextRule.NAME.check(nomNaissance, false, "nomNaissance");
  }

  /**
   * Without the NIR.
   *
   * @return e.g. {@code IdentifiantNational[nir=*************]}
   */
  @Override
  public String toString() {
    return "IdentifiantNational[nir=" + "*".repeat(nir.length()) + "]";
  }
}
