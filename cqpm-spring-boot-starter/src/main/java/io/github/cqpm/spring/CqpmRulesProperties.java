package io.github.cqpm.spring;

import io.github.cqpm.rules.RulePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cqpm.rules.*} properties: which référentiel the {@code CqpmRules} bean applies and
 * every choice of {@link RulePolicy} where the fiche is silent. Unset, each is the library's
 * documented default ({@link RulePolicy#defaults()}; a test checks they agree).
 */
@ConfigurationProperties("cqpm.rules")
public class CqpmRulesProperties {
  /** The RNCP number of the référentiel the rules apply, one the ReferentialCatalog bean holds. */
  private String certification = "RNCP19453";

  /** Whether the registration's end date is inside it (a jury sitting that day is in time). */
  private boolean registrationEndInclusive = true;

  /** What the company's unfavourable opinion on a block does: ADVISORY (a warning) or BLOCKING. */
  private RulePolicy.OpinionPolicy unfavourableOpinion = RulePolicy.OpinionPolicy.ADVISORY;

  /** The verdict of a tie the president does not break: UNDECIDED or NOT_ADMISSIBLE. */
  private RulePolicy.TieFallback tieFallback = RulePolicy.TieFallback.UNDECIDED;

  /** The fewest voting members who must have voted for the deliberation to decide (0: none). */
  private int quorum = 0;

  /** What the five-year validity applies to: BLOCKS_AND_CAPACITIES or BLOCKS_ONLY. */
  private RulePolicy.ValidityScope validityScope = RulePolicy.ValidityScope.BLOCKS_AND_CAPACITIES;

  /** Which routes are open: those of the référentiel (REFERENTIAL) or every one listed (EVERY_LISTED). */
  private RulePolicy.RouteReading routes = RulePolicy.RouteReading.REFERENTIAL;

  /** Properties with the library's defaults; Spring binds the ones set. */
  public CqpmRulesProperties() {}

  /**
   * The policy these properties choose.
   *
   * @return the policy
   * @throws IllegalArgumentException if the quorum is negative
   */
  public RulePolicy toPolicy() {
    return RulePolicy.defaults()
        .withRegistrationEndInclusive(registrationEndInclusive)
        .withUnfavourableOpinion(unfavourableOpinion)
        .withTieFallback(tieFallback)
        .withQuorum(quorum)
        .withValidityScope(validityScope)
        .withRoutes(routes);
  }

  /**
   * Returns the RNCP number of the référentiel.
   *
   * @return the RNCP number of the référentiel
   */
  public String getCertification() {
    return certification;
  }

  /**
   * Sets the RNCP number of the référentiel, e.g. {@code RNCP19453}.
   *
   * @param certification the RNCP number of the référentiel, e.g. {@code RNCP19453}
   */
  public void setCertification(String certification) {
    this.certification = certification;
  }

  /**
   * Returns whether the registration's end date is inside it.
   *
   * @return whether the registration's end date is inside it
   */
  public boolean isRegistrationEndInclusive() {
    return registrationEndInclusive;
  }

  /**
   * Sets whether the registration's end date is inside it.
   *
   * @param registrationEndInclusive whether the registration's end date is inside it
   */
  public void setRegistrationEndInclusive(boolean registrationEndInclusive) {
    this.registrationEndInclusive = registrationEndInclusive;
  }

  /**
   * Returns what an unfavourable opinion does.
   *
   * @return what an unfavourable opinion does
   */
  public RulePolicy.OpinionPolicy getUnfavourableOpinion() {
    return unfavourableOpinion;
  }

  /**
   * Sets what an unfavourable opinion does.
   *
   * @param unfavourableOpinion what an unfavourable opinion does
   */
  public void setUnfavourableOpinion(RulePolicy.OpinionPolicy unfavourableOpinion) {
    this.unfavourableOpinion = unfavourableOpinion;
  }

  /**
   * Returns the verdict of an unbroken tie.
   *
   * @return the verdict of an unbroken tie
   */
  public RulePolicy.TieFallback getTieFallback() {
    return tieFallback;
  }

  /**
   * Sets the verdict of an unbroken tie.
   *
   * @param tieFallback the verdict of an unbroken tie
   */
  public void setTieFallback(RulePolicy.TieFallback tieFallback) {
    this.tieFallback = tieFallback;
  }

  /**
   * Returns the quorum.
   *
   * @return the quorum
   */
  public int getQuorum() {
    return quorum;
  }

  /**
   * Sets the quorum, zero or more.
   *
   * @param quorum the quorum, zero or more
   */
  public void setQuorum(int quorum) {
    this.quorum = quorum;
  }

  /**
   * Returns what the validity applies to.
   *
   * @return what the validity applies to
   */
  public RulePolicy.ValidityScope getValidityScope() {
    return validityScope;
  }

  /**
   * Sets what the validity applies to.
   *
   * @param validityScope what the validity applies to
   */
  public void setValidityScope(RulePolicy.ValidityScope validityScope) {
    this.validityScope = validityScope;
  }

  /**
   * Returns which routes are open.
   *
   * @return which routes are open
   */
  public RulePolicy.RouteReading getRoutes() {
    return routes;
  }

  /**
   * Sets which routes are open.
   *
   * @param routes which routes are open
   */
  public void setRoutes(RulePolicy.RouteReading routes) {
    this.routes = routes;
  }
}
