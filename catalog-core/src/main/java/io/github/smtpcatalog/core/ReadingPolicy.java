// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * Which reading of a code wins when nothing in the reply decides.
 *
 * <pre>{@code
 * catalog.resolve(EnhancedStatusCode.parse("5.5.2"), ReadingPolicy.REFERENCE).reading().origin();  // SEED
 * catalog.resolve(EnhancedStatusCode.parse("5.5.2"), ReadingPolicy.STANDARD).reading().origin();   // STANDARD
 * }</pre>
 *
 * <p>Context beats policy: a reading that contradicts the reply's basic code loses, and a provider's own reading
 * wins where the reply shows that provider (see {@link ReplyContext}).
 *
 * @since 0.1
 */
public enum ReadingPolicy {
    /** The seed's reading for the codes that the seed lists, the standard one elsewhere. The default. */
    REFERENCE,
    /** The IANA/RFC reading everywhere. */
    STANDARD
}
