package io.github.cqpm.cli;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The choices where the fiche is silent ({@link RulePolicy}), as options of the commands that
 * decide: each defaults to the library's documented default, and the reports say which applied.
 */
final class PolicyOptions {
  /** Whether the fiche's registration end date is inside the period. */
  enum RegistrationEnd {
    /** A jury on the end date is inside the period. */
    INCLUSIVE,
    /** A jury on the end date is after the period. */
    EXCLUSIVE
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--registration-end",
      defaultValue = "INCLUSIVE",
      paramLabel = "INCLUSIVE|EXCLUSIVE",
      description = "Whether a jury held on the fiche's registration end date (2019-08-09) is "
          + "inside the period; default ${DEFAULT-VALUE}.")
  RegistrationEnd registrationEnd;

  @Option(
      names = "--unfavourable-opinion",
      defaultValue = "ADVISORY",
      paramLabel = "ADVISORY|BLOCKING",
      description = "What the company's unfavourable opinion on a block does: ADVISORY (a "
          + "warning; the fiche asks for an opinion on record) or BLOCKING (the block is not "
          + "acquired); default ${DEFAULT-VALUE}.")
  RulePolicy.OpinionPolicy unfavourableOpinion;

  @Option(
      names = "--tie-fallback",
      defaultValue = "UNDECIDED",
      paramLabel = "UNDECIDED|NOT_ADMISSIBLE",
      description = "The verdict of the votes on a tie the president does not break (no vote, or "
          + "an abstention); default ${DEFAULT-VALUE}.")
  RulePolicy.TieFallback tieFallback;

  private int quorum;

  @Option(
      names = "--quorum",
      defaultValue = "0",
      paramLabel = "N",
      description = "The fewest votes of voting members (for, against or abstaining) a "
          + "deliberation needs to decide; default ${DEFAULT-VALUE}, none.")
  void setQuorum(int value) {
    if (value < 0) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--quorum': must be 0 or more, was " + value);
    }
    quorum = value;
  }

  @Option(
      names = "--validity-scope",
      defaultValue = "BLOCKS_AND_CAPACITIES",
      paramLabel = "BLOCKS_AND_CAPACITIES|BLOCKS_ONLY",
      description = "Which acquired components stay valid five years (\"Validité des composantes "
          + "acquises : 5 an(s)\"): blocks and capacities (a capacity validated five years or more "
          + "before the jury no longer counts), or blocks only; default ${DEFAULT-VALUE}.")
  RulePolicy.ValidityScope validityScope;

  @Option(
      names = "--routes",
      defaultValue = "REFERENTIAL",
      paramLabel = "REFERENTIAL|EVERY_LISTED",
      description = "Which access routes are open: those the référentiel opens (for RNCP 19453, "
          + "continuing training, professionalisation contract and VAE: the routes the fiche gives "
          + "a jury for) or every route its table lists; default ${DEFAULT-VALUE}.")
  RulePolicy.RouteReading routes;

  /** One set of rules per certification, made once; audit threads share it. */
  private final Map<RncpNumber, CqpmRules> rulesByCertification = new ConcurrentHashMap<>();

  /** How a policy treats the registration end date, as the option names it. */
  static RegistrationEnd registrationEnd(RulePolicy policy) {
    return policy.registrationEndInclusive() ? RegistrationEnd.INCLUSIVE : RegistrationEnd.EXCLUSIVE;
  }

  /**
   * The rules a dossier naming {@code certification} is decided by, under the policy the options
   * choose: the référentiel the command's catalogue holds under that number (made once per number;
   * a command decides with one catalogue).
   *
   * @throws IllegalArgumentException if the catalogue holds none (the JSON reader refuses such a
   *     dossier first)
   */
  CqpmRules rules(ReferentialCatalog catalog, RncpNumber certification) {
    return rulesByCertification.computeIfAbsent(certification, number ->
        CqpmRules.forCertification(catalog, number, policy()).orElseThrow(() ->
            new IllegalArgumentException("the catalogue holds no référentiel under " + number)));
  }

  /** The policy the options choose. */
  RulePolicy policy() {
    return RulePolicy.defaults()
        .withRegistrationEndInclusive(registrationEnd == RegistrationEnd.INCLUSIVE)
        .withUnfavourableOpinion(unfavourableOpinion)
        .withTieFallback(tieFallback)
        .withQuorum(quorum)
        .withValidityScope(validityScope)
        .withRoutes(routes);
  }
}
