package io.github.cqpm.benchmarks;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.AssessmentOutcome;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import java.time.LocalDate;

/**
 * The baseline of the decision benchmark: the outcome only (is the CQPM due and the candidacy
 * conform), written as plain loops over arrays, with no finding and no status kept. It applies the
 * same rules as {@code CqpmRules.decide} for the dossiers the benchmark uses (a test checks it).
 */
public final class ImperativeBaseline {
  private ImperativeBaseline() {}

  /**
   * The verdict of a dossier on a training route with a jury.
   *
   * @param ref the référentiel
   * @param dossier the dossier
   * @return admissible when the candidacy is conform and every block acquired at the jury date
   */
  public static Verdict verdict(Referential ref, Dossier dossier) {
    LocalDate jury = dossier.getJury().orElseThrow().getSession().getDate();
    boolean open = false;
    for (AccessCondition c : ref.getAccessConditions()) {
      open |= c.getRoute() == dossier.getCandidacy().getRoute() && c.isOpen();
    }
    if (!open || !ref.isAccessibleIn(dossier.getCandidacy().getTerritory())
        || jury.isBefore(ref.getRegistration().getEffectiveDate())
        || jury.isAfter(ref.getRegistration().getEndDate())) {
      return Verdict.NOT_ADMISSIBLE;
    }
    int size = ref.getCapacities().size() + 1;
    LocalDate[] latest = new LocalDate[size];
    boolean[] validated = new boolean[size];
    for (CapacityAssessment a : dossier.getAssessments()) {
      if (a.getDate().isAfter(jury)) {
        continue;
      }
      int c = a.getCapacity().getNumber();
      boolean ok = a.getOutcome() == AssessmentOutcome.VALIDATED;
      if (latest[c] == null || a.getDate().isAfter(latest[c]) || a.getDate().equals(latest[c]) && ok) {
        latest[c] = a.getDate();
        validated[c] = ok;
      }
    }
    for (Block block : ref.getBlocks()) {
      if (!hasOpinion(dossier, block.getCode(), jury)) {
        return Verdict.NOT_ADMISSIBLE;
      }
      for (int i = 0; i < block.getCapacities().size(); i++) {
        if (!validated[block.getCapacities().get(i).getNumber()]) {
          return Verdict.NOT_ADMISSIBLE;
        }
      }
    }
    return Verdict.ADMISSIBLE;
  }

  private static boolean hasOpinion(Dossier dossier, BlockCode block, LocalDate jury) {
    for (CompanyOpinion o : dossier.getCompanyOpinions()) {
      if (o.getBlock().equals(block) && !o.getDate().isAfter(jury)) {
        return true;
      }
    }
    return false;
  }
}
