package io.github.cqpm.rules.decision;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders findings in French (the fiche's language) or English. Messages live in the bundle
 * {@code io.github.cqpm.rules.decision.Messages}: the base file and {@code Messages_en} are
 * English, {@code Messages_fr} French. Other languages follow {@link ResourceBundle}'s fallback.
 */
public final class Messages {
  private static final String BUNDLE = "io.github.cqpm.rules.decision.Messages";

  private Messages() {}

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale);
  }

  /**
   * The finding's message, its arguments filled in.
   *
   * @param finding the finding
   * @param locale the language
   * @return e.g. "block RNCP19453BC02 expired on 2021-03-02 (acquired 2016-03-02)"
   */
  public static String message(Finding finding, Locale locale) {
    String pattern = bundle(locale).getString("finding." + finding.code().name());
    return new MessageFormat(pattern, locale).format(finding.argumentTexts().toArray());
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
    ResourceBundle bundle = bundle(locale);
    if (rule.isFromFiche() && "fr".equals(bundle.getLocale().getLanguage())) {
      return rule.getQuote();
    }
    return bundle.getString("rule." + rule.name());
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
