package io.github.cqpm.model.dossier;

import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/** The company or organisation through which a candidate registered. */
@Value.Immutable
public abstract class Sponsor {
  Sponsor() {}

  /**
   * Whether a company or an organisation.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SponsorKind getKind();

  /**
   * The sponsor's name (a legal entity, not a person).
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String getName();

  /**
   * A sponsor.
   *
   * @param kind company or organisation
   * @param name its name
   * @return the sponsor
   */
  public static Sponsor of(SponsorKind kind, String name) {
    return ImmutableSponsor.of(kind, name);
  }

  @Value.Check
  void check() {
    Checks.nonBlank("name", getName());
  }
}
