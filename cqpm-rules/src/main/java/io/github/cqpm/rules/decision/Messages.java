package io.github.cqpm.rules.decision;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders findings in French (the fiche's language) or English. Messages live in the bundle
 * {@code io.github.cqpm.rules.decision.Messages}: the base file and {@code Messages_en} are
 * English, {@code Messages_fr} French. Other languages follow {@link ResourceBundle}'s fallback.
 */
public final class Messages {
  private static final String BUNDLE = "io.github.cqpm.rules.decision.Messages";

  /**
   * At most this many locales' renderings are kept. Only French and English ones are: the bundles
   * this jar ships, found whatever the default locale; another language follows the default
   * locale as it is at each call.
   */
  private static final int KEPT_LOCALES = 16;

  private static final Map<Locale, Rendering> RENDERINGS = new ConcurrentHashMap<>();

  private Messages() {}

  /** A language's messages compiled and sentences looked up, once. */
  private static final class Rendering {
    private final Map<FindingCode, MessageTemplate> messages = new EnumMap<>(FindingCode.class);
    private final Map<FicheRule, String> sentences = new EnumMap<>(FicheRule.class);

    Rendering(Locale locale) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
      for (FindingCode code : FindingCode.values()) {
        messages.put(code, MessageTemplate.compile(
            bundle.getString("finding." + code.name()), locale, code.getArgumentNames().size()));
      }
      boolean french = "fr".equals(bundle.getLocale().getLanguage());
      for (FicheRule rule : FicheRule.values()) {
        sentences.put(rule, rule.isFromFiche() && french ? rule.getQuote() : bundle.getString("rule." + rule.name()));
      }
    }
  }

  private static Rendering rendering(Locale locale) {
    Rendering rendering = RENDERINGS.get(locale);
    if (rendering == null) {
      rendering = new Rendering(locale);
      String language = locale.getLanguage();
      if (("fr".equals(language) || "en".equals(language)) && RENDERINGS.size() < KEPT_LOCALES) {
        RENDERINGS.putIfAbsent(locale, rendering);
      }
    }
    return rendering;
  }

  /**
   * The finding's message, its arguments filled in.
   *
   * @param finding the finding
   * @param locale the language
   * @return e.g. "block RNCP19453BC02 expired on 2021-03-02 (acquired 2016-03-02)"
   */
  public static String message(Finding finding, Locale locale) {
    return rendering(locale).messages.get(finding.code()).format(finding.argumentTexts());
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
    return rendering(locale).sentences.get(rule);
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
