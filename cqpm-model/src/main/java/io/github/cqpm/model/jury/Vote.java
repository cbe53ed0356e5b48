package io.github.cqpm.model.jury;

import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/** One member's vote on a candidate. */
@Value.Immutable
public abstract class Vote {
  Vote() {}

  /**
   * The identifier of the member who voted.
   *
   * @return e.g. {@code M3}
   */
  @Value.Parameter
  public abstract String getMember();

  /**
   * What the member voted.
   *
   * @return the choice
   */
  @Value.Parameter
  public abstract VoteChoice getChoice();

  /**
   * A vote.
   *
   * @param member the member's identifier
   * @param choice the choice
   * @return the vote
   */
  public static Vote of(String member, VoteChoice choice) {
    return ImmutableVote.of(member, choice);
  }

  @Value.Check
  void check() {
    Checks.identifier("member", getMember());
  }
}
