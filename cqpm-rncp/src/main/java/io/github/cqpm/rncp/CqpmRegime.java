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
  private static final Referential CQPM = Referentials.rncp19453();

  private CqpmRegime() {}

  /** Whether a certifier is the CQPM's: the CPNE de la métallurgie or the UIMM. */
  static boolean isCqpmCertifier(String name) {
    String folded = fold(name);
    return folded.matches(".*\\buimm\\b.*")
        || folded.contains("union des industries et metiers de la metallurgie")
        || folded.contains("cpne de la metallurgie")
        || folded.matches(".*commission paritaire nationale de l.emploi.*metallurgie.*");
  }

  /** Lower case, without accents, white space collapsed: to compare names and texts. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
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

  /** The CQPM's evaluation scheme, if a block's text is its words; otherwise empty. */
  static java.util.Optional<EvaluationScheme> evaluation(String text) {
    EvaluationScheme cqpm = CQPM.getBlocks().get(0).getEvaluation();
    List<String> parts = new ArrayList<>();
    for (ModalityDescription modality : cqpm.getModalities()) {
      parts.add(modality.getTitle());
      parts.add(modality.getDescription());
    }
    parts.add(cqpm.getCompanyOpinion().orElseThrow());
    parts.add(cqpm.getAttestation().orElseThrow());
    String words = fold(HtmlText.plain(text));
    int from = 0;
    for (String part : parts) {
      int at = words.indexOf(fold(part), from);
      if (at < 0) {
        return java.util.Optional.empty();
      }
      from = at + fold(part).length();
    }
    return java.util.Optional.of(cqpm);
  }
}
