// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Action} field of an RFC 3464 delivery status notification, per recipient.
 *
 * <pre>{@code
 * DsnAction.fromField("Failed");   // Optional[FAILED]
 * }</pre>
 *
 * @since 0.1
 */
public enum DsnAction {
    /** The message could not be delivered. */
    FAILED,
    /** Delivery is delayed; the reporting server keeps trying. */
    DELAYED,
    /** The message was delivered. */
    DELIVERED,
    /** The message was relayed to a system that does not send DSNs. */
    RELAYED,
    /** The message was delivered and forwarded to further recipients. */
    EXPANDED;

    /**
     * The action named by the field value (case-insensitive, RFC 3464 section 2.3.3). Comments in parentheses
     * after the value are ignored.
     *
     * @param value the field value, may be null
     * @return the action, or empty when the value is none of the five
     */
    public static Optional<DsnAction> fromField(CharSequence value) {
        if (value == null || value.length() > 64) {
            return Optional.empty();
        }
        String v = value.toString().strip();
        int paren = v.indexOf('(');
        if (paren >= 0) {
            v = v.substring(0, paren).strip();
        }
        for (DsnAction a : values()) {
            if (a.name().toLowerCase(Locale.ROOT).equals(v.toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
