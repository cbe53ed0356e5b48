/**
 * How decisions explain themselves: a {@link io.github.cqpm.rules.decision.Decision} is an outcome
 * and ordered {@link io.github.cqpm.rules.decision.Finding}s; each finding has a stable {@link
 * io.github.cqpm.rules.decision.FindingCode}, a severity, a subject, arguments and the {@link
 * io.github.cqpm.rules.decision.FicheRule} it applies; {@link
 * io.github.cqpm.rules.decision.Messages} renders them in French or English.
 */
package io.github.cqpm.rules.decision;
