package io.github.cqpm.cdc;

import io.github.cqpm.model.invariant.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A holder known by civil status ({@code titulaire}): names, birth date (month and day may be
 * unknown), sex and birth commune. Each value as the CDC's schema allows it: names of 1 to 60
 * characters, a year from 1900 to 2099, a date the calendar has.
 *
 * @param nomNaissance the birth name
 * @param nomUsage the name used, when another
 * @param prenom1 the first first name
 * @param prenom2 the second, when any
 * @param anneeNaissance the year of birth
 * @param moisNaissance the month of birth (1–12), when known
 * @param jourNaissance the day of birth, when known (only with the month)
 * @param sexe the sex
 * @param communeNaissance the birth commune
 */
public record Titulaire(
    String nomNaissance,
    Optional<String> nomUsage,
    String prenom1,
    Optional<String> prenom2,
    int anneeNaissance,
    Optional<Integer> moisNaissance,
    Optional<Integer> jourNaissance,
    Sex sexe,
    BirthCommune communeNaissance) implements HolderIdentity {

  /**
   * Checks every value against the schema.
   *
   * @param nomNaissance the birth name
   * @param nomUsage the name used
   * @param prenom1 the first first name
   * @param prenom2 the second
   * @param anneeNaissance the year
   * @param moisNaissance the month
   * @param jourNaissance the day
   * @param sexe the sex
   * @param communeNaissance the commune
   * @throws InvalidValueException at the property that breaks the schema
   */
  public Titulaire {
    TextRule.NAME.check(nomNaissance, false, "nomNaissance");
    required(nomUsage, "nomUsage").ifPresent(name -> TextRule.NAME.check(name, false, "nomUsage"));
    TextRule.NAME.check(prenom1, false, "prenom1");
    required(prenom2, "prenom2").ifPresent(name -> TextRule.NAME.check(name, false, "prenom2"));
    if (anneeNaissance < 1900 || anneeNaissance > 2099) {
      throw InvalidValueException.at("a year from 1900 to 2099, was " + anneeNaissance, "anneeNaissance");
    }
    required(moisNaissance, "moisNaissance").ifPresent(month -> {
      if (month < 1 || month > 12) {
        throw InvalidValueException.at("a month from 1 to 12, was " + month, "moisNaissance");
      }
    });
    required(jourNaissance, "jourNaissance").ifPresent(day -> {
      if (moisNaissance.isEmpty()) {
        throw InvalidValueException.at("a day of birth is given with its month only", "jourNaissance");
      }
      try {
        LocalDate.of(anneeNaissance, moisNaissance.get(), day);
      } catch (DateTimeException e) {
        throw InvalidValueException.at("a day of " + anneeNaissance + "-"
            + String.format("%02d", moisNaissance.get()) + ", was " + day, "jourNaissance");
      }
    });
    if (sexe == null) {
      throw InvalidValueException.at("required, was not set", "sexe");
    }
    if (communeNaissance == null) {
      throw InvalidValueException.at("required, was not set", "codeInseeNaissance");
    }
  }

  private static <T> Optional<T> required(Optional<T> value, String property) {
    if (value == null) {
      throw InvalidValueException.at("required (empty when absent), was null", property);
    }
    return value;
  }

  /**
   * Nothing of the person.
   *
   * @return {@code Titulaire[personal data not shown]}
   */
  @Override
  public String toString() {
    return "Titulaire[personal data not shown]";
  }
}
