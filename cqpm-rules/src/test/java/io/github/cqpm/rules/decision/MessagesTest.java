package io.github.cqpm.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import io.github.cqpm.model.validation.Nonconformity;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every code has its message in French and in English, and every rule its sentence. */
class MessagesTest {
  private static final String BUNDLE = "/io/github/cqpm/rules/decision/";

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE + file)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyCodeHasAnEnglishAndAFrenchMessageAndNoOtherKeyIsThere() throws IOException {
    for (String file : new String[] {"Messages.properties", "Messages_fr.properties"}) {
      Properties messages = load(file);
      for (FindingCode code : FindingCode.values()) {
        if (code.getNonconformity().isPresent()) {
          assertThat(messages.getProperty("finding." + code.name()))
              .as(file + " " + code + " says its kind's message, not one of its own").isNull();
        } else {
          assertThat(messages.getProperty("finding." + code.name())).as(file + " " + code).isNotBlank();
        }
      }
      assertThat(messages.stringPropertyNames())
          .as(file + " has no message for a code that does not exist")
          .allMatch(key -> key.startsWith("rule.") || key.startsWith("label.") || Arrays.stream(FindingCode.values()).anyMatch(c -> key.equals("finding." + c.name())));
    }
  }

  /** A lone apostrophe in a MessageFormat pattern would swallow the arguments after it. */
  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyArgumentShowsInTheRenderedMessageInBothLanguages(FindingCode code) {
    int count = code.getArgumentNames().size();
    Object[] args = IntStream.range(0, count).mapToObj(i -> "«arg" + i + "»").toArray();
    Finding finding = Finding.of(code, Subject.JURY, args);
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      String pattern = locale == Locale.FRENCH ? frPattern(code) : enPattern(code);
      String message = Messages.message(finding, locale);
      for (int i = 0; i < count; i++) {
        if (pattern.contains("{" + i + "}")) {
          assertThat(message).as(locale + " " + code).contains("«arg" + i + "»");
        }
      }
      assertThat(message).doesNotContain("{").doesNotContain("'{");
    }
  }

  /**
   * The names are the arguments the messages show: every named argument appears in at least one
   * language, and no message shows an argument without a name.
   */
  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void theArgumentNamesAreTheArgumentsTheMessagesShow(FindingCode code) {
    java.util.Set<Integer> shown = new java.util.TreeSet<>();
    for (String pattern : new String[] {enPattern(code), frPattern(code)}) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
      while (m.find()) {
        shown.add(Integer.parseInt(m.group(1)));
      }
    }
    assertThat(shown).as(code + " " + code.getArgumentNames())
        .containsExactlyElementsOf(IntStream.range(0, code.getArgumentNames().size()).boxed().toList());
    assertThat(code.getArgumentNames()).doesNotHaveDuplicates().allMatch(n -> n.matches("[a-z][A-Za-z]*"));
  }

  @Test
  void aFindingTakesAsManyArgumentsAsItsCodeNames() {
    assertThat(Finding.of(FindingCode.JURY_AFTER_REGISTRATION, Subject.JURY, "2030-01-01", "2029-12-31").arguments())
        .hasSize(2);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Finding.of(FindingCode.JURY_AFTER_REGISTRATION, Subject.JURY, "2030-01-01"))
        .withMessage("JURY_AFTER_REGISTRATION takes [juryDate, endDate], not 1 argument(s)");
  }

  /**
   * Every kind of the model's nonconformities but {@code UNKNOWN_CERTIFICATION} (Bean Validation's
   * alone: rules are made for a référentiel) is reported by exactly one code, which says the kind's
   * message: a total mapping, declared code by code.
   */
  @Test
  void everyNonconformityHasOneCodeThatSaysItsWords() {
    java.util.Map<Nonconformity.Kind, java.util.List<FindingCode>> codes = Arrays.stream(FindingCode.values())
        .filter(c -> c.getNonconformity().isPresent())
        .collect(java.util.stream.Collectors.groupingBy(c -> c.getNonconformity().get()));
    for (Nonconformity.Kind kind : Nonconformity.Kind.values()) {
      if (kind == Nonconformity.Kind.UNKNOWN_CERTIFICATION) {
        assertThat(codes).doesNotContainKey(kind);
        continue;
      }
      assertThat(codes.get(kind)).as(kind.name()).hasSize(1);
      FindingCode code = codes.get(kind).get(0);
      Object[] args = IntStream.range(0, code.getArgumentNames().size()).mapToObj(i -> "«" + i + "»").toArray();
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
        String pattern = kind.pattern(locale);
        String message = Messages.message(Finding.of(code, Subject.JURY, args), locale);
        for (int i = 0; i < args.length; i++) {
          assertThat(pattern).as("%s %s states argument %d", kind, locale, i).contains("{" + i + "}");
        }
        assertThat(message).isEqualTo(java.text.MessageFormat.format(pattern.replace("'", "''"), args));
      }
    }
  }

  /** A message about a count states the count, and the limit where there is one, in both languages. */
  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyMessageAboutACountStatesTheCountAndTheLimit(FindingCode code) {
    java.util.Set<String> numeric = java.util.Set.of("count", "maximum", "length", "quorum", "voted",
        "votingEmployees", "votingEmployers", "admissible", "notAdmissible", "abstentions", "breaches", "errors");
    java.util.List<String> names = code.getArgumentNames();
    Object[] args = IntStream.range(0, names.size()).mapToObj(i -> Integer.toString(1000 + 111 * i)).toArray();
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
      String message = Messages.message(Finding.of(code, Subject.JURY, args), locale);
      for (int i = 0; i < names.size(); i++) {
        if (numeric.contains(names.get(i))) {
          assertThat(message).as("%s %s states %s", code, locale, names.get(i)).contains((String) args[i]);
        }
      }
    }
  }

  private static String enPattern(FindingCode code) {
    if (code.getNonconformity().isPresent()) {
      return code.getNonconformity().get().pattern(Locale.ENGLISH).replace("'", "''");
    }
    try {
      return load("Messages.properties").getProperty("finding." + code.name());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String frPattern(FindingCode code) {
    if (code.getNonconformity().isPresent()) {
      return code.getNonconformity().get().pattern(Locale.FRENCH).replace("'", "''");
    }
    try {
      return load("Messages_fr.properties").getProperty("finding." + code.name());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * French and English follow the locale asked for, whatever the default; another language
   * follows the default locale of each call, not the one of the first.
   */
  @Test
  void messagesFollowTheLocaleAndAnotherLanguageTheDefaultOfTheCall() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      Finding f = Finding.of(FindingCode.BLOCK_NOT_ACQUIRED, Subject.JURY, "RNCP19453BC02");
      assertThat(Messages.message(f, Locale.ENGLISH)).isEqualTo("block RNCP19453BC02 is not acquired");
      assertThat(Messages.message(f, Locale.FRANCE)).isEqualTo("le bloc RNCP19453BC02 n'est pas acquis");
      assertThat(Messages.message(f, Locale.GERMAN)).isEqualTo("le bloc RNCP19453BC02 n'est pas acquis");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Messages.message(f, Locale.FRENCH)).isEqualTo("le bloc RNCP19453BC02 n'est pas acquis");
      assertThat(Messages.message(f, Locale.GERMAN)).isEqualTo("block RNCP19453BC02 is not acquired");
    } finally {
      Locale.setDefault(before);
    }
  }

  /** The compiled messages say what MessageFormat says, quotes and all, for every code and language. */
  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void theCompiledMessageIsWhatMessageFormatGives(FindingCode code) {
    Object[] args = IntStream.range(0, code.getArgumentNames().size()).mapToObj(i -> "a'{" + i + "}'z").toArray();
    Finding finding = Finding.of(code, Subject.JURY, args);
    assertThat(Messages.message(finding, Locale.FRENCH))
        .isEqualTo(new java.text.MessageFormat(frPattern(code), Locale.FRENCH).format(args));
    assertThat(Messages.message(finding, Locale.ENGLISH))
        .isEqualTo(new java.text.MessageFormat(enPattern(code), Locale.ENGLISH).format(args));
  }

  @ParameterizedTest
  @EnumSource(FicheRule.class)
  void everyRuleHasItsSentenceInBothLanguages(FicheRule rule) {
    assertThat(Messages.sentence(rule, Locale.ENGLISH)).isNotBlank();
    assertThat(Messages.sentence(rule, Locale.FRENCH)).isNotBlank();
    if (rule.isFromFiche()) {
      assertThat(Messages.sentence(rule, Locale.FRENCH)).isEqualTo(rule.getQuote());
      assertThat(Messages.sentence(rule, Locale.ENGLISH)).isNotEqualTo(rule.getQuote());
    }
  }

  /** The quotes are the fiche's words: checked against the copy of the fiche in cqpm-model's tests. */
  @ParameterizedTest
  @EnumSource(FicheRule.class)
  void everyQuoteStandsInTheFiche(FicheRule rule) throws IOException {
    String fiche = normalise(Files.readString(Path.of("../cqpm-model/src/test/resources/rncp-19453-fiche.md")));
    switch (rule) {
      case LIBRARY_POLICY:
        assertThat(rule.getQuote()).isEmpty();
        break;
      case TERRITORIES:
        // A table in the fiche: the two rows, ticked in the NON column.
        assertThat(fiche).contains("OUI NON Accessible en Nouvelle Calédonie X Accessible en Polynésie Française X");
        break;
      default:
        assertThat(fiche).contains(normalise(rule.getQuote()));
    }
  }

  private static String normalise(String text) {
    return text.replaceAll("<[^>]+>", " ").replace("**", "").replaceAll("\\s+-\\s+", " ").replaceAll("\\s+", " ");
  }

  @Test
  void explainPutsEverythingOnOneLine() {
    Finding f = Finding.of(FindingCode.BLOCK_EXPIRED, Subject.of(Subject.Kind.BLOCK, "RNCP19453BC02"), "RNCP19453BC02", "2011-03-02", "2016-03-02");
    assertThat(Messages.explain(f, Locale.FRENCH)).isEqualTo(
        "ERROR BLOCK_EXPIRED [BLOCK RNCP19453BC02] le bloc RNCP19453BC02, acquis le 2011-03-02, n'est plus valable depuis le 2016-03-02"
            + " — « Validité des composantes acquises : 5 an(s) »");
    assertThat(Messages.explain(f, Locale.ENGLISH)).endsWith("— « Validity of acquired components: 5 year(s). »");
  }
}
