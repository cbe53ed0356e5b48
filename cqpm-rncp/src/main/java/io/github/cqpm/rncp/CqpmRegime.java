package io.github.cqpm.rncp;

import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.EvaluationScheme;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import java.text.Normalizer;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Policy: what the RNCP export does not say of a CQPM, and the CQPM's fiches do. The export
 * carries no jury rules, no procedure, no validity of components; the CQPM's fiches state them
 * alike for every CQPM, as "dispositif paritaire" of the branch (RNCP 19453: "Jury paritaire : 50%
 * de représentants des salariés / 50% de représentants des employeurs. Délégation patronale :
 * maximum de cinq membres qualifiés…", "Validité des composantes acquises : 5 an(s)", the training
 * and VAE paths). So a fiche whose certifier is the CPNE de la métallurgie or the UIMM gets them,
 * as RNCP 19453 (the bundled référentiel) states them; any other fiche gets none, and the rules
 * say so with a finding instead of judging a jury or ending a validity.
 *
 * <p>Likewise, a block whose evaluation text has, in order, the title and description of each of
 * the CQPM's modalities, its text on the company's opinion and on the attestation (RNCP 19453's
 * words, HTML and white space aside) is read as that evaluation scheme; any other text is kept
 * verbatim as the scheme's statement.
 */
final class CqpmRegime {
  /**
   * Each Latin-1 character decomposed, its marks left out: a Latin-1 text is decomposed character
   * by character (none of them is a mark, so decomposing never reorders across them). First of
   * the fields: those below fold texts when the class is set up.
   */
  private static final String[] LATIN_1 = IntStream.range(0, 0x100)
      .mapToObj(c -> decomposedWithoutMarks(Character.toString(c))).toArray(String[]::new);

  private static final Referential CQPM = Referentials.rncp19453();
  private static final Pattern UIMM = Pattern.compile("\\buimm\\b");
  private static final Pattern CPNE = Pattern.compile("commission paritaire nationale de l.emploi.*metallurgie");
  /** The CQPM's evaluation scheme, the same for every block of RNCP 19453. */
  private static final EvaluationScheme EVALUATION = CQPM.getBlocks().get(0).getEvaluation();
  /** The texts of that scheme a block's text has in this order, folded once. */
  private static final List<String> EVALUATION_PARTS = evaluationParts();

  private CqpmRegime() {}

  /** Whether a certifier is the CQPM's: the CPNE de la métallurgie or the UIMM. */
  static boolean isCqpmCertifier(String name) {
    String folded = fold(name);
    // every name below has "uimm" or "metallurgie": most certifiers are told apart without a pattern
    if (!folded.contains("uimm") && !folded.contains("metallurgie")) {
      return false;
    }
    return UIMM.matcher(folded).find()
        || folded.contains("union des industries et metiers de la metallurgie")
        || folded.contains("cpne de la metallurgie")
        || CPNE.matcher(folded).find();
  }

  /** Lower case, without accents, white space collapsed: to compare names and texts. */
  static String fold(String text) {
    return HtmlText.collapse(withoutMarks(text).toLowerCase(Locale.ROOT));
  }

  /** The text decomposed (NFD), its combining marks left out; ASCII text is its own. */
  private static String withoutMarks(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) < 0x80) {
      i++;
    }
    if (i == text.length()) {
      return text; // nothing to decompose, no mark
    }
    StringBuilder bare = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= LATIN_1.length) {
        return decomposedWithoutMarks(text);
      }
      bare.append(LATIN_1[c]);
    }
    return bare.toString();
  }

  /** The text decomposed (NFD), its combining marks left out. */
  private static String decomposedWithoutMarks(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> !isMark(c)).forEach(bare::appendCodePoint);
    return bare.toString();
  }

  /** Whether a character is a combining mark (Unicode's M categories). */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static JuryRules juryRules() {
    return CQPM.getJuryRules().orElseThrow();
  }

  static Period componentValidity() {
    return CQPM.getComponentValidity().orElseThrow();
  }

  static List<CertificationPath> paths() {
    return CQPM.getPaths();
  }

  static String components() {
    return CQPM.getComponents();
  }

  static String admissibilityRule() {
    return CQPM.getAdmissibilityRule();
  }

  private static List<String> evaluationParts() {
    List<String> parts = new ArrayList<>();
    for (ModalityDescription modality : EVALUATION.getModalities()) {
      parts.add(fold(modality.getTitle()));
      parts.add(fold(modality.getDescription()));
    }
    parts.add(fold(EVALUATION.getCompanyOpinion().orElseThrow()));
    parts.add(fold(EVALUATION.getAttestation().orElseThrow()));
    return List.copyOf(parts);
  }

  /** The CQPM's evaluation scheme, if a block's text is its words; otherwise empty. */
  static java.util.Optional<EvaluationScheme> evaluation(String text) {
    String words = fold(HtmlText.plain(text));
    int from = 0;
    for (String part : EVALUATION_PARTS) {
      int at = words.indexOf(part, from);
      if (at < 0) {
        return java.util.Optional.empty();
      }
      from = at + part.length();
    }
    return java.util.Optional.of(EVALUATION);
  }
}
