/**
 * Decisions as JSON documents, written through cqpm-json's {@link io.github.cqpm.json.JsonSink} so
 * that every JSON library's cqpm module writes them the same way.
 */
package io.github.cqpm.rules.json;
