package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a jury's declared verdict is consistent with the dossier. The jury "vérifie que
 * l'organisation des actions d'évaluation est conforme au dispositif paritaire et au référentiel du
 * CQPM visé, examine le récapitulatif des évaluations … et déclare admissibles ou non admissibles
 * les candidats": the declaration is inconsistent when the candidacy, the procedure or the codes
 * used are not conform, when no verdict is declared, when the deliberation is irregular (the
 * composition, the quorum, a tie left unresolved), when it is not the votes' verdict, or when it
 * declares admissible a candidate without every block acquired and valid. Declaring not admissible
 * a candidate whose blocks are all acquired is a WARNING: the fiche makes the blocks necessary, not
 * sufficient; a candidate rightly declared not admissible is a consistent declaration.
 */
final class AuditRule {
  private AuditRule() {}

  /** Whether the declaration is consistent, with the findings that say why. */
  static Decision<AuditOutcome> apply(Evaluation parts, List<FindingCode> irregularities) {
    List<Finding> out = new ArrayList<>(4);
    AuditOutcome outcome = audit(parts, irregularities, out);
    return new Decision<>(outcome, out);
  }

  /** The audit's outcome; its findings added to this rule's own list, {@code out}. */
  private static AuditOutcome audit(
      Evaluation parts, List<FindingCode> irregularities, List<Finding> out) {
    if (parts.caseErrors() > 0) {
      out.add(Finding.of(FindingCode.PROCEDURE_NOT_CONFORM, Subject.DOSSIER, parts.caseErrors()));
    }
    if (parts.declared().isEmpty()) {
      out.add(Finding.of(FindingCode.VERDICT_NOT_DECLARED, Subject.JURY));
      return AuditOutcome.INCONSISTENT;
    }
    Verdict declared = parts.declared().get();
    if (parts.compositionErrors() > 0) {
      out.add(Finding.of(
          FindingCode.VERDICT_BY_NON_CONFORM_JURY, Subject.JURY, parts.compositionErrors()));
    }
    Optional<Verdict> votes = parts.tally().flatMap(DeliberationOutcome::verdict);
    if (votes.isPresent() && votes.get() != declared) {
      out.add(Finding.of(FindingCode.VERDICT_CONTRADICTS_VOTES, Subject.JURY, declared, votes.get()));
    }
    if (declared == Verdict.ADMISSIBLE && !parts.blocksAcquired()) {
      out.add(Finding.of(
          FindingCode.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS, Subject.JURY, parts.missingBlocks()));
    } else if (declared == Verdict.NOT_ADMISSIBLE && parts.blocksAcquired()) {
      out.add(Finding.of(FindingCode.DECLARED_NOT_ADMISSIBLE_ALTHOUGH_DUE, Subject.JURY));
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).severity() == Severity.ERROR) {
        return AuditOutcome.INCONSISTENT;
      }
    }
    if (!irregularities.isEmpty()) {
      return AuditOutcome.INCONSISTENT;
    }
    out.add(Finding.of(FindingCode.DECLARATION_CONSISTENT, Subject.JURY, declared));
    return AuditOutcome.CONSISTENT;
  }
}
