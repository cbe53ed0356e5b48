package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a jury's declared verdict is consistent with the dossier. The jury "vérifie que
 * l'organisation des actions d'évaluation est conforme au dispositif paritaire et au référentiel du
 * CQPM visé, examine le récapitulatif des évaluations … et déclare admissibles ou non admissibles
 * les candidats": the audit checks the candidacy and procedure, the composition, that the declared
 * verdict is the votes' verdict (when votes are recorded), and that a candidate declared admissible
 * has every block acquired and valid. Declaring not admissible a candidate whose blocks are all
 * acquired is a WARNING: the fiche makes the blocks necessary, not sufficient.
 *
 * <p>The outcome weighs the declaration: the certification's own findings (a block not acquired,
 * a capacity not validated) are listed to explain it, and make the declaration inconsistent only
 * through {@code DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS}; a candidate rightly declared not
 * admissible is a consistent declaration.
 */
final class AuditRule {
  private AuditRule() {}

  static AuditOutcome apply(
      ReferentialIndex ref, RulePolicy policy, Dossier dossier, List<Finding> out) {
    List<Finding> procedure = new ArrayList<>();
    CandidacyRule.apply(ref.referential(), policy, dossier, procedure);
    ProcedureRule.apply(dossier, procedure);
    out.addAll(procedure);
    long procedureErrors = errors(procedure);
    if (procedureErrors > 0) {
      out.add(Finding.of(FindingCode.PROCEDURE_NOT_CONFORM, Subject.DOSSIER, procedureErrors));
    }
    if (dossier.getJury().isEmpty() || dossier.getJury().get().getDeclaredVerdict().isEmpty()) {
      out.add(Finding.of(FindingCode.VERDICT_NOT_DECLARED, Subject.JURY));
      dossier.getJury().ifPresent(jury -> juryChecks(ref, policy, jury, null, out));
      return outcome(out);
    }
    JuryDeliberation jury = dossier.getJury().get();
    Verdict declared = jury.getDeclaredVerdict().get();
    juryChecks(ref, policy, jury, declared, out);
    List<Finding> explanation = new ArrayList<>();
    CertificationOutcome certification =
        CertificationRule.apply(ref, policy, dossier, jury.getSession().getDate(), explanation);
    int declaration = out.size();
    if (declared == Verdict.ADMISSIBLE && !certification.due()) {
      String blocks =
          certification.missingBlocks().stream()
              .map(b -> b.block().toString())
              .collect(Collectors.joining(", "));
      out.add(Finding.of(FindingCode.DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS, Subject.JURY, blocks));
    } else if (declared == Verdict.NOT_ADMISSIBLE && certification.due()) {
      out.add(Finding.of(FindingCode.DECLARED_NOT_ADMISSIBLE_ALTHOUGH_DUE, Subject.JURY));
    }
    AuditOutcome outcome = outcome(out);
    out.addAll(declaration, explanation);
    if (outcome == AuditOutcome.CONSISTENT) {
      out.add(Finding.of(FindingCode.DECLARATION_CONSISTENT, Subject.JURY, declared));
    }
    return outcome;
  }

  private static void juryChecks(
      ReferentialIndex ref, RulePolicy policy, JuryDeliberation jury, Verdict declared,
      List<Finding> out) {
    List<Finding> composition = new ArrayList<>();
    JuryCompositionRule.apply(ref.referential().getJuryRules(), jury.getSession(), composition);
    out.addAll(composition);
    long compositionErrors = errors(composition);
    if (compositionErrors > 0 && declared != null) {
      out.add(Finding.of(FindingCode.VERDICT_BY_NON_CONFORM_JURY, Subject.JURY, compositionErrors));
    }
    if (jury.getVotes().isEmpty()) {
      return;
    }
    DeliberationOutcome tally = DeliberationRule.apply(policy, jury, out);
    if (declared != null && tally.verdict().isPresent() && tally.verdict().get() != declared) {
      out.add(
          Finding.of(
              FindingCode.VERDICT_CONTRADICTS_VOTES, Subject.JURY, declared, tally.verdict().get()));
    }
  }

  private static long errors(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  private static AuditOutcome outcome(List<Finding> findings) {
    return errors(findings) == 0 ? AuditOutcome.CONSISTENT : AuditOutcome.INCONSISTENT;
  }
}
