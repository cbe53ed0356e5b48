package io.github.cqpm.rules.decision;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule decided and why: an outcome and its findings, in a stable order (the order the rule
 * examined things: the fiche's order of blocks and capacities, the jury's order of members). The
 * same input always gives the same findings in the same order.
 *
 * @param outcome what was decided
 * @param findings why, in order
 * @param <O> the type of the outcome
 */
public record Decision<O>(O outcome, List<Finding> findings) {

  /**
   * Checks the components and copies the findings.
   *
   * @param outcome what was decided
   * @param findings why
   */
  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    findings = List.copyOf(findings);
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}.
   *
   * @return true when one is
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The codes of the findings, each once.
   *
   * @return the codes, in the order they first appear
   */
  public Set<FindingCode> codes() {
    Set<FindingCode> codes = new LinkedHashSet<>();
    for (Finding finding : findings) {
      codes.add(finding.code());
    }
    return Collections.unmodifiableSet(codes);
  }

  /**
   * The findings with a code.
   *
   * @param code the code
   * @return those findings, in order
   */
  public List<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).toList();
  }
}
