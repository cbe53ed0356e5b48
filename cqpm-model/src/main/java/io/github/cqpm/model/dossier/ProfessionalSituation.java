package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.internal.Checks;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A professional situation of a VAE evidence dossier: "un dossier de preuves préalablement
 * constitué décrivant une ou plusieurs situations professionnelles succinctes en rapport avec les
 * capacités professionnelles du CQPM visé".
 */
@Value.Immutable
public abstract class ProfessionalSituation {
  /**
   * The longest description that is still succinct, a policy: the fiche asks for "situations
   * professionnelles succinctes" and gives no number; a longer one is a nonconformity ({@code
   * SITUATION_NOT_SUCCINCT}, a warning), not a construction error.
   */
  public static final int MAX_DESCRIPTION_LENGTH = 4000;

  ProfessionalSituation() {}

  /**
   * A succinct description of the situation.
   *
   * @return the description
   */
  public abstract String getDescription();

  /**
   * The capacities the situation relates to ("en rapport avec les capacités professionnelles").
   * None is representable, and a nonconformity ({@code SITUATION_WITHOUT_CAPACITY}).
   *
   * @return the capacity codes, in the order given
   */
  public abstract Set<CapacityCode> getCapacities();

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
    Checks.nonBlank("description", getDescription());
  }

  /** Builds a {@link ProfessionalSituation}; {@code description} is required. */
  public static final class Builder extends ImmutableProfessionalSituation.Builder {
    Builder() {}
  }
}
