// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

/**
 * How serious a {@link Finding} is. The build fails on {@link #ERROR}; {@link #WARNING} is for house style and
 * likely mistakes; {@link #INFO} records facts worth knowing, such as a reading that departs from the standard.
 *
 * <pre>{@code
 * ValidationReport report = CatalogValidator.standard().validateShipped();
 * long errors = report.count(Severity.ERROR);
 * }</pre>
 *
 * <p>The order of the constants is the order of a report: errors first.
 *
 * @since 0.1
 */
public enum Severity {
    /** A defect: a text is missing, broken or inconsistent; the catalogue or bundles must be fixed. */
    ERROR,
    /** A probable problem or a departure from the house style. */
    WARNING,
    /** Information, for example a reading that departs from the IANA/RFC meaning. */
    INFO
}
