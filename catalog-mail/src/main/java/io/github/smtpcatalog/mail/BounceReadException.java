// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import java.util.Objects;

/**
 * Thrown by {@link BounceReader} when a message cannot be read at all: the input stream or the mail store failed,
 * or the data is no MIME message that Jakarta Mail can open. Every exception of Jakarta Mail and Angus Mail met
 * while reading is wrapped in this one, with the original as its cause. Damaged parts of a message that can be
 * opened do not throw: they are skipped and named in {@link BounceReport#evidence()}.
 *
 * <pre>{@code
 * try {
 *     report = BounceReader.standard().read(in);
 * } catch (BounceReadException e) {
 *     e.reason();   // READ_FAILED: the stream broke off
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class BounceReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the message could not be read. */
    public enum Reason {
        /** Reading the input stream, or the message from its mail store, failed. */
        READ_FAILED,
        /** The data cannot be opened as a MIME message. */
        MALFORMED
    }

    private final Reason reason;

    /**
     * An exception.
     *
     * @param reason  why, not null
     * @param message the detail, in English
     * @param cause   the exception of Jakarta Mail, Angus Mail or the stream, or null
     */
    public BounceReadException(Reason reason, String message, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message, cause);
        this.reason = reason;
    }

    /**
     * Why the message could not be read.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
