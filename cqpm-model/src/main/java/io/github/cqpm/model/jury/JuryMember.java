package io.github.cqpm.model.jury;

import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A member of a jury session: which delegation and branch, which organisation designated them
 * (the union for the employees' delegation, the employers' organisation otherwise), and whether
 * they sit with a vote ("Seul un représentant par organisation syndicale siège dans le jury avec
 * droit de vote").
 *
 * <p>The member is known by an opaque identifier only, such as {@code M3}: the library holds no
 * personal data.
 */
@Value.Immutable
public abstract class JuryMember {
  JuryMember() {}

  /**
   * The member's identifier within the session.
   *
   * @return e.g. {@code M3}
   */
  public abstract String getId();

  /**
   * The delegation the member belongs to.
   *
   * @return employers' or employees'
   */
  public abstract College getCollege();

  /**
   * The member's branch.
   *
   * @return metallurgy or temporary work
   */
  public abstract Branch getBranch();

  /**
   * The organisation that designated the member (a union, or an employers' organisation).
   *
   * @return e.g. {@code CFDT}
   */
  public abstract String getOrganisation();

  /**
   * Whether the member sits with a vote.
   *
   * @return true when the member may vote
   */
  public abstract boolean isVoting();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.identifier("id", getId());
    Checks.nonBlank("organisation", getOrganisation());
  }

  /** Builds a {@link JuryMember}; every attribute is required. */
  public static final class Builder extends ImmutableJuryMember.Builder {
    Builder() {}
  }
}
