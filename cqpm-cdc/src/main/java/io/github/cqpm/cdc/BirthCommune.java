package io.github.cqpm.cdc;

/**
 * Where a holder was born ({@code codeCommuneNaissance}): the commune's INSEE code ({@code 57463};
 * {@code 99xxx} for a country abroad) or its postal code ({@code 57000}).
 *
 * @param code the code
 * @param insee true for an INSEE code, false for a postal code
 */
public record BirthCommune(String code, boolean insee) {
  /**
   * Checks the code against the schema's pattern for its kind.
   *
   * @param code the code
   * @param insee its kind
   * @throws io.github.cqpm.model.invariant.InvalidValueException at {@code codeInseeNaissance} or
   *     {@code codePostalNaissance} when the code does not match
   */
  public BirthCommune {
    (insee ? TextRule.CODE_INSEE : TextRule.CODE_POSTAL)
        .check(code, false, insee ? "codeInseeNaissance" : "codePostalNaissance");
  }

  /**
   * A commune known by its INSEE code.
   *
   * @param code e.g. {@code 57463}, {@code 2A004}, {@code 99109}
   * @return the commune
   */
  public static BirthCommune insee(String code) {
    return new BirthCommune(code, true);
  }

  /**
   * A commune known by its postal code.
   *
   * @param code e.g. {@code 57000}
   * @return the commune
   */
  public static BirthCommune postalCode(String code) {
    return new BirthCommune(code, false);
  }
}
