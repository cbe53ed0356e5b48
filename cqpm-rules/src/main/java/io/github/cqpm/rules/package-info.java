/**
 * The rules of the fiche. {@link io.github.cqpm.rules.CqpmRules} is the entry point: built on a
 * référentiel and a {@link io.github.cqpm.rules.RulePolicy} (the documented choices where the
 * fiche is silent), it decides on candidacy, procedure, blocks and certification, jury composition,
 * deliberation, and audits a jury's declared verdict. {@link io.github.cqpm.rules.Validity} and
 * {@link io.github.cqpm.rules.TieBreak} are the two rules exposed as plain functions.
 */
package io.github.cqpm.rules;
