package io.github.cqpm.model.referential;

import io.github.cqpm.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the fiche's table of registration conditions: whether a route is open ("OUI"/"NON")
 * and the composition of the jury the fiche gives for it ("COMPOSITION DES JURYS").
 */
@Value.Immutable
public abstract class AccessCondition {
  AccessCondition() {}

  /**
   * The route.
   *
   * @return the route
   */
  public abstract AccessRoute getRoute();

  /**
   * Whether the route leads to this certification.
   *
   * @return true where the fiche ticks "OUI"
   */
  public abstract boolean isOpen();

  /**
   * The fiche's text on the jury's composition for this route, verbatim, where it gives one.
   *
   * @return the text, or empty where the fiche's cell is empty
   */
  public abstract Optional<String> getJuryComposition();

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
    getJuryComposition().ifPresent(text -> Checks.nonBlank("juryComposition", text));
  }

  /** Builds an {@link AccessCondition}; {@code route} and {@code open} are required. */
  public static final class Builder extends ImmutableAccessCondition.Builder {
    Builder() {}
  }
}
