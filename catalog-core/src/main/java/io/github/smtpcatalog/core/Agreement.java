// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * How a reading relates to the standard (IANA registry) meaning of the same code.
 *
 * <pre>{@code
 * reading.agreement().departsFromStandard();   // true for the seed's 5.1.5 ("invalid" where IANA says "valid")
 * }</pre>
 *
 * @since 0.1
 */
public enum Agreement {
    /** This reading is the standard one. */
    STANDARD,
    /** The same meaning as the standard one, in other words. */
    SAME,
    /** The same area, but narrower, broader or vendor-specific. */
    PARTIAL,
    /** Another meaning than the standard one. */
    DIFFERENT,
    /** The registry has no such code. */
    UNREGISTERED;

    /**
     * Whether the reading departs from the standard meaning.
     *
     * @return true for {@link #PARTIAL}, {@link #DIFFERENT} and {@link #UNREGISTERED}
     */
    public boolean departsFromStandard() {
        return this == PARTIAL || this == DIFFERENT || this == UNREGISTERED;
    }
}
