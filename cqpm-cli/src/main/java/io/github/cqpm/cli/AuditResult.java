package io.github.cqpm.cli;

import io.github.cqpm.jackson3.CqpmJson;
import io.github.cqpm.jackson3.InvalidJsonException;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Messages;
import io.github.cqpm.rules.decision.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * What the audit made of one line: a dossier audited, a line rejected with its reason, or a blank
 * line skipped. Made on any thread; whatever goes wrong on a line (its bytes, its JSON, the limits,
 * the model, the rules) is that line's rejection, never the run's end.
 *
 * @param line the line's number, from 1
 * @param candidate the candidate's identifier, when audited
 * @param outcome the audit's outcome, when audited
 * @param codes the finding codes, when audited
 * @param error why the line was rejected, printable, when rejected
 * @param reasons why an inconsistent dossier is, when asked for: each finding that is not INFO,
 *     its message and the fiche's sentence, in the language asked for; empty otherwise
 */
record AuditResult(long line, String candidate, AuditOutcome outcome, Set<FindingCode> codes,
    String error, List<String> reasons) {

  /** Whether the line was blank (skipped, counted). */
  boolean blank() {
    return candidate == null && error == null;
  }

  /** Whether the line was rejected. */
  boolean rejected() {
    return error != null;
  }

  /**
   * Audits one line.
   *
   * @param line the line's bytes, or its length when too long
   * @param maxBytes the cap it was read with, for the message
   * @param rules the rules for a dossier's certification
   * @param reasonsIn the language of an inconsistent dossier's reasons; null when none are wanted
   * @return the result
   */
  static AuditResult of(LineReader.Line line, int maxBytes,
      Function<Dossier, Decision<AuditOutcome>> rules, Locale reasonsIn) {
    JsonLine text = JsonLine.of(line, maxBytes, "--max-line-bytes");
    long number = text.number();
    if (text.error() != null) {
      return new AuditResult(number, null, null, null, text.error(), List.of());
    }
    if (text.blank()) {
      return new AuditResult(number, null, null, null, null, List.of());
    }
    try {
      Dossier dossier = CqpmJson.readDossier(text.text());
      Decision<AuditOutcome> audit = rules.apply(dossier);
      List<String> reasons = List.of();
      if (reasonsIn != null && audit.outcome() == AuditOutcome.INCONSISTENT) {
        reasons = audit.findings().stream().filter(f -> f.severity() != Severity.INFO)
            .map(f -> f.severity() + " " + f.code() + " " + Messages.message(f, reasonsIn)
                + " — « " + Messages.sentence(f.rule(), reasonsIn) + " »")
            .collect(Collectors.toList());
      }
      return new AuditResult(
          number, dossier.getCandidate().getId(), audit.outcome(), audit.codes(), null, reasons);
    } catch (InvalidJsonException e) {
      return rejected(number, JsonLine.error(e));
    } catch (RuntimeException e) {
      return rejected(number, "cannot be audited: " + e.getClass().getSimpleName() + ": "
          + Documents.firstLine(e.getMessage()));
    }
  }

  private static AuditResult rejected(long line, String error) {
    return new AuditResult(line, null, null, null, Printable.of(error), List.of());
  }
}
