package io.github.cqpm.rules;

import io.github.cqpm.model.validation.Reading;
import java.util.List;
import java.util.Objects;

/**
 * The library's choices where the fiche is silent or leaves room, each with a documented default.
 * A caller who reads the fiche otherwise chooses explicitly: {@code
 * RulePolicy.defaults().withQuorum(6)}. Each choice is also an option ({@link #options()}): its
 * name, values, default and meaning declared once, what the command line, the Spring starter and
 * decision documents are made from.
 *
 * @param registrationEndInclusive whether a jury held on the registration's end date is inside it.
 *     Default {@code true}: the fiche registers the certification "avec effet au 09 août 2014,
 *     jusqu'au 09 août 2019", and "jusqu'au" names the last day in force
 * @param unfavourableOpinion what an unfavourable company opinion does. Default {@link
 *     OpinionPolicy#ADVISORY}: the fiche requires the opinion ("Et Avis de l'entreprise") but does
 *     not say it must be favourable; the jury weighs it
 * @param tieFallback what a tie gives when the president did not vote for or against. Default
 *     {@link TieFallback#UNDECIDED}: the fiche gives the president the casting vote and nothing
 *     else
 * @param quorum the fewest voting members who must have voted (an abstention counts as having
 *     voted) for the deliberation to decide. Default 0: the fiche sets no quorum
 * @param validityScope which acquired components the five-year validity applies to. Default
 *     {@link ValidityScope#BLOCKS_AND_CAPACITIES}: the fiche states "Validité des composantes
 *     acquises : 5 an(s)", and under "Descriptif des composantes de la certification" it describes
 *     them as capacities ("Le référentiel du CQPM est constitué de plusieurs capacités
 *     professionnelles indépendantes les unes des autres"), grouped in blocks each certified on its
 *     own ("Chaque bloc est certifié"); so a capacity validated five years or more before the
 *     decision date no longer counts, as an acquired block would no longer
 * @param routes which routes are open. Default {@link RouteReading#REFERENTIAL}: those the
 *     référentiel marks open (for RNCP 19453, the three routes the fiche gives a jury composition
 *     for: continuing training, professionalisation contract, VAE; see {@code Rncp19453}'s note on
 *     the fiche's table, whose OUI and NON columns were merged when it was extracted)
 */
public record RulePolicy(
    boolean registrationEndInclusive,
    OpinionPolicy unfavourableOpinion,
    TieFallback tieFallback,
    int quorum,
    ValidityScope validityScope,
    RouteReading routes) {

  /**
   * Whether a jury held on the registration's end date is inside it, as the options name it
   * ({@link #registrationEndInclusive()} holds the same as a boolean).
   *
   * @since 0.2.0
   */
  public enum RegistrationEnd {
    /** A jury on the end date is inside the registration. */
    INCLUSIVE,
    /** A jury on the end date is after the registration. */
    EXCLUSIVE
  }

  /** Which routes are open to the certification. */
  public enum RouteReading {
    /** The routes the référentiel marks open ({@code AccessCondition.isOpen()}). */
    REFERENTIAL,
    /**
     * Every route the fiche's table lists, for a caller who reads the X of each row of RNCP
     * 19453's table as "OUI" (the six routes).
     */
    EVERY_LISTED
  }

  /** What an unfavourable company opinion does to the acquisition of a block. */
  public enum OpinionPolicy {
    /** The block is acquired all the same; the opinion is a WARNING finding. */
    ADVISORY,
    /** The block is not acquired; the opinion is an ERROR finding. */
    BLOCKING
  }

  /** What a tie gives when the president's vote cannot break it. */
  public enum TieFallback {
    /** No verdict: the deliberation is undecided. */
    UNDECIDED,
    /** Not admissible: only a majority declares a candidate admissible. */
    NOT_ADMISSIBLE
  }

  /** Which acquired components stay valid five years ("Validité des composantes acquises"). */
  public enum ValidityScope {
    /**
     * Blocks and capacities: a capacity's validation counts only while valid, from its date
     * included to five years later excluded, as an acquired block does.
     */
    BLOCKS_AND_CAPACITIES,
    /** Blocks only: a capacity's validation counts however long ago it was. */
    BLOCKS_ONLY
  }

  private static final RulePolicy DEFAULTS =
      new RulePolicy(
          true, OpinionPolicy.ADVISORY, TieFallback.UNDECIDED, 0,
          ValidityScope.BLOCKS_AND_CAPACITIES, RouteReading.REFERENTIAL);

  /**
   * Checks the components.
   *
   * @param registrationEndInclusive whether the end date is inside the registration
   * @param unfavourableOpinion the opinion policy
   * @param tieFallback the tie fallback
   * @param quorum the quorum, zero or more
   * @param validityScope the components the validity applies to
   * @param routes which routes are open
   */
  public RulePolicy {
    Objects.requireNonNull(unfavourableOpinion, "unfavourableOpinion");
    Objects.requireNonNull(tieFallback, "tieFallback");
    Objects.requireNonNull(validityScope, "validityScope");
    Objects.requireNonNull(routes, "routes");
    if (quorum < 0) {
      throw new IllegalArgumentException("quorum: must be zero or more, was " + quorum);
    }
  }

  /**
   * The documented defaults.
   *
   * @return end date inclusive, advisory opinion, undecided tie, no quorum, validity of blocks
   *     and capacities, the référentiel's open routes
   */
  public static RulePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * This policy with another end-date reading.
   *
   * @param inclusive whether the end date is inside the registration
   * @return the policy
   */
  public RulePolicy withRegistrationEndInclusive(boolean inclusive) {
    return new RulePolicy(
        inclusive, unfavourableOpinion, tieFallback, quorum, validityScope, routes);
  }

  /**
   * This policy with another end-date reading.
   *
   * @param end whether the end date is inside the registration
   * @return the policy
   * @since 0.2.0
   */
  public RulePolicy withRegistrationEnd(RegistrationEnd end) {
    return withRegistrationEndInclusive(end == RegistrationEnd.INCLUSIVE);
  }

  /**
   * Whether a jury held on the registration's end date is inside it, as the options name it.
   *
   * @return {@code INCLUSIVE} or {@code EXCLUSIVE}
   * @since 0.2.0
   */
  public RegistrationEnd registrationEnd() {
    return registrationEndInclusive ? RegistrationEnd.INCLUSIVE : RegistrationEnd.EXCLUSIVE;
  }

  /**
   * Every option of a policy, each declared once with its name, values, default and meaning: what
   * the command line, the Spring starter and decision documents are made from.
   *
   * @return the options, in a fixed order
   * @since 0.2.0
   */
  public static List<PolicyOption<?>> options() {
    return PolicyOption.ALL;
  }

  /**
   * This policy with another opinion policy.
   *
   * @param policy what an unfavourable opinion does
   * @return the policy
   */
  public RulePolicy withUnfavourableOpinion(OpinionPolicy policy) {
    return new RulePolicy(
        registrationEndInclusive, policy, tieFallback, quorum, validityScope, routes);
  }

  /**
   * This policy with another tie fallback.
   *
   * @param fallback what an unbroken tie gives
   * @return the policy
   */
  public RulePolicy withTieFallback(TieFallback fallback) {
    return new RulePolicy(
        registrationEndInclusive, unfavourableOpinion, fallback, quorum, validityScope, routes);
  }

  /**
   * This policy with another quorum.
   *
   * @param minimum the fewest voting members who must have voted
   * @return the policy
   */
  public RulePolicy withQuorum(int minimum) {
    return new RulePolicy(
        registrationEndInclusive, unfavourableOpinion, tieFallback, minimum, validityScope, routes);
  }

  /**
   * This policy with the validity applied to other components.
   *
   * @param scope which acquired components stay valid five years
   * @return the policy
   */
  public RulePolicy withValidityScope(ValidityScope scope) {
    return new RulePolicy(
        registrationEndInclusive, unfavourableOpinion, tieFallback, quorum, scope, routes);
  }

  /**
   * This policy with another reading of the open routes.
   *
   * @param reading which routes are open
   * @return the policy
   */
  public RulePolicy withRoutes(RouteReading reading) {
    return new RulePolicy(
        registrationEndInclusive, unfavourableOpinion, tieFallback, quorum, validityScope, reading);
  }

  /**
   * How the model's conformity checks read the fiche under this policy.
   *
   * @return the end-date and route readings of this policy
   */
  public Reading reading() {
    return new Reading(registrationEndInclusive, routes == RouteReading.EVERY_LISTED);
  }
}
