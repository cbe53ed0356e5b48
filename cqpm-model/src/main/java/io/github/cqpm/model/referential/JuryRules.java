package io.github.cqpm.model.referential;

import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/**
 * The fiche's rules of composition of the jury paritaire, as numbers: "Délégation patronale :
 * maximum de cinq membres qualifiés relevant de la branche de la métallurgie et, en tant que de
 * besoin, un membre supplémentaire de la branche du travail temporaire. Délégation syndicale : …
 * un ou plusieurs représentants qualifiés et, en tant que de besoin, un membre supplémentaire de la
 * branche du travail temporaire. Seul un représentant par organisation syndicale siège dans le
 * jury avec droit de vote."
 */
@Value.Immutable
public abstract class JuryRules {
  JuryRules() {}

  /**
   * The most employer members of the metallurgy branch.
   *
   * @return 5 for RNCP 19453
   */
  public abstract int getMaxMetallurgyEmployers();

  /**
   * The most employer members of the temporary work branch.
   *
   * @return 1 for RNCP 19453
   */
  public abstract int getMaxTemporaryWorkEmployers();

  /**
   * The most union members of the temporary work branch.
   *
   * @return 1 for RNCP 19453
   */
  public abstract int getMaxTemporaryWorkEmployees();

  /**
   * The most representatives of one union who sit with a vote.
   *
   * @return 1 for RNCP 19453
   */
  public abstract int getMaxVotesPerUnion();

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
    Checks.nonNegative("maxMetallurgyEmployers", getMaxMetallurgyEmployers());
    Checks.nonNegative("maxTemporaryWorkEmployers", getMaxTemporaryWorkEmployers());
    Checks.nonNegative("maxTemporaryWorkEmployees", getMaxTemporaryWorkEmployees());
    Checks.nonNegative("maxVotesPerUnion", getMaxVotesPerUnion());
  }

  /** Builds {@link JuryRules}; every attribute is required. */
  public static final class Builder extends ImmutableJuryRules.Builder {
    Builder() {}
  }
}
