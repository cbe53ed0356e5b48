package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.internal.Checks;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A professional situation of a VAE evidence dossier: "un dossier de preuves préalablement
 * constitué décrivant une ou plusieurs situations professionnelles succinctes en rapport avec les
 * capacités professionnelles du CQPM visé".
 */
@Value.Immutable
public abstract class ProfessionalSituation {
  /** The longest description accepted: the fiche asks for "succinctes" situations. */
  public static final int MAX_DESCRIPTION_LENGTH = 4000;

  ProfessionalSituation() {}

  /**
   * A succinct description of the situation.
   *
   * @return the description
   */
  @Size(max = MAX_DESCRIPTION_LENGTH)
  public abstract String getDescription();

  /**
   * The capacities the situation relates to ("en rapport avec les capacités professionnelles").
   *
   * @return the capacity codes, in the order given
   */
  @NotEmpty
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
