/**
 * A Jackson module for the cqpm model: the strict JSON wire format of dossiers, juries and
 * référentiels, and its JSON Schema (draft 2020-12). Found by {@code
 * ObjectMapper.findAndRegisterModules()}.
 */
module io.github.cqpm.jackson {
  requires transitive io.github.cqpm.model;
  requires io.github.cqpm.json;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.cqpm.jackson;

  provides com.fasterxml.jackson.databind.Module with
      io.github.cqpm.jackson.CqpmModule;
}
