package io.github.cqpm.model.dossier;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.internal.Checks;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.EvaluationModality;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The evaluation of one capacity: "Les capacités professionnelles mentionnées dans le référentiel
 * du CQPM sont évaluées par la commission d'évaluation à l'aide des critères, niveaux d'exigence et
 * conditions d'évaluation définis par ce même référentiel."
 *
 * <p>Structurally, the method belongs to the modality (an observation at work is a method of the
 * real work situation, not of a project presentation).
 */
@Value.Immutable
public abstract class CapacityAssessment {
  CapacityAssessment() {}

  /**
   * The capacity evaluated.
   *
   * @return e.g. {@code C5}
   */
  public abstract CapacityCode getCapacity();

  /**
   * The modality of the evaluation.
   *
   * @return the modality
   */
  public abstract EvaluationModality getModality();

  /**
   * The method of the evaluation, one of the modality's.
   *
   * @return the method
   */
  public abstract EvaluationMethod getMethod();

  /**
   * The date of the evaluation.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * What the commission concluded.
   *
   * @return validated or not
   */
  public abstract AssessmentOutcome getOutcome();

  /**
   * The evaluation commission that assessed, by an opaque identifier.
   *
   * @return e.g. {@code UIMM-RA-2016-07}
   */
  public abstract String getCommission();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getMethod().getModality() != getModality()) {
      throw InvalidValueException.at(
          getMethod() + " is a method of " + getMethod().getModality() + ", not of "
              + getModality() + " (expected one of " + getModality().getMethods() + ")", "method");
    }
    Checks.identifier("commission", getCommission());
  }

  /** Builds a {@link CapacityAssessment}; every attribute is required. */
  public static final class Builder extends ImmutableCapacityAssessment.Builder {
    Builder() {}
  }
}
