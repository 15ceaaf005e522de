// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * Where a reading of a code comes from. An entry can hold several readings: the standard one, the seed's and
 * providers' own (DESIGN: "Readings, and which one wins").
 *
 * <pre>{@code
 * CatalogEntry e = StatusCatalog.standard().find(EnhancedStatusCode.parse("5.5.2")).orElseThrow();
 * e.reading(Origin.SEED).get().replyCodes();       // [552]: the seed wrote basic reply 552 with dots
 * e.reading(Origin.STANDARD).get().category();     // PROTOCOL: RFC 3463 X.5.2 is a syntax error
 * }</pre>
 *
 * @since 0.1
 */
public enum Origin {
    /** The IANA registry and the RFCs. */
    STANDARD(null),
    /** The seed, the Dutch help page the catalogue started from. */
    SEED(null),
    /** Microsoft 365 / Exchange Online's own meaning. */
    MICROSOFT(Provider.MICROSOFT),
    /** Gmail / Google Workspace's own meaning. */
    GOOGLE(Provider.GOOGLE);

    private final Provider provider;

    Origin(Provider provider) {
        this.provider = provider;
    }

    /**
     * The provider whose meaning this is.
     *
     * @return the provider, or empty for {@link #STANDARD} and {@link #SEED}
     */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /**
     * Whether this is a provider's own reading.
     *
     * @return true for {@link #MICROSOFT} and {@link #GOOGLE}
     */
    public boolean isProvider() {
        return provider != null;
    }
}
