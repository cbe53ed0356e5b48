package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Verdict;
import java.util.Optional;

/**
 * The decision on a dossier. The jury decides ("déclare admissibles ou non admissibles les
 * candidats"), by the majority of its voting members with the president's vote prevailing on a tie
 * ("En cas de partage des voix, celle du président du jury est prépondérante"); the evidence bounds
 * it ("Pour que le candidat soit déclaré admissible … l'ensemble des blocs de compétences … doit
 * être acquis"). Besides the two verdicts, a dossier can have none: an irregular deliberation has
 * no valid one, a jury that has not sat (or recorded nothing) none yet, and a candidate absent or
 * excused from the jury none at all.
 */
public enum Ruling {
  /** The jury's verdict is admissible, and the evidence allows it. */
  ADMISSIBLE,
  /**
   * The jury's verdict is not admissible; or it is admissible and the evidence does not allow it
   * ({@code JURY_VERDICT_EXCEEDS_EVIDENCE}).
   */
  NOT_ADMISSIBLE,
  /**
   * The deliberation is irregular and has no valid verdict: a composition not conform, a quorum
   * not met, a tie left unresolved ({@code DELIBERATION_IRREGULAR} names which).
   */
  UNDECIDED,
  /**
   * No verdict yet: no jury has sat, or it recorded neither votes nor a declared verdict. The
   * outcome's evidence says what the evidence calls for.
   */
  PENDING,
  /**
   * No verdict: the candidate was absent from the jury ({@code jury.attendance} {@code ABSENT});
   * votes or a verdict recorded for them are not read ({@code CANDIDATE_ABSENT}).
   *
   * @since 0.2.0
   */
  ABSENT,
  /**
   * No verdict: the candidate was excused from the jury ({@code jury.attendance} {@code EXCUSED});
   * votes or a verdict recorded for them are not read ({@code CANDIDATE_EXCUSED}).
   *
   * @since 0.2.0
   */
  EXCUSED,
  /**
   * A candidacy that targets some blocks only: the jury validated them and the evidence allows it
   * (every targeted block acquired and valid at the jury's date, no ERROR in the candidacy, the
   * procedure or the codes used). Not a verdict on the CQPM, which is never due on such a
   * candidacy.
   *
   * @since 0.2.0
   */
  TARGET_MET,
  /**
   * A candidacy that targets some blocks only: the jury did not validate them, or the evidence does
   * not allow it ({@code JURY_VERDICT_EXCEEDS_EVIDENCE}).
   *
   * @since 0.2.0
   */
  TARGET_NOT_MET;

  private static final EnumOptionals<Verdict> VERDICTS = new EnumOptionals<>(Verdict.class);

  /**
   * The verdict this ruling is, if it is one.
   *
   * @return the verdict; empty for {@link #UNDECIDED}, {@link #PENDING}, {@link #ABSENT}, {@link
   *     #EXCUSED}, and for {@link #TARGET_MET} and {@link #TARGET_NOT_MET} ("admissible" is the
   *     jury's word for the whole CQPM)
   */
  public Optional<Verdict> verdict() {
    switch (this) {
      case ADMISSIBLE:
        return VERDICTS.of(Verdict.ADMISSIBLE);
      case NOT_ADMISSIBLE:
        return VERDICTS.of(Verdict.NOT_ADMISSIBLE);
      default:
        return Optional.empty();
    }
  }

  /**
   * The ruling that is a verdict.
   *
   * @param verdict the verdict
   * @return {@link #ADMISSIBLE} or {@link #NOT_ADMISSIBLE}
   */
  static Ruling of(Verdict verdict) {
    return verdict == Verdict.ADMISSIBLE ? ADMISSIBLE : NOT_ADMISSIBLE;
  }

  /**
   * The ruling that is a verdict, for the whole CQPM or for a partial target.
   *
   * @param verdict the verdict
   * @param partial whether the candidacy targets some blocks only
   * @return the ruling
   */
  static Ruling of(Verdict verdict, boolean partial) {
    if (partial) {
      return verdict == Verdict.ADMISSIBLE ? TARGET_MET : TARGET_NOT_MET;
    }
    return of(verdict);
  }
}
