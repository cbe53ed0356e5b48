package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A dossier's assessments at a decision date, in one pass: for each capacity slot of a {@link
 * ReferentialIndex}, the assessment that counts, and whether some assessment of it is dated after
 * the decision date. Assessments of a capacity the référentiel does not have are left out, as they
 * belong to no block.
 */
final class AssessmentIndex {
  /**
   * Which assessment counts: the later date; on one day, a validation over a non-validation; then,
   * so that the order of the dossier's list never matters, the modality, method and commission
   * that come first.
   */
  private static final Comparator<CapacityAssessment> LATEST_ASSESSMENT =
      Comparator.comparing(CapacityAssessment::getDate)
          .thenComparing(a -> a.getOutcome() == AssessmentOutcome.VALIDATED)
          .thenComparing(CapacityAssessment::getModality, Comparator.reverseOrder())
          .thenComparing(CapacityAssessment::getMethod, Comparator.reverseOrder())
          .thenComparing(CapacityAssessment::getCommission, Comparator.reverseOrder());

  private final CapacityAssessment[] counted;
  private final boolean[] late;

  AssessmentIndex(ReferentialIndex ref, Dossier dossier, LocalDate date) {
    counted = new CapacityAssessment[ref.capacityCount()];
    late = new boolean[ref.capacityCount()];
    List<CapacityAssessment> assessments = dossier.getAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CapacityAssessment a = assessments.get(i);
      int slot = ref.slotOf(a.getCapacity());
      if (slot < 0) {
        continue;
      }
      if (a.getDate().isAfter(date)) {
        late[slot] = true;
      } else if (counted[slot] == null || LATEST_ASSESSMENT.compare(a, counted[slot]) > 0) {
        counted[slot] = a;
      }
    }
  }

  /** The assessment of a slot that counts, or null when none is dated on or before the date. */
  CapacityAssessment counted(int slot) {
    return counted[slot];
  }

  /** Whether some assessment of a slot is dated after the decision date. */
  boolean hasLate(int slot) {
    return late[slot];
  }
}
