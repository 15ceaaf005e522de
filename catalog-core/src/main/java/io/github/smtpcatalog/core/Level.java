// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * The level of a catalogue entry, and the level that answered a lookup.
 *
 * <pre>{@code
 * Resolution r = StatusCatalog.standard().resolve(EnhancedStatusCode.parse("5.1.99"), ReadingPolicy.REFERENCE);
 * r.level();   // SUBJECT: the catalogue has no 5.1.99, so the addressing subject 5.1.x answered
 * }</pre>
 *
 * @since 0.1
 */
public enum Level {
    /** A whole enhanced code such as {@code 5.1.1} (or a provider's range such as {@code 5.7.606-649}). */
    DETAIL,
    /** A subject within a class, written {@code 5.1.x}. */
    SUBJECT,
    /** A class, written {@code 5.x.x}. */
    CLASS,
    /** A basic reply code such as {@code 550}. */
    REPLY
}
