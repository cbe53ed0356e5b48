package io.github.cqpm.model.jury;

/**
 * The branch a jury member comes from: the fiche admits, besides the members of the metallurgy
 * branch, "en tant que de besoin, un membre supplémentaire de la branche du travail temporaire" in
 * each delegation.
 */
public enum Branch {
  /** "la branche de la métallurgie". */
  METALLURGY,
  /** "la branche du travail temporaire". */
  TEMPORARY_WORK
}
