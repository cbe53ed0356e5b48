package io.github.cqpm.rules;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.referential.EvaluationModality;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a capacity stands at the decision date: validated, not validated, or never assessed. The
 * latest assessment on or before the decision date counts (policy: a retake replaces the earlier
 * result; on one day, a validation prevails).
 *
 * @param capacity the capacity
 * @param state its state
 * @param assessedOn the date of the assessment that counts, if any
 * @param modality the modality of that assessment, if any
 */
public record CapacityStatus(
    CapacityCode capacity, State state, Optional<LocalDate> assessedOn,
    Optional<EvaluationModality> modality) {

  /** The states of a capacity. */
  public enum State {
    /** Its latest assessment validated it. */
    VALIDATED,
    /** Its latest assessment did not validate it. */
    NOT_VALIDATED,
    /**
     * Its latest assessment validated it five years or more before the decision date, so the
     * validation no longer counts ({@link RulePolicy.ValidityScope#BLOCKS_AND_CAPACITIES}).
     */
    EXPIRED,
    /** It was not assessed (on or before the decision date). */
    NOT_ASSESSED
  }

  /**
   * Checks the components.
   *
   * @param capacity the capacity
   * @param state its state
   * @param assessedOn the assessment's date
   * @param modality the assessment's modality
   */
  public CapacityStatus {
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(modality, "modality");
  }
}
