package io.github.cqpm.model.dossier;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The first step of the VAE path: "En amont, une phase de recevabilité de la demande."
 */
@Value.Immutable
public abstract class RequestAdmissibility {
  RequestAdmissibility() {}

  /**
   * The decision.
   *
   * @return admissible or not
   */
  @Value.Parameter
  public abstract AdmissibilityDecision getDecision();

  /**
   * The date of the decision.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate getDate();

  /**
   * A decision on admissibility.
   *
   * @param decision admissible or not
   * @param date its date
   * @return the decision
   */
  public static RequestAdmissibility of(AdmissibilityDecision decision, LocalDate date) {
    return ImmutableRequestAdmissibility.of(decision, date);
  }
}
