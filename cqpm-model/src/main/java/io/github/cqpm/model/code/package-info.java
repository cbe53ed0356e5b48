/**
 * Codes of a CQPM référentiel: capacities ({@code C5}), activities ({@code A4}) and competence
 * blocks ({@code RNCP19453BC02}). Each is a small immutable value with {@code of}, {@code parse}
 * and a {@code toString} that {@code parse} reads back.
 */
package io.github.cqpm.model.code;
