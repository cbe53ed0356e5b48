package io.github.cqpm.cli;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.PolicyOption;
import io.github.cqpm.rules.RulePolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The choices where the fiche is silent, as options of the commands that decide: one option per
 * {@linkplain RulePolicy#options() option of the policy}, made from its declaration (name, values,
 * default, description), so that nothing here restates the policy. The reports say which applied.
 */
@Command
final class PolicyOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** One set of rules per certification, made once; audit threads share it. */
  private final Map<RncpNumber, CqpmRules> rulesByCertification = new ConcurrentHashMap<>();

  /**
   * Adds an option per option of the policy to a command that has this mixin: {@code
   * --tie-fallback UNDECIDED|NOT_ADMISSIBLE}, defaulting to the policy's default, its value read
   * by the option's own parser (any case; a refusal is a usage error that says what it takes).
   *
   * @param command the command
   */
  static void addTo(CommandSpec command) {
    for (PolicyOption<?> option : RulePolicy.options()) {
      command.addOption(spec(option));
    }
  }

  private static <T> OptionSpec spec(PolicyOption<T> option) {
    List<String> values = option.getValues().stream().map(option::text).toList();
    return OptionSpec.builder(name(option))
        .paramLabel(values.isEmpty() ? "N" : String.join("|", values))
        .type(option.getType())
        .converters(text -> {
          try {
            return option.parse(text);
          } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
          }
        })
        .defaultValue(option.defaultText())
        .completionCandidates(values)
        .description(option.getDescription() + " Default: ${DEFAULT-VALUE}.")
        .build();
  }

  /** The command line's name of an option: {@code --tie-fallback}. */
  private static String name(PolicyOption<?> option) {
    return "--" + option.getKebabName();
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
    RulePolicy policy = RulePolicy.defaults();
    for (PolicyOption<?> option : RulePolicy.options()) {
      policy = chosen(policy, option);
    }
    return policy;
  }

  private <T> RulePolicy chosen(RulePolicy policy, PolicyOption<T> option) {
    T value = spec.findOption(name(option)).getValue();
    return option.with(policy, value);
  }
}
