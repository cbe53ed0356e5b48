package io.github.cqpm.rules.decision;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders findings in French (the fiche's language) or English. Messages live in the bundle
 * {@code io.github.cqpm.rules.decision.Messages}: the base file and {@code Messages_en} are
 * English, {@code Messages_fr} French; a code that reports a model nonconformity says its kind's
 * message ({@code Nonconformity.Kind.pattern}), the words of Bean Validation's violation. Other
 * languages follow {@link ResourceBundle}'s fallback.
 */
public final class Messages {
  private static final String BUNDLE = "io.github.cqpm.rules.decision.Messages";

  private Messages() {}

  /** French, compiled on first use; every French locale renders the same (arguments are text). */
  private static final class French {
    static final Rendering RENDERING = new Rendering(Locale.FRENCH);
  }

  /** English, compiled on first use. */
  private static final class English {
    static final Rendering RENDERING = new Rendering(Locale.ENGLISH);
  }

  /** A language's messages compiled, sentences and labels looked up, once. */
  private static final class Rendering {
    private final Map<FindingCode, MessageTemplate> messages = new EnumMap<>(FindingCode.class);
    private final Map<FicheRule, String> sentences = new EnumMap<>(FicheRule.class);
    private final Map<String, String> labels = new HashMap<>();
    /**
     * The label of each constant asked for so far, by the constant: a memo of {@link #labels} (its
     * key is made once a constant), as many entries at most as the labelled enums have constants.
     */
    private final Map<Enum<?>, String> labelled = new ConcurrentHashMap<>();

    Rendering(Locale locale) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
      for (FindingCode code : FindingCode.values()) {
        messages.put(code, template(bundle, code, locale));
      }
      for (FicheRule rule : FicheRule.values()) {
        sentences.put(rule, sentence(bundle, rule));
      }
      for (String key : bundle.keySet()) {
        if (key.startsWith(LABEL)) {
          labels.put(key, labelText(bundle, key, locale));
        }
      }
    }
  }

  private static final String LABEL = "label.";

  /** The key of a constant's label: {@code label.Ruling.ADMISSIBLE}, {@code label.RulePolicy.TieFallback.UNDECIDED}. */
  private static String labelKey(Enum<?> constant) {
    String type = constant.getDeclaringClass().getName();
    return LABEL + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
  }

  /** A label as written in the bundle, its apostrophes unquoted as MessageFormat reads them. */
  private static String labelText(ResourceBundle bundle, String key, Locale locale) {
    return new MessageFormat(bundle.getString(key), locale).format(new Object[0]);
  }

  /**
   * A code's message: the kind's, for a code that reports a model nonconformity (plain text with
   * {@code {n}}, its apostrophes quoted for {@code MessageFormat}), else the bundle's.
   */
  private static MessageTemplate template(ResourceBundle bundle, FindingCode code, Locale locale) {
    String pattern = code.getNonconformity()
        .map(kind -> kind.pattern(locale).replace("'", "''"))
        .orElseGet(() -> bundle.getString("finding." + code.name()));
    return MessageTemplate.compile(pattern, locale, code.getArgumentNames().size());
  }

  private static String sentence(ResourceBundle bundle, FicheRule rule) {
    boolean french = "fr".equals(bundle.getLocale().getLanguage());
    return rule.isFromFiche() && french ? rule.getQuote() : bundle.getString("rule." + rule.name());
  }

  /**
   * The rendering of the language of a locale this jar ships (French or English, whatever the
   * country); {@code null} for another language, whose bundle follows the default locale as it is
   * at each call: then each message is compiled alone.
   */
  private static Rendering kept(Locale locale) {
    switch (locale.getLanguage()) {
      case "fr":
        return French.RENDERING;
      case "en":
        return English.RENDERING;
      default:
        return null;
    }
  }

  /**
   * The finding's message, its arguments filled in.
   *
   * @param finding the finding
   * @param locale the language
   * @return e.g. "block RNCP19453BC02 expired on 2021-03-02 (acquired 2016-03-02)"
   */
  public static String message(Finding finding, Locale locale) {
    Rendering kept = kept(locale);
    MessageTemplate template = kept != null
        ? kept.messages.get(finding.code())
        : template(ResourceBundle.getBundle(BUNDLE, locale), finding.code(), locale);
    List<Object> arguments = finding.arguments();
    String[] texts = new String[arguments.size()];
    for (int i = 0; i < texts.length; i++) {
      Object argument = arguments.get(i);
      texts[i] = argument instanceof Enum<?> constant ? label(constant, locale) : finding.argumentText(i);
    }
    return template.format(texts);
  }

  /**
   * How a report names a constant's value in a language: « situation professionnelle réelle »,
   * "real work situation". Labels live in this bundle beside the messages, {@code
   * label.<Type>.<CONSTANT>}, every constant of a labelled type in French and English. A constant
   * that is a code (a {@link FindingCode}, a {@link Severity}, …) has no label: it is its name.
   *
   * @param constant the constant
   * @param locale the language
   * @return its label, or its name for a code
   * @since 0.2.0
   */
  public static String label(Enum<?> constant, Locale locale) {
    Rendering kept = kept(locale);
    if (kept != null) {
      return kept.labelled.computeIfAbsent(constant, c -> kept.labels.getOrDefault(labelKey(c), c.name()));
    }
    String key = labelKey(constant);
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    return bundle.containsKey(key) ? labelText(bundle, key, locale) : constant.name();
  }

  /**
   * The sentence of the fiche a rule quotes: verbatim in French, translated in English; for {@link
   * FicheRule#LIBRARY_POLICY}, a statement that the library's documented policy applies.
   *
   * @param rule the rule
   * @param locale the language
   * @return the sentence
   */
  public static String sentence(FicheRule rule, Locale locale) {
    Rendering kept = kept(locale);
    return kept != null ? kept.sentences.get(rule) : sentence(ResourceBundle.getBundle(BUNDLE, locale), rule);
  }

  /**
   * One line that explains a finding: severity, code, subject, message and the fiche's sentence.
   *
   * @param finding the finding
   * @param locale the language
   * @return e.g. {@code ERROR BLOCK_EXPIRED [BLOCK RNCP19453BC02] … — « Validité des composantes
   *     acquises : 5 an(s) »}
   */
  public static String explain(Finding finding, Locale locale) {
    return finding.severity() + " " + finding.code() + " [" + finding.subject() + "] "
        + message(finding, locale) + " — « " + sentence(finding.rule(), locale) + " »";
  }
}
