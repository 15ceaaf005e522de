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
    STANDARD,
    /** The seed, the Dutch help page the catalogue started from. */
    SEED,
    /** Microsoft 365 / Exchange Online's own meaning. */
    MICROSOFT,
    /** Gmail / Google Workspace's own meaning. */
    GOOGLE;

    /**
     * The provider whose meaning this is.
     *
     * @return the provider, or empty for {@link #STANDARD} and {@link #SEED}
     */
    public Optional<Provider> provider() {
        // A switch, not a field: Provider and Origin refer to each other, and enum constants that are initialised
        // from each other's constants see null during class initialisation.
        switch (this) {
            case MICROSOFT:
                return Optional.of(Provider.MICROSOFT);
            case GOOGLE:
                return Optional.of(Provider.GOOGLE);
            default:
                return Optional.empty();
        }
    }

    /**
     * Whether this is a provider's own reading.
     *
     * @return true for {@link #MICROSOFT} and {@link #GOOGLE}
     */
    public boolean isProvider() {
        return this == MICROSOFT || this == GOOGLE;
    }
}
