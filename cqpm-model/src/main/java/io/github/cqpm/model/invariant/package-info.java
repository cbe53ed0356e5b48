/**
 * What a value that breaks a structural invariant throws as it is built: {@link
 * io.github.cqpm.model.invariant.InvalidValueException}, with the property's path. Conformity to
 * the référentiel is never such an error (see {@code io.github.cqpm.model.validation}).
 */
package io.github.cqpm.model.invariant;
