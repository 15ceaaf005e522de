// SPDX-License-Identifier: Apache-2.0
/**
 * Dutch and English texts for the SMTP status catalogue and the {@link io.github.smtpcatalog.i18n.Explainer}
 * that turns a code or a server reply into a localised {@link io.github.smtpcatalog.i18n.Explanation}. Part of
 * the public API.
 *
 * <pre>{@code
 * Explanation e = Explainer.standard().explain(EnhancedStatusCode.parse("5.1.1"),
 *         ExplainOptions.of(Locale.forLanguageTag("nl")));
 * }</pre>
 */
package io.github.smtpcatalog.i18n;
