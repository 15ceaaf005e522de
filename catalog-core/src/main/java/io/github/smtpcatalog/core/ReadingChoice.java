// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * Why the catalogue chose a reading.
 *
 * <pre>{@code
 * catalog.resolve(EnhancedStatusCode.parse("5.5.2"), ReadingPolicy.REFERENCE,
 *         ReplyContext.of(ReplyCode.of(555))).choice();    // REPLY_CODE
 * }</pre>
 *
 * @since 0.1
 */
public enum ReadingChoice {
    /** The entry has one reading that applies, so there was no choice. */
    ONLY_READING,
    /** The reading policy decided. */
    POLICY,
    /** The policy's reading contradicts the reply's basic code; the reading that fits it won. */
    REPLY_CODE,
    /** The reply shows a provider that gives the code its own meaning. */
    PROVIDER
}
