package io.github.cqpm.rncp;

import java.util.Objects;

/**
 * A code and its label as the export gives them (an NSF domain, a ROME job), verbatim.
 *
 * @param code the code, e.g. {@code 201} or {@code H2903}
 * @param label its label; empty when the export gives none
 */
public record RncpCode(String code, String label) {
  /**
   * Checks the components.
   *
   * @param code the code
   * @param label the label
   */
  public RncpCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
