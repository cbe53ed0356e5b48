package io.github.cqpm.model.validation;

/**
 * How the conformity checks read the fiche where it leaves room. Bean Validation applies the
 * {@linkplain #defaults() defaults}; cqpm-rules applies the reading of its {@code RulePolicy}, so
 * that a caller who chooses another reading is told so by the rules.
 *
 * @param registrationEndInclusive whether a jury held on the registration's end date is inside
 *     it. Default {@code true}: "avec effet au 09 août 2014, jusqu'au 09 août 2019", and "jusqu'au"
 *     names the last day in force
 * @param everyListedRouteOpen whether every route the fiche's table lists is open, whatever the
 *     référentiel says. Default {@code false}: the référentiel's own {@code AccessCondition.isOpen()}
 *     applies (for RNCP 19453, the three routes the fiche gives a jury composition for)
 */
public record Reading(boolean registrationEndInclusive, boolean everyListedRouteOpen) {
  private static final Reading DEFAULTS = new Reading(true, false);

  /**
   * The documented defaults.
   *
   * @return end date inclusive; the référentiel's open routes
   */
  public static Reading defaults() {
    return DEFAULTS;
  }
}
