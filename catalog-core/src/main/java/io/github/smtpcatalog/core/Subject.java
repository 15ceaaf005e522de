// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * The subject of an enhanced status code (RFC 3463, section 3.2 and the IANA subject sub-codes): the second
 * number of {@code 5.1.1}. RFC 3463 allows subjects up to 999; only 0 to 7 are defined.
 *
 * <pre>{@code
 * Optional<Subject> s = EnhancedStatusCode.parse("5.1.1").subjectKind();   // Optional[ADDRESSING]
 * }</pre>
 *
 * @since 0.1
 */
public enum Subject {
    /** {@code X.0.XXX}: other or undefined status. */
    OTHER(0),
    /** {@code X.1.XXX}: addressing status (the sender or recipient address). */
    ADDRESSING(1),
    /** {@code X.2.XXX}: mailbox status. */
    MAILBOX(2),
    /** {@code X.3.XXX}: mail system status. */
    MAIL_SYSTEM(3),
    /** {@code X.4.XXX}: network and routing status. */
    NETWORK_AND_ROUTING(4),
    /** {@code X.5.XXX}: mail delivery protocol status. */
    MAIL_DELIVERY_PROTOCOL(5),
    /** {@code X.6.XXX}: message content or media status. */
    MESSAGE_CONTENT_OR_MEDIA(6),
    /** {@code X.7.XXX}: security or policy status. */
    SECURITY_OR_POLICY(7);

    private static final Subject[] BY_CODE = values();

    private final int code;

    Subject(int code) {
        this.code = code;
    }

    /**
     * The number of this subject.
     *
     * @return 0 to 7
     */
    public int code() {
        return code;
    }

    /**
     * The subject with the given number.
     *
     * @param code the number
     * @return the subject, or empty for a number that RFC 3463 and the IANA registry do not define
     */
    public static Optional<Subject> of(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
    }
}
