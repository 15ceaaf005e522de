// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * A source that describes a catalogue entry.
 *
 * <pre>{@code
 * StatusCatalog.standard().find(EnhancedStatusCode.parse("5.5.2")).get().sources();   // [SEED, IANA, RFC]
 * }</pre>
 *
 * @since 0.1
 */
public enum Source {
    /** The seed: the Dutch help page (ANVA help 41323) that the catalogue started from. */
    SEED,
    /** The IANA "SMTP Enhanced Status Codes" registry. */
    IANA,
    /** An RFC (3463, 5321, 4954, 7504 and those the IANA registry names). */
    RFC,
    /** Microsoft's Exchange Online / Microsoft 365 documentation of non-delivery reports. */
    MICROSOFT,
    /** Google's documentation of Gmail / Google Workspace SMTP errors. */
    GOOGLE
}
