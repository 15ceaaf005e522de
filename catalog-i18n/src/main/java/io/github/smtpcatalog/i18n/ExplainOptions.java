// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import io.github.smtpcatalog.core.ReadingPolicy;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to explain: locale, audience, reading policy and, for the notice, the product name.
 *
 * <pre>{@code
 * ExplainOptions nl = ExplainOptions.of(Locale.forLanguageTag("nl"));            // customer, REFERENCE policy
 * ExplainOptions it = nl.withAudience(Audience.TECHNICAL).withPolicy(ReadingPolicy.STANDARD);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ExplainOptions {

    private final Locale locale;
    private final Audience audience;
    private final ReadingPolicy policy;
    private final String product;

    private ExplainOptions(Locale locale, Audience audience, ReadingPolicy policy, String product) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.product = product;
    }

    /**
     * Options for a locale, for the customer, under the {@link ReadingPolicy#REFERENCE} policy.
     *
     * @param locale the locale, not null
     * @return the options
     */
    public static ExplainOptions of(Locale locale) {
        return new ExplainOptions(locale, Audience.CUSTOMER, ReadingPolicy.REFERENCE, null);
    }

    /**
     * These options with another locale.
     *
     * @param value the locale, not null
     * @return new options
     */
    public ExplainOptions withLocale(Locale value) {
        return new ExplainOptions(value, audience, policy, product);
    }

    /**
     * These options with another audience.
     *
     * @param value the audience, not null
     * @return new options
     */
    public ExplainOptions withAudience(Audience value) {
        return new ExplainOptions(locale, value, policy, product);
    }

    /**
     * These options with another reading policy.
     *
     * @param value the policy, not null
     * @return new options
     */
    public ExplainOptions withPolicy(ReadingPolicy value) {
        return new ExplainOptions(locale, audience, value, product);
    }

    /**
     * These options with the product name used in the notice ("... geen {product}-foutcodes").
     *
     * @param value the product name, or null for none
     * @return new options
     */
    public ExplainOptions withProduct(String value) {
        return new ExplainOptions(locale, audience, policy, value == null || value.isBlank() ? null : value.strip());
    }

    /**
     * The requested locale.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The audience.
     *
     * @return the audience
     */
    public Audience audience() {
        return audience;
    }

    /**
     * The reading policy.
     *
     * @return the policy
     */
    public ReadingPolicy policy() {
        return policy;
    }

    /**
     * The product name.
     *
     * @return the name, or empty
     */
    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ExplainOptions)) {
            return false;
        }
        ExplainOptions x = (ExplainOptions) o;
        return locale.equals(x.locale) && audience == x.audience && policy == x.policy
                && Objects.equals(product, x.product);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locale, audience, policy, product);
    }

    @Override
    public String toString() {
        return "ExplainOptions[" + locale.toLanguageTag() + ", " + audience + ", " + policy
                + (product != null ? ", product=" + product : "") + "]";
    }
}
