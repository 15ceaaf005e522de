// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

/**
 * Who reads an explanation.
 *
 * <pre>{@code
 * ExplainOptions.of(Locale.forLanguageTag("nl")).withAudience(Audience.TECHNICAL);
 * }</pre>
 *
 * @since 0.1
 */
public enum Audience {
    /** The customer: plain language (Dutch at B1 level), no jargon. */
    CUSTOMER,
    /** The IT administrator: precise, technical terms allowed. */
    TECHNICAL
}
