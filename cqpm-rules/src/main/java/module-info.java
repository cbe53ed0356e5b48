/**
 * The rules of the fiche RNCP 19453 as pure functions: each returns a decision (an outcome and the
 * findings that explain it, with stable codes and the fiche's sentence), never throws for a
 * business outcome. Messages in French and English.
 */
module io.github.cqpm.rules {
  requires transitive io.github.cqpm.model;
  requires transitive io.github.cqpm.json;

  exports io.github.cqpm.rules;
  exports io.github.cqpm.rules.decision;
  exports io.github.cqpm.rules.francevae;
  exports io.github.cqpm.rules.json;
}
