package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
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
 * valid is attested on its own.
 */
final class CertificationRule {
  private CertificationRule() {}

  static CertificationOutcome apply(
      Referential ref, RulePolicy policy, Dossier dossier, LocalDate date, List<Finding> out) {
    List<BlockStatus> blocks = blocks(ref, policy, dossier, date, out);
    List<String> missing =
        blocks.stream().filter(b -> !b.valid()).map(b -> b.block().toString()).toList();
    if (missing.isEmpty()) {
      out.add(Finding.of(FindingCode.CERTIFICATION_DUE, Subject.DOSSIER, date));
    } else {
      out.add(
          Finding.of(
              FindingCode.CERTIFICATION_NOT_DUE,
              Subject.DOSSIER,
              String.join(", ", missing),
              missing.size()));
    }
    return new CertificationOutcome(missing.isEmpty(), date, blocks);
  }

  /**
   * The blocks' statuses at a date when no jury has sat: the CQPM is not due, whatever the blocks.
   */
  static CertificationOutcome blocksOnly(
      Referential ref, RulePolicy policy, Dossier dossier, LocalDate date, List<Finding> out) {
    return new CertificationOutcome(false, date, blocks(ref, policy, dossier, date, out));
  }

  private static List<BlockStatus> blocks(
      Referential ref, RulePolicy policy, Dossier dossier, LocalDate date, List<Finding> out) {
    List<BlockStatus> blocks = new ArrayList<>();
    for (Block block : ref.getBlocks()) {
      blocks.add(BlockRule.apply(ref, policy, dossier, block, date, out));
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
