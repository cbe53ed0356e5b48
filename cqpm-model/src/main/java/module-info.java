/**
 * The immutable value types of a CQPM dossier and référentiel, with the bundled référentiel of
 * RNCP 19453 and the Bean Validation constraints that report non-conformity.
 *
 * <p>The packages holding constrained types are opened so that a Bean Validation provider on the
 * module path can read their getters reflectively.
 */
module io.github.cqpm.model {
  requires transitive jakarta.validation;
  requires static org.immutables.value;
  requires static org.hibernate.validator;

  exports io.github.cqpm.model.code;
  exports io.github.cqpm.model.referential;
  exports io.github.cqpm.model.dossier;
  exports io.github.cqpm.model.jury;
  exports io.github.cqpm.model.validation;
  exports io.github.cqpm.model.invariant;
  /* the text of a date as the format and the messages write it, shared with them only */
  exports io.github.cqpm.model.internal to io.github.cqpm.json, io.github.cqpm.rules, io.github.cqpm.jackson,
      io.github.cqpm.jackson3;

  opens io.github.cqpm.model.dossier;
  opens io.github.cqpm.model.jury;
  opens io.github.cqpm.model.code;
}
