// SPDX-License-Identifier: Apache-2.0
/**
 * Texts, message formatting, locale negotiation and the explainer of the SMTP status catalogue.
 */
module io.github.smtpcatalog.i18n {
    requires transitive io.github.smtpcatalog.core; // Explanation and Explainer expose the core types
    requires com.ibm.icu;                            // MessageFormat, LocaleMatcher, ULocale fallback

    exports io.github.smtpcatalog.i18n;
}
