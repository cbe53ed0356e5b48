package io.github.cqpm.model.jury;

/** What a member votes on a candidate. */
public enum VoteChoice {
  /** For declaring the candidate admissible. */
  ADMISSIBLE,
  /** For declaring the candidate not admissible. */
  NOT_ADMISSIBLE,
  /** Neither: the member abstains (the fiche is silent on abstention; cqpm-rules has a policy). */
  ABSTENTION
}
