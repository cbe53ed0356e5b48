package io.github.cqpm.spring;

import io.github.cqpm.rules.PolicyOption;
import io.github.cqpm.rules.RulePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code cqpm.rules.*} properties: which référentiel the {@code CqpmRules} bean applies and
 * every option of {@link RulePolicy} where the fiche is silent, under its own name ({@code
 * cqpm.rules.tie-fallback}, … as {@link RulePolicy#options()} declares them). The properties hold a
 * policy: an option not set keeps its value in {@link RulePolicy#defaults()}, and none is restated
 * here. Their IDE metadata (descriptions, defaults, values) is written at build time from the same
 * declarations.
 */
@ConfigurationProperties("cqpm.rules")
public class CqpmRulesProperties {
  /** The RNCP number of the référentiel the rules apply, one the ReferentialCatalog bean holds. */
  private String certification = "RNCP19453";

  /** The policy the options set so far choose. */
  private RulePolicy policy = RulePolicy.defaults();

  /** Properties with the library's defaults; Spring binds the ones set. */
  public CqpmRulesProperties() {}

  /**
   * The policy these properties choose.
   *
   * @return the policy
   */
  public RulePolicy toPolicy() {
    return policy;
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
   * Returns whether a jury held on the registration's end date is inside it ({@link
   * PolicyOption#REGISTRATION_END}).
   *
   * @return {@code INCLUSIVE} or {@code EXCLUSIVE}
   * @since 0.2.0
   */
  public RulePolicy.RegistrationEnd getRegistrationEnd() {
    return policy.registrationEnd();
  }

  /**
   * Sets whether a jury held on the registration's end date is inside it ({@link
   * PolicyOption#REGISTRATION_END}).
   *
   * @param registrationEnd {@code INCLUSIVE} or {@code EXCLUSIVE}
   * @since 0.2.0
   */
  public void setRegistrationEnd(RulePolicy.RegistrationEnd registrationEnd) {
    policy = PolicyOption.REGISTRATION_END.with(policy, registrationEnd);
  }

  /**
   * Returns whether the registration's end date is inside it.
   *
   * @return whether the registration's end date is inside it
   * @deprecated {@link #getRegistrationEnd()}, as the option is named everywhere else
   */
  @Deprecated(since = "0.2.0")
  public boolean isRegistrationEndInclusive() {
    return policy.registrationEndInclusive();
  }

  /**
   * Sets whether the registration's end date is inside it.
   *
   * @param registrationEndInclusive whether the registration's end date is inside it
   * @deprecated {@code cqpm.rules.registration-end=INCLUSIVE|EXCLUSIVE}, {@link
   *     #setRegistrationEnd(RulePolicy.RegistrationEnd)}
   */
  @Deprecated(since = "0.2.0")
  public void setRegistrationEndInclusive(boolean registrationEndInclusive) {
    policy = policy.withRegistrationEndInclusive(registrationEndInclusive);
  }

  /**
   * Returns what an unfavourable opinion does ({@link PolicyOption#UNFAVOURABLE_OPINION}).
   *
   * @return what an unfavourable opinion does
   */
  public RulePolicy.OpinionPolicy getUnfavourableOpinion() {
    return policy.unfavourableOpinion();
  }

  /**
   * Sets what an unfavourable opinion does ({@link PolicyOption#UNFAVOURABLE_OPINION}).
   *
   * @param unfavourableOpinion what an unfavourable opinion does
   */
  public void setUnfavourableOpinion(RulePolicy.OpinionPolicy unfavourableOpinion) {
    policy = PolicyOption.UNFAVOURABLE_OPINION.with(policy, unfavourableOpinion);
  }

  /**
   * Returns the verdict of an unbroken tie ({@link PolicyOption#TIE_FALLBACK}).
   *
   * @return the verdict of an unbroken tie
   */
  public RulePolicy.TieFallback getTieFallback() {
    return policy.tieFallback();
  }

  /**
   * Sets the verdict of an unbroken tie ({@link PolicyOption#TIE_FALLBACK}).
   *
   * @param tieFallback the verdict of an unbroken tie
   */
  public void setTieFallback(RulePolicy.TieFallback tieFallback) {
    policy = PolicyOption.TIE_FALLBACK.with(policy, tieFallback);
  }

  /**
   * Returns the quorum ({@link PolicyOption#QUORUM}).
   *
   * @return the quorum
   */
  public int getQuorum() {
    return policy.quorum();
  }

  /**
   * Sets the quorum, zero or more ({@link PolicyOption#QUORUM}).
   *
   * @param quorum the quorum, zero or more
   * @throws IllegalArgumentException if it is negative
   */
  public void setQuorum(int quorum) {
    policy = PolicyOption.QUORUM.with(policy, quorum);
  }

  /**
   * Returns what the validity applies to ({@link PolicyOption#VALIDITY_SCOPE}).
   *
   * @return what the validity applies to
   */
  public RulePolicy.ValidityScope getValidityScope() {
    return policy.validityScope();
  }

  /**
   * Sets what the validity applies to ({@link PolicyOption#VALIDITY_SCOPE}).
   *
   * @param validityScope what the validity applies to
   */
  public void setValidityScope(RulePolicy.ValidityScope validityScope) {
    policy = PolicyOption.VALIDITY_SCOPE.with(policy, validityScope);
  }

  /**
   * Returns which routes are open ({@link PolicyOption#ROUTES}).
   *
   * @return which routes are open
   */
  public RulePolicy.RouteReading getRoutes() {
    return policy.routes();
  }

  /**
   * Sets which routes are open ({@link PolicyOption#ROUTES}).
   *
   * @param routes which routes are open
   */
  public void setRoutes(RulePolicy.RouteReading routes) {
    policy = PolicyOption.ROUTES.with(policy, routes);
  }
}
