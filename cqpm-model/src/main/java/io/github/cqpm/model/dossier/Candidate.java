package io.github.cqpm.model.dossier;

import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A candidate, known by an opaque identifier only (1 to 64 letters, digits, {@code .}, {@code _},
 * {@code :} or {@code -}). The library holds no personal data: the identifier is the caller's key
 * to its own records, never a name or a social security number.
 */
@Value.Immutable
public abstract class Candidate {
  Candidate() {}

  /**
   * The candidate's opaque identifier.
   *
   * @return e.g. {@code CAND-2016-0042}
   */
  @Value.Parameter
  public abstract String getId();

  /**
   * A candidate.
   *
   * @param id the opaque identifier
   * @return the candidate
   */
  public static Candidate of(String id) {
    return ImmutableCandidate.of(id);
  }

  @Value.Check
  void check() {
    Checks.identifier("id", getId());
  }
}
