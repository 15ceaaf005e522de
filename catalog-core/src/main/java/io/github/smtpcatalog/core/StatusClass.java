// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * The class of an enhanced status code (RFC 3463, section 3.1): the first number of {@code 5.1.1}.
 *
 * <pre>{@code
 * StatusClass c = EnhancedStatusCode.parse("4.2.2").statusClass();   // PERSISTENT_TRANSIENT_FAILURE
 * boolean tryAgain = c.isTransient();                                 // true
 * }</pre>
 *
 * @since 0.1
 */
public enum StatusClass {
    /** {@code 2.XXX.XXX}: the action was completed. */
    SUCCESS(2),
    /** {@code 4.XXX.XXX}: a temporary condition; the same message may succeed when sent again later. */
    PERSISTENT_TRANSIENT_FAILURE(4),
    /** {@code 5.XXX.XXX}: the message was not delivered and resending it unchanged will fail again. */
    PERMANENT_FAILURE(5);

    private final int code;

    StatusClass(int code) {
        this.code = code;
    }

    /**
     * The digit of this class.
     *
     * @return 2, 4 or 5
     */
    public int code() {
        return code;
    }

    /**
     * Whether this class reports a failure (4 or 5).
     *
     * @return true for {@link #PERSISTENT_TRANSIENT_FAILURE} and {@link #PERMANENT_FAILURE}
     */
    public boolean isFailure() {
        return this != SUCCESS;
    }

    /**
     * Whether this class reports a temporary condition.
     *
     * @return true only for {@link #PERSISTENT_TRANSIENT_FAILURE}
     */
    public boolean isTransient() {
        return this == PERSISTENT_TRANSIENT_FAILURE;
    }

    /**
     * The class with the given digit.
     *
     * @param code the digit
     * @return the class, or empty for any digit other than 2, 4 or 5
     */
    public static Optional<StatusClass> of(int code) {
        switch (code) {
            case 2:
                return Optional.of(SUCCESS);
            case 4:
                return Optional.of(PERSISTENT_TRANSIENT_FAILURE);
            case 5:
                return Optional.of(PERMANENT_FAILURE);
            default:
                return Optional.empty();
        }
    }

    static StatusClass ofValid(int code) {
        return code == 2 ? SUCCESS : code == 4 ? PERSISTENT_TRANSIENT_FAILURE : PERMANENT_FAILURE;
    }
}
