/**
 * A Jackson 3 module for the cqpm model: the strict JSON wire format of dossiers, juries and
 * référentiels (cqpm-json) through Jackson 3, with the same strictness, messages and canonical
 * output as the Jackson 2 module. Found by {@code JsonMapper.builder().findAndAddModules()}.
 */
module io.github.cqpm.jackson3 {
  requires transitive io.github.cqpm.model;
  requires io.github.cqpm.json;
  requires transitive tools.jackson.databind;

  exports io.github.cqpm.jackson3;

  provides tools.jackson.databind.JacksonModule with
      io.github.cqpm.jackson3.CqpmModule;
}
