package io.github.cqpm.rules;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The certification: "Toutes les capacités professionnelles doivent être validées pour que le CQPM
 * soit délivré"; "Pour que le candidat soit déclaré admissible au CQPM par le jury paritaire de
 * délibération l'ensemble des blocs de compétences … doit être acquis." The CQPM is due when every
 * block of the référentiel is acquired and valid at the decision date; each block acquired and
 * valid is attested on its own ("Chaque bloc est certifié, il donne lieu à une évaluation et une
 * validation"). A candidacy that targets some blocks only is judged on them: its target is met
 * when each is acquired and valid, and the CQPM is never due on it.
 */
final class CertificationRule {
  private CertificationRule() {}

  /**
   * The certification at a date, with the findings of its blocks, in order, then its own: the
   * CQPM due or not; for a candidacy that targets some blocks only, whether its target is met (the
   * CQPM is never due on it).
   */
  static Decision<CertificationOutcome> apply(
      ReferentialIndex ref, RulePolicy policy, Dossier dossier, LocalDate date) {
    List<Finding> out = new ArrayList<>(24);
    BlockStatus[] blocks = blocks(ref, policy, dossier, date, out);
    List<BlockCode> target = dossier.getCandidacy().getPartialTarget(ref.referential());
    StringBuilder missing = null;
    int count = 0;
    for (BlockStatus block : blocks) {
      if (!block.valid() && (target.isEmpty() || target.contains(block.block()))) {
        missing = missing == null ? new StringBuilder() : missing.append(", ");
        missing.append(block.block());
        count++;
      }
    }
    if (!target.isEmpty()) {
      out.add(missing == null
          ? Finding.of(FindingCode.TARGET_MET, Subject.DOSSIER, join(target), date)
          : Finding.of(FindingCode.TARGET_NOT_MET, Subject.DOSSIER, missing.toString(), count));
      return new Decision<>(new CertificationOutcome(false, date, List.of(blocks)), out);
    }
    if (missing == null) {
      out.add(Finding.of(FindingCode.CERTIFICATION_DUE, Subject.DOSSIER, date));
    } else {
      out.add(
          Finding.of(
              FindingCode.CERTIFICATION_NOT_DUE, Subject.DOSSIER, missing.toString(), count));
    }
    return new Decision<>(new CertificationOutcome(missing == null, date, List.of(blocks)), out);
  }

  private static String join(List<BlockCode> blocks) {
    StringBuilder text = new StringBuilder();
    for (BlockCode block : blocks) {
      text.append(text.length() == 0 ? "" : ", ").append(block);
    }
    return text.toString();
  }

  private static BlockStatus[] blocks(
      ReferentialIndex ref, RulePolicy policy, Dossier dossier, LocalDate date, List<Finding> out) {
    AssessmentIndex assessments = new AssessmentIndex(ref, dossier, date);
    if (ref.referential().getComponentValidity().isEmpty()) {
      out.add(Finding.of(FindingCode.VALIDITY_UNKNOWN, Subject.DOSSIER, ref.referential().getRncpNumber()));
    }
    BlockStatus[] blocks = new BlockStatus[ref.blockCount()];
    for (int b = 0; b < blocks.length; b++) {
      Decision<BlockStatus> block = BlockRule.apply(ref, policy, dossier, assessments, b, date);
      out.addAll(block.findings());
      blocks[b] = block.outcome();
    }
    return blocks;
  }

  /**
   * The date to decide at when no jury has sat: the latest date of the dossier's evidence, or its
   * registration date when it has none.
   */
  static LocalDate latestEvidence(Dossier dossier) {
    return Stream.concat(
            dossier.getAssessments().stream().map(CapacityAssessment::getDate),
            dossier.getCompanyOpinions().stream().map(CompanyOpinion::getDate))
        .max(LocalDate::compareTo)
        .orElse(dossier.getCandidacy().getRegistrationDate());
  }
}
