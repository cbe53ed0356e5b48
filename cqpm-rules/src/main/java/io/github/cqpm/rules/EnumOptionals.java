package io.github.cqpm.rules;

import java.util.Optional;

/**
 * One {@link Optional} per constant of an enum, made once: the statuses of a decision hold many
 * optional enum values (a capacity's modality, a block's opinion, a verdict), and sharing them
 * spares an allocation each. {@code Optional} is a value-based class, so sharing is safe.
 *
 * @param <E> the enum
 */
final class EnumOptionals<E extends Enum<E>> {
  private final Optional<E>[] byOrdinal;

  @SuppressWarnings("unchecked")
  EnumOptionals(Class<E> type) {
    E[] constants = type.getEnumConstants();
    byOrdinal = new Optional[constants.length];
    for (E constant : constants) {
      byOrdinal[constant.ordinal()] = Optional.of(constant);
    }
  }

  /** The optional holding a constant. */
  Optional<E> of(E value) {
    return byOrdinal[value.ordinal()];
  }
}
