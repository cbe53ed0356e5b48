package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fiche's registration in the RNCP, as the fiche states it: each fact it gives, none it does
 * not. RNCP 19453 states them all ("Arrêté du 29 juillet 2014 publié au Journal Officiel du 09
 * août 2014 … Enregistrement pour cinq ans … avec effet au 09 août 2014, jusqu'au 09 août 2019");
 * a fiche of France Compétences' export states those of its kind of registration only: a fiche
 * registered "de droit" has an effective day ({@code DATE_EFFET}) and a publication ({@code
 * DATE_DE_PUBLICATION}) and no decision; a fiche registered "sur demande" (every CQP) has the day
 * of France Compétences' decision ({@code DATE_DECISION}) and a duration ({@code
 * DUREE_ENREGISTREMENT}), neither of the other two; an old inactive fiche may state no end.
 * Registrations last three, four or five years: nothing here assumes a duration.
 *
 * <p>The registration's window runs from its {@linkplain #getFirstDay() first day} to its {@linkplain
 * #getEndDay() end}, either of which may be unknown, never both. Whether the end day is itself
 * inside the window is a rule, decided in cqpm-rules, not here.
 *
 * <p>0.1.0 required every fact; its accessors ({@link #getOrderDate()}, {@link
 * #getPublicationDate()}, {@link #getEffectiveDate()}, {@link #getEndDate()}, {@link
 * #getLegalBasis()}) and builder methods stay, deprecated, for a registration that states them.
 */
@Value.Immutable
public abstract class Registration {
  Registration() {}

  /** The kinds of registration in the RNCP ({@code TYPE_ENREGISTREMENT}). */
  public enum Kind {
    /** "Enregistrement de droit": a State diploma or title, registered by law. */
    BY_RIGHT,
    /** "Enregistrement sur demande": registered on France Compétences' decision (every CQP). */
    ON_REQUEST
  }

  /**
   * The kind of registration, when stated.
   *
   * @return empty for RNCP 19453 (its fiche predates the field)
   */
  public abstract Optional<Kind> getKind();

  /**
   * The day of the decision or order ("arrêté") that registered the fiche (RNCP export: {@code
   * DATE_DECISION}), when stated.
   *
   * @return 2014-07-29 for RNCP 19453
   */
  public abstract Optional<LocalDate> getDecisionDay();

  /**
   * The day the registration was published (RNCP export: {@code DATE_DE_PUBLICATION}, or the
   * Journal officiel's publication of the creation text), when stated.
   *
   * @return 2014-08-09 for RNCP 19453
   */
  public abstract Optional<LocalDate> getPublicationDay();

  /**
   * The day the registration takes effect (RNCP export: {@code DATE_EFFET}), when stated.
   *
   * @return 2014-08-09 for RNCP 19453
   */
  public abstract Optional<LocalDate> getEffectiveDay();

  /**
   * The day the registration ends (RNCP export: {@code DATE_FIN_ENREGISTREMENT}), when stated.
   *
   * @return 2019-08-09 for RNCP 19453
   */
  public abstract Optional<LocalDate> getEndDay();

  /**
   * The day of the last Journal officiel that concerned the fiche (RNCP export: {@code
   * DATE_DERNIER_JO}), when stated.
   *
   * @return empty for RNCP 19453
   */
  public abstract Optional<LocalDate> getLastJournalDay();

  /**
   * How long the registration lasts, verbatim (RNCP export: {@code DUREE_ENREGISTREMENT}), when
   * stated.
   *
   * @return empty for RNCP 19453 (its legal text says "pour cinq ans")
   */
  public abstract Optional<String> getDuration();

  /**
   * The text of the legal basis, verbatim (RNCP export: the titles of {@code
   * PUBLICATION_DECRET_CREATION}), when stated.
   *
   * @return "Arrêté du 29 juillet 2014 publié au Journal Officiel du 09 août 2014…" for RNCP 19453
   */
  public abstract Optional<String> getLegalText();

  /**
   * The first day of the registration's window: the decision's day for a registration "sur
   * demande", the effective day otherwise (a registration of unstated kind: its effective day
   * when stated, else its decision's).
   *
   * @return 2014-08-09 for RNCP 19453; empty when the fiche states neither
   */
  public Optional<LocalDate> getFirstDay() {
    if (getKind().equals(Optional.of(Kind.ON_REQUEST))) {
      return getDecisionDay().or(this::getEffectiveDay);
    }
    return getEffectiveDay().or(this::getDecisionDay);
  }

  /**
   * The date of the order that registered the fiche.
   *
   * @return {@link #getDecisionDay()}
   * @throws IllegalStateException if the registration states no decision
   * @deprecated a registration "de droit" has none: use {@link #getDecisionDay()}
   */
  @Deprecated(since = "0.2.0")
  public LocalDate getOrderDate() {
    return stated(getDecisionDay(), "decisionDay");
  }

  /**
   * The date the order was published in the Journal Officiel.
   *
   * @return {@link #getPublicationDay()}
   * @throws IllegalStateException if the registration states no publication
   * @deprecated not every fiche states it: use {@link #getPublicationDay()}
   */
  @Deprecated(since = "0.2.0")
  public LocalDate getPublicationDate() {
    return stated(getPublicationDay(), "publicationDay");
  }

  /**
   * The date the registration takes effect.
   *
   * @return {@link #getEffectiveDay()}
   * @throws IllegalStateException if the registration states no effective day
   * @deprecated a registration "sur demande" has none: use {@link #getFirstDay()} for the window,
   *     {@link #getEffectiveDay()} for the fact
   */
  @Deprecated(since = "0.2.0")
  public LocalDate getEffectiveDate() {
    return stated(getEffectiveDay(), "effectiveDay");
  }

  /**
   * The date the registration ends.
   *
   * @return {@link #getEndDay()}
   * @throws IllegalStateException if the registration states no end
   * @deprecated an old inactive fiche states none: use {@link #getEndDay()}
   */
  @Deprecated(since = "0.2.0")
  public LocalDate getEndDate() {
    return stated(getEndDay(), "endDay");
  }

  /**
   * The fiche's text of the legal basis, verbatim.
   *
   * @return {@link #getLegalText()}
   * @throws IllegalStateException if the registration states none
   * @deprecated not every fiche states it: use {@link #getLegalText()}
   */
  @Deprecated(since = "0.2.0")
  public String getLegalBasis() {
    return stated(getLegalText(), "legalText");
  }

  private static <T> T stated(Optional<T> fact, String name) {
    return fact.orElseThrow(() -> new IllegalStateException(
        "the registration does not state its " + name + ": read get" + Character.toUpperCase(name.charAt(0))
            + name.substring(1) + "(), an Optional"));
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
    if (getFirstDay().isEmpty() && getEndDay().isEmpty()) {
      throw InvalidValueException.at(
          "must state a first day (effectiveDay or decisionDay) or an endDay: a registration is a window",
          "endDay");
    }
    if (getFirstDay().isPresent() && getEndDay().isPresent() && getEndDay().get().isBefore(getFirstDay().get())) {
      throw InvalidValueException.at(
          "must not be before the first day " + getFirstDay().get() + ", was " + getEndDay().get(), "endDay");
    }
    if (getPublicationDay().isPresent() && getDecisionDay().isPresent()
        && getPublicationDay().get().isBefore(getDecisionDay().get())) {
      throw InvalidValueException.at(
          "must not be before decisionDay " + getDecisionDay().get() + ", was " + getPublicationDay().get(),
          "publicationDay");
    }
    getLegalText().ifPresent(text -> Checks.nonBlank("legalText", text));
    getDuration().ifPresent(text -> Checks.nonBlank("duration", text));
  }

  /**
   * Builds a {@link Registration}: every fact optional, but a first day or an end, and the days
   * ordered.
   */
  public static final class Builder extends ImmutableRegistration.Builder {
    Builder() {}

    /**
     * Sets the decision's day.
     *
     * @param orderDate the day
     * @return this builder
     * @deprecated use {@link #decisionDay(LocalDate)}
     */
    @Deprecated(since = "0.2.0")
    public Builder orderDate(LocalDate orderDate) {
      decisionDay(orderDate);
      return this;
    }

    /**
     * Sets the publication's day.
     *
     * @param publicationDate the day
     * @return this builder
     * @deprecated use {@link #publicationDay(LocalDate)}
     */
    @Deprecated(since = "0.2.0")
    public Builder publicationDate(LocalDate publicationDate) {
      publicationDay(publicationDate);
      return this;
    }

    /**
     * Sets the effective day.
     *
     * @param effectiveDate the day
     * @return this builder
     * @deprecated use {@link #effectiveDay(LocalDate)}
     */
    @Deprecated(since = "0.2.0")
    public Builder effectiveDate(LocalDate effectiveDate) {
      effectiveDay(effectiveDate);
      return this;
    }

    /**
     * Sets the end day.
     *
     * @param endDate the day
     * @return this builder
     * @deprecated use {@link #endDay(LocalDate)}
     */
    @Deprecated(since = "0.2.0")
    public Builder endDate(LocalDate endDate) {
      endDay(endDate);
      return this;
    }

    /**
     * Sets the legal text.
     *
     * @param legalBasis the text
     * @return this builder
     * @deprecated use {@link #legalText(String)}
     */
    @Deprecated(since = "0.2.0")
    public Builder legalBasis(String legalBasis) {
      legalText(legalBasis);
      return this;
    }
  }
}
