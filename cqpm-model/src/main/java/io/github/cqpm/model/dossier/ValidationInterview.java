package io.github.cqpm.model.dossier;

import io.github.cqpm.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The validation interview before the commission de validation: "un entretien de validation, à
 * l'appui d'un dossier de preuves préalablement constitué".
 */
@Value.Immutable
public abstract class ValidationInterview {
  ValidationInterview() {}

  /**
   * The date of the interview.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate getDate();

  /**
   * The commission de validation, by an opaque identifier.
   *
   * @return e.g. {@code UIMM-IDF-VAE-2017-03}
   */
  @Value.Parameter
  public abstract String getCommission();

  /**
   * An interview.
   *
   * @param date its date
   * @param commission the commission's identifier
   * @return the interview
   */
  public static ValidationInterview of(LocalDate date, String commission) {
    return ImmutableValidationInterview.of(date, commission);
  }

  @Value.Check
  void check() {
    Checks.identifier("commission", getCommission());
  }
}
