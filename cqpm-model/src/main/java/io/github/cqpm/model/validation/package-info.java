/**
 * Bean Validation constraints that report a model value's non-conformity to the référentiel, all
 * at once and each with its property path. They are honoured by a stock validator ({@code
 * Validation.buildDefaultValidatorFactory()}) with no configuration: the model's accessors are
 * JavaBeans getters, and the messages are in {@code ContributorValidationMessages.properties}
 * (English) and {@code ContributorValidationMessages_fr.properties}, the bundles Hibernate
 * Validator aggregates for libraries, so that an application's own {@code ValidationMessages}
 * does not hide them.
 *
 * <p>Conformity is never a construction error: a value that breaks these constraints exists, so
 * that an auditor can represent what actually happened and be told it was not conform.
 */
package io.github.cqpm.model.validation;
