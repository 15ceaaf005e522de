// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * A mail provider that a server reply can reveal (Gmail's {@code gsmtp} trailer, Microsoft 365's
 * {@code protection.outlook.com} hosts). Some providers give codes meanings of their own, kept in the catalogue
 * as a provider {@link Origin reading}.
 *
 * <pre>{@code
 * Provider.GOOGLE.origin();   // Optional[GOOGLE]: Gmail has readings of its own
 * Provider.YAHOO.origin();    // Optional.empty()
 * }</pre>
 *
 * @since 0.1
 */
public enum Provider {
    /** Microsoft 365 / Exchange Online / Outlook.com. */
    MICROSOFT,
    /** Gmail and Google Workspace. */
    GOOGLE,
    /** Yahoo Mail and AOL. */
    YAHOO,
    /** Apple iCloud Mail. */
    APPLE;

    /**
     * The catalogue reading that holds this provider's own meanings.
     *
     * @return the origin, or empty when the catalogue has no readings of this provider
     */
    public Optional<Origin> origin() {
        switch (this) {
            case MICROSOFT:
                return Optional.of(Origin.MICROSOFT);
            case GOOGLE:
                return Optional.of(Origin.GOOGLE);
            default:
                return Optional.empty();
        }
    }
}
