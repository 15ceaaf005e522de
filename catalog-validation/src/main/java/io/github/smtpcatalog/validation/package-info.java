// SPDX-License-Identifier: Apache-2.0
/**
 * Validation of the SMTP status catalogue and its texts: completeness, pattern consistency, file hygiene,
 * catalogue coverage and house style, as Jakarta Bean Validation constraints run by Hibernate Validator.
 *
 * <pre>{@code
 * ValidationReport report = CatalogValidator.standard().validate(Path.of("my-bundles"));
 * report.findings().forEach(f -> System.out.println(f));
 * }</pre>
 *
 * <p>This package is part of the public API. The constraints and the validation model are in
 * {@code io.github.smtpcatalog.validation.internal}, which is not exported.
 */
package io.github.smtpcatalog.validation;
