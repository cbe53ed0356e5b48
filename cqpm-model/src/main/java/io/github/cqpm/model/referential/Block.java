package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A competence block ("bloc de compétences"): a set of capacities evaluated, validated and
 * attested together. "Ce bloc de compétences reprend les capacités professionnelles suivantes :
 * C1 … C2 … C3 …"; "Chaque bloc est certifié, il donne lieu à une évaluation et une validation".
 */
@Value.Immutable
public abstract class Block {
  Block() {}

  /**
   * The block's code.
   *
   * @return e.g. {@code RNCP19453BC01}
   */
  public abstract BlockCode getCode();

  /**
   * The block's title, verbatim.
   *
   * @return e.g. "L'animation technique d'une équipe de production"
   */
  public abstract String getTitle();

  /**
   * The capacities the block holds, in the fiche's order, each once.
   *
   * @return at least one capacity code
   */
  public abstract List<CapacityCode> getCapacities();

  /**
   * How the block is evaluated and attested.
   *
   * @return the evaluation scheme
   */
  public abstract EvaluationScheme getEvaluation();

  /**
   * The block's number in its fiche.
   *
   * @return 1 for {@code RNCP19453BC01}
   */
  public int getNumber() {
    return getCode().getBlockNumber();
  }

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
    Checks.nonBlank("title", getTitle());
    if (getCapacities().isEmpty()) {
      throw InvalidValueException.at("a block holds at least one capacity", "capacities");
    }
    Checks.distinct("capacities", getCapacities(), c -> c);
  }

  /** Builds a {@link Block}; every attribute is required and {@code capacities} not empty. */
  public static final class Builder extends ImmutableBlock.Builder {
    Builder() {}
  }
}
