/**
 * The strict JSON wire format of the cqpm model, written once and adapted by each JSON library's
 * module: what each type's document holds, how it is read (every check, every error with its JSON
 * pointer) and how it is written (the canonical order), over a {@link
 * io.github.cqpm.json.JsonSource} and a {@link io.github.cqpm.json.JsonSink}. No JSON library of
 * its own.
 */
module io.github.cqpm.json {
  requires transitive io.github.cqpm.model;

  exports io.github.cqpm.json;
}
