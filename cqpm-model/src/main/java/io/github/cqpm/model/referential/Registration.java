package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The fiche's registration in the RNCP: the order that registered it, its publication, and the
 * period it has effect ("Enregistrement pour cinq ans … avec effet au 09 août 2014, jusqu'au 09
 * août 2019"). Whether the end date is itself inside the period is a rule, decided in cqpm-rules,
 * not here.
 */
@Value.Immutable
public abstract class Registration {
  Registration() {}

  /**
   * The date of the order ("arrêté") that registered the fiche.
   *
   * @return 2014-07-29 for RNCP 19453
   */
  public abstract LocalDate getOrderDate();

  /**
   * The date the order was published in the Journal Officiel.
   *
   * @return 2014-08-09 for RNCP 19453
   */
  public abstract LocalDate getPublicationDate();

  /**
   * The date the registration takes effect (RNCP export: {@code DATE_EFFET}).
   *
   * @return 2014-08-09 for RNCP 19453
   */
  public abstract LocalDate getEffectiveDate();

  /**
   * The date the registration ends (RNCP export: {@code DATE_FIN_ENREGISTREMENT}).
   *
   * @return 2019-08-09 for RNCP 19453
   */
  public abstract LocalDate getEndDate();

  /**
   * The fiche's text of the legal basis, verbatim.
   *
   * @return "Arrêté du 29 juillet 2014 publié au Journal Officiel du 09 août 2014…"
   */
  public abstract String getLegalBasis();

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
    if (getEndDate().isBefore(getEffectiveDate())) {
      throw InvalidValueException.at(
          "must not be before effectiveDate " + getEffectiveDate() + ", was " + getEndDate(),
          "endDate");
    }
    if (getPublicationDate().isBefore(getOrderDate())) {
      throw InvalidValueException.at(
          "must not be before orderDate " + getOrderDate() + ", was " + getPublicationDate(),
          "publicationDate");
    }
    Checks.nonBlank("legalBasis", getLegalBasis());
  }

  /** Builds a {@link Registration}; every attribute is required and the dates ordered. */
  public static final class Builder extends ImmutableRegistration.Builder {
    Builder() {}
  }
}
