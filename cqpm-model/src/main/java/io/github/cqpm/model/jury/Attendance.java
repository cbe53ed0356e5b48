package io.github.cqpm.model.jury;

/**
 * Whether the candidate attended the jury: France VAE records a result for a candidate absent
 * ({@code CANDIDAT_ABSENT}) or excused ({@code CANDIDAT_EXCUSE}) on the day. An absent or excused
 * candidate gets no verdict.
 *
 * @since 0.2.0
 */
public enum Attendance {
  /** The candidate attended (the default: a dossier that says nothing). */
  PRESENT,
  /** The candidate did not come, without excuse. */
  ABSENT,
  /** The candidate did not come, excused. */
  EXCUSED
}
