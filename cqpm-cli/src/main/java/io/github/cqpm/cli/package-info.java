/**
 * The auditor's command line, {@code cqpm}: decide on a dossier, validate a document, audit a
 * JSON Lines file of dossiers, print the référentiel or the JSON Schema. Exit codes: 0 admissible
 * (or valid, or consistent), 1 not admissible (or inconsistent), 2 bad input.
 */
package io.github.cqpm.cli;
