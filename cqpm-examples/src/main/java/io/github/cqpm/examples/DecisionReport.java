package io.github.cqpm.examples;

import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.Messages;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a decision on a dossier, block by block and capacity by capacity, with its reasons. */
final class DecisionReport {
  private DecisionReport() {}

  static void print(Decision<DossierOutcome> decision, Decision<AuditOutcome> audit, Locale locale, PrintStream out) {
    DossierOutcome outcome = decision.outcome();
    out.printf("Verdict: %s (%s)%n", outcome.verdict(), locale.getLanguage());
    for (BlockStatus block : outcome.certification().blocks()) {
      out.printf("  %s %s%s%n", block.block(), block.valid() ? "acquired" : "NOT acquired",
          block.firstInvalidDay().map(d -> ", valid until " + d + " (excluded)").orElse(""));
      for (CapacityStatus capacity : block.capacities()) {
        out.printf("    %s %s%s%n", capacity.capacity(), capacity.state(),
            capacity.assessedOn().map(d -> " on " + d).orElse(""));
      }
    }
    outcome.deliberation().ifPresent(t -> out.println("  " + tally(t)));
    out.println("Findings:");
    for (Finding finding : decision.findings()) {
      out.println("  " + Messages.explain(finding, locale));
    }
    out.printf("Audit of the declared verdict: %s%n", audit.outcome());
    audit.findings().stream()
        .filter(f -> f.code().name().startsWith("DECLAR") || f.code().name().startsWith("VERDICT"))
        .forEach(f -> out.println("  " + Messages.explain(f, locale)));
  }

  private static String tally(DeliberationOutcome t) {
    return String.format("Votes: %d admissible, %d not admissible, %d abstention(s); verdict %s%s",
        t.admissible(), t.notAdmissible(), t.abstentions(),
        t.verdict().map(Enum::name).orElse("UNDECIDED"),
        t.presidentDecided() ? ", decided by the president's casting vote" : "");
  }
}
