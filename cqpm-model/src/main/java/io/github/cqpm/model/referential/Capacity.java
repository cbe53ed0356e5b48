package io.github.cqpm.model.referential;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A professional capacity of a référentiel ("capacité professionnelle"), such as C5.
 *
 * <p>The fiche words some capacities twice: once in its summary ("Les capacités attestées") and
 * once in the description of the block that holds them. For RNCP 19453, C1 and C2 differ ("C1
 * Conduire différents postes opérateurs de la ligne ou du système de production." in the summary,
 * "C1 Conduire différents postes d'opérateurs de la ligne ou du système de production automatisée"
 * in block 1). The <b>canonical</b> wording, {@link #getLabel()}, is the block's: blocks are what is
 * evaluated, validated and attested ("Chaque bloc est certifié, il donne lieu à une évaluation et
 * une validation"). The summary's wording, where it differs, is kept in {@link
 * #getSummaryLabel()}.
 */
@Value.Immutable
public abstract class Capacity {
  Capacity() {}

  /**
   * The capacity's code.
   *
   * @return e.g. {@code C5}
   */
  public abstract CapacityCode getCode();

  /**
   * The canonical wording: the one of the block that holds the capacity, verbatim.
   *
   * @return the French label, without the code
   */
  public abstract String getLabel();

  /**
   * The wording of the fiche's summary, verbatim, when it differs from {@link #getLabel()}.
   *
   * @return the summary's label, or empty when both wordings are the same
   */
  public abstract Optional<String> getSummaryLabel();

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A capacity with the same wording in the summary and in its block.
   *
   * @param code the code
   * @param label the French label
   * @return the capacity
   */
  public static Capacity of(CapacityCode code, String label) {
    return builder().code(code).label(label).build();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("label", getLabel());
    getSummaryLabel().ifPresent(s -> Checks.nonBlank("summaryLabel", s));
  }

  /** Builds a {@link Capacity}; every attribute but {@code summaryLabel} is required. */
  public static final class Builder extends ImmutableCapacity.Builder {
    Builder() {}
  }
}
