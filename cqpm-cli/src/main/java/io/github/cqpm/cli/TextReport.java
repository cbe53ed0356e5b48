package io.github.cqpm.cli;

import java.io.PrintWriter;

/** The decision on a dossier as a report for a person, in French or English: the report's words, printed. */
final class TextReport {
  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  void print(DecisionReport report) {
    out.println(report.title());
    out.println(report.ruling());
    for (String view : report.views()) {
      out.println("  " + view);
    }
    out.println(report.policy());
    out.println();
    for (DecisionReport.Block block : report.blocks()) {
      out.println(block.line());
      for (String capacity : block.capacities()) {
        out.println("    " + capacity);
      }
    }
    if (!report.tally().isEmpty()) {
      out.println();
      out.println(report.tally().get(0));
      for (String line : report.tally().subList(1, report.tally().size())) {
        out.println("    " + line);
      }
    }
    out.println();
    out.println(report.findingsHeading());
    for (DecisionReport.FindingLine finding : report.findings()) {
      out.println("  " + finding.text());
    }
  }
}
