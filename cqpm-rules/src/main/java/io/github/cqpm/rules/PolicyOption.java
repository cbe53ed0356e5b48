package io.github.cqpm.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One choice of a {@link RulePolicy}, declared once: its name, the values it takes, its default
 * (read from {@link RulePolicy#defaults()}), what it means, and how to read it from a policy and
 * put it in one. The command line's options, the Spring starter's properties and their IDE
 * metadata, and the policy in decision documents are all made from {@link RulePolicy#options()}.
 *
 * <pre>{@code
 * for (PolicyOption<?> option : RulePolicy.options()) {
 *   System.out.println("--" + option.getKebabName() + " " + option.getValues() + ", default " + option.defaultText());
 * }
 * RulePolicy policy = PolicyOption.TIE_FALLBACK.withText(RulePolicy.defaults(), "not_admissible");
 * }</pre>
 *
 * @param <T> the type of the option's values: an enum, or {@code Integer} for the quorum
 * @since 0.2.0
 */
public final class PolicyOption<T> {
  /** Whether a jury held on the registration's end date is inside it. */
  public static final PolicyOption<RulePolicy.RegistrationEnd> REGISTRATION_END = choice(
      "registrationEnd", RulePolicy.RegistrationEnd.class,
      "Whether a jury held on the registration's end date is inside the registration: the fiche"
          + " registers the certification \"jusqu'au\" that date, which names the last day in force.",
      RulePolicy::registrationEnd, RulePolicy::withRegistrationEnd);
  /** What the company's unfavourable opinion on a block does. */
  public static final PolicyOption<RulePolicy.OpinionPolicy> UNFAVOURABLE_OPINION = choice(
      "unfavourableOpinion", RulePolicy.OpinionPolicy.class,
      "What the company's unfavourable opinion on a block does: ADVISORY, a warning (the fiche asks"
          + " for an opinion on record, not a favourable one), or BLOCKING, the block is not acquired.",
      RulePolicy::unfavourableOpinion, RulePolicy::withUnfavourableOpinion);
  /** The verdict of a tie the president's vote does not break. */
  public static final PolicyOption<RulePolicy.TieFallback> TIE_FALLBACK = choice(
      "tieFallback", RulePolicy.TieFallback.class,
      "The verdict of the votes on a tie the president does not break (no vote, or an abstention):"
          + " UNDECIDED, no verdict, or NOT_ADMISSIBLE.",
      RulePolicy::tieFallback, RulePolicy::withTieFallback);
  /** The fewest voting members who must have voted. */
  public static final PolicyOption<Integer> QUORUM = new PolicyOption<>(
      "quorum", Integer.class, List.of(),
      "The fewest votes of voting members (for, against or abstaining) a deliberation needs to"
          + " decide, 0 or more; 0: none, as the fiche sets none.",
      RulePolicy::quorum, RulePolicy::withQuorum, PolicyOption::quorum);
  /** Which acquired components stay valid five years. */
  public static final PolicyOption<RulePolicy.ValidityScope> VALIDITY_SCOPE = choice(
      "validityScope", RulePolicy.ValidityScope.class,
      "Which acquired components stay valid five years (\"Validité des composantes acquises : 5"
          + " an(s)\"): BLOCKS_AND_CAPACITIES (a capacity validated five years or more before the"
          + " jury no longer counts) or BLOCKS_ONLY.",
      RulePolicy::validityScope, RulePolicy::withValidityScope);
  /** Which access routes are open. */
  public static final PolicyOption<RulePolicy.RouteReading> ROUTES = choice(
      "routes", RulePolicy.RouteReading.class,
      "Which access routes are open: REFERENTIAL, those the référentiel opens (for RNCP 19453,"
          + " the routes the fiche gives a jury for), or EVERY_LISTED, every route its table lists.",
      RulePolicy::routes, RulePolicy::withRoutes);

  static final List<PolicyOption<?>> ALL = List.of(
      REGISTRATION_END, UNFAVOURABLE_OPINION, TIE_FALLBACK, QUORUM, VALIDITY_SCOPE, ROUTES);

  private final String name;
  private final Class<T> type;
  private final List<T> values;
  private final String description;
  private final Function<RulePolicy, T> getter;
  private final BiFunction<RulePolicy, T, RulePolicy> wither;
  private final BiFunction<PolicyOption<T>, String, T> parser;

  private PolicyOption(String name, Class<T> type, List<T> values, String description,
      Function<RulePolicy, T> getter, BiFunction<RulePolicy, T, RulePolicy> wither,
      BiFunction<PolicyOption<T>, String, T> parser) {
    this.name = name;
    this.type = type;
    this.values = List.copyOf(values);
    this.description = description;
    this.getter = getter;
    this.wither = wither;
    this.parser = parser;
  }

  private static <E extends Enum<E>> PolicyOption<E> choice(String name, Class<E> type,
      String description, Function<RulePolicy, E> getter, BiFunction<RulePolicy, E, RulePolicy> wither) {
    return new PolicyOption<>(name, type, List.of(type.getEnumConstants()), description, getter, wither,
        PolicyOption::constant);
  }

  private static <E> E constant(PolicyOption<E> option, String text) {
    for (E value : option.values) {
      if (((Enum<?>) value).name().equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    throw option.refused(text, "one of " + option.values);
  }

  private static Integer quorum(PolicyOption<Integer> option, String text) {
    try {
      int quorum = Integer.parseInt(text.trim());
      if (quorum >= 0) {
        return quorum;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw option.refused(text, "a whole number, 0 or more");
  }

  private IllegalArgumentException refused(String text, String expected) {
    return new IllegalArgumentException(name + ": expected " + expected + ", was \"" + text + "\"");
  }

  /**
   * The option's name, as decision documents write it.
   *
   * @return e.g. {@code tieFallback}
   */
  public String getName() {
    return name;
  }

  /**
   * The option's name in lower case words joined by hyphens, as the command line's options and
   * Spring's properties write it.
   *
   * @return e.g. {@code tie-fallback}
   */
  public String getKebabName() {
    return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  /**
   * The type of the option's values.
   *
   * @return an enum, or {@code Integer}
   */
  public Class<T> getType() {
    return type;
  }

  /**
   * The values the option takes, in order.
   *
   * @return an enum's constants; empty for the quorum, any whole number from 0
   */
  public List<T> getValues() {
    return values;
  }

  /**
   * What the option means, and the fiche's words where it rests on them.
   *
   * @return a sentence or two, in English
   */
  public String getDescription() {
    return description;
  }

  /**
   * The option's default: its value in {@link RulePolicy#defaults()}.
   *
   * @return the default
   */
  public T getDefault() {
    return get(RulePolicy.defaults());
  }

  /**
   * The option's value in a policy.
   *
   * @param policy the policy
   * @return its value of this option
   */
  public T get(RulePolicy policy) {
    return getter.apply(policy);
  }

  /**
   * A policy with this option's value changed.
   *
   * @param policy the policy
   * @param value the value
   * @return the policy with the value
   */
  public RulePolicy with(RulePolicy policy, T value) {
    return wither.apply(policy, Objects.requireNonNull(value, name));
  }

  /**
   * A value of this option from text: an enum constant's name (in any case), or a whole number.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException naming the option and what was expected
   */
  public T parse(String text) {
    return parser.apply(this, Objects.requireNonNull(text, name));
  }

  /**
   * A policy with this option's value given as text.
   *
   * @param policy the policy
   * @param text the value's text ({@link #parse(String)})
   * @return the policy with the value
   * @throws IllegalArgumentException naming the option and what was expected
   */
  public RulePolicy withText(RulePolicy policy, String text) {
    return with(policy, parse(text));
  }

  /**
   * A value as text, as {@link #parse(String)} reads it.
   *
   * @param value a value of this option
   * @return e.g. {@code UNDECIDED}, {@code 0}
   */
  public String text(T value) {
    return value instanceof Enum ? ((Enum<?>) value).name() : String.valueOf(value);
  }

  /**
   * The default as text.
   *
   * @return e.g. {@code UNDECIDED}
   */
  public String defaultText() {
    return text(getDefault());
  }

  @Override
  public String toString() {
    return name;
  }
}
