package io.github.cqpm.rules;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.util.List;
import java.util.Optional;

/**
 * The decision: the jury decides, the evidence bounds it.
 *
 * <ul>
 *   <li>The jury's verdict is the votes' when votes are recorded (the majority of voting members,
 *       "En cas de partage des voix, celle du président du jury est prépondérante"), else the
 *       verdict it declared ("déclare admissibles ou non admissibles les candidats").
 *   <li>An irregular deliberation (a composition not conform, a quorum not met, a tie left
 *       unresolved) has no valid verdict: {@link Ruling#UNDECIDED}, never admissible.
 *   <li>No jury, or a jury that recorded nothing: no verdict yet, {@link Ruling#PENDING}.
 *   <li>"Admissible" needs the evidence: every block acquired and valid at the jury's date ("Pour
 *       que le candidat soit déclaré admissible … l'ensemble des blocs de compétences … doit être
 *       acquis") and no ERROR in the candidacy, the procedure or the codes used; a jury cannot make
 *       it otherwise ({@code JURY_VERDICT_EXCEEDS_EVIDENCE}, not admissible). A jury may refuse a
 *       candidate whose blocks are all acquired: the blocks are necessary, not sufficient.
 *   <li>A candidacy that targets some blocks only (France VAE's "visée partiellement"; "Chaque
 *       bloc est certifié, il donne lieu à une évaluation et une validation"): the jury's
 *       "admissible" is read as the targeted blocks validated, and bounded by them alike ({@link
 *       Ruling#TARGET_MET}, {@link Ruling#TARGET_NOT_MET}); "admissible" stays the jury's word for
 *       the whole CQPM, never due on such a candidacy (a policy: the fiche is silent).
 * </ul>
 */
final class VerdictRule {
  private VerdictRule() {}

  /** The ruling, with the finding that explains a ruling other than the jury's verdict. */
  static Decision<Ruling> apply(
      Dossier dossier, Evaluation parts, List<FindingCode> irregularities) {
    if (dossier.getJury().isPresent() && !irregularities.isEmpty()) {
      return new Decision<>(Ruling.UNDECIDED, List.of(
          Finding.of(FindingCode.DELIBERATION_IRREGULAR, Subject.JURY, join(irregularities))));
    }
    Optional<Verdict> jury = parts.juryVerdict();
    if (jury.isEmpty()) {
      return new Decision<>(Ruling.PENDING, dossier.getJury()
          .map(j -> List.of(Finding.of(FindingCode.VERDICT_NOT_RECORDED, Subject.JURY, j.getSession().getDate())))
          .orElse(List.of()));
    }
    if (jury.get() == Verdict.ADMISSIBLE && parts.evidence() == Verdict.NOT_ADMISSIBLE) {
      String missing = parts.missingBlocks();
      return new Decision<>(Ruling.of(Verdict.NOT_ADMISSIBLE, parts.partial()), List.of(Finding.of(
          FindingCode.JURY_VERDICT_EXCEEDS_EVIDENCE, Subject.DOSSIER,
          missing.isEmpty() ? "-" : missing, parts.caseErrors())));
    }
    return new Decision<>(Ruling.of(jury.get(), parts.partial()), List.of());
  }

  private static String join(List<FindingCode> codes) {
    StringBuilder text = new StringBuilder();
    for (FindingCode code : codes) {
      text.append(text.length() == 0 ? "" : ", ").append(code.name());
    }
    return text.toString();
  }
}
