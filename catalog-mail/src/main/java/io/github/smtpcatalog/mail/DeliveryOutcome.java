// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import io.github.smtpcatalog.core.DsnAction;
import io.github.smtpcatalog.core.StatusClass;

/**
 * What happened to the message for one recipient, from a Jakarta Mail exception or from a bounce.
 *
 * <pre>{@code
 * DeliveryOutcome.of(DsnAction.DELAYED);   // DELAYED
 * DeliveryOutcome.NOT_SENT.isFailure();    // true: the message did not reach this recipient
 * DeliveryOutcome.DELIVERED.isFailure();   // false
 * }</pre>
 *
 * <p>Each outcome has a sentence in Dutch and English: {@code Explainer.label("label.mail.outcome." + name(), locale)}.
 *
 * @since 0.1
 */
public enum DeliveryOutcome {
    /** While sending: the server refused this recipient ({@code RCPT TO}), permanently or for now. */
    REFUSED,
    /**
     * While sending: the server accepted this recipient, but the message was not sent to anyone because of the
     * failure of another recipient (Jakarta Mail's "valid unsent" addresses).
     */
    NOT_SENT,
    /** While sending: the server refused the message itself (at {@code DATA} or after it), so nobody got it. */
    MESSAGE_REFUSED,
    /** While sending: the server refused the sender ({@code MAIL FROM}), so nobody got the message. */
    SENDER_REFUSED,
    /** A bounce: the message could not be delivered to this recipient and was returned. */
    FAILED,
    /** A bounce: delivery to this recipient is delayed; the reporting server keeps trying. */
    DELAYED,
    /** A DSN reports delivery, relaying or expansion for this recipient: no failure. */
    DELIVERED;

    /**
     * Whether the message did not (or not yet) reach the recipient.
     *
     * @return false only for {@link #DELIVERED}
     */
    public boolean isFailure() {
        return this != DELIVERED;
    }

    /**
     * The outcome of a DSN {@code Action}.
     *
     * @param action the action, not null
     * @return FAILED, DELAYED, or DELIVERED for delivered, relayed and expanded
     */
    public static DeliveryOutcome of(DsnAction action) {
        switch (action) {
            case FAILED:
                return FAILED;
            case DELAYED:
                return DELAYED;
            default:
                return DELIVERED;
        }
    }

    /**
     * The outcome a DSN implies by its status class when it has no {@code Action}.
     *
     * @param statusClass the class of the status
     * @return DELIVERED for 2.x.x, DELAYED for 4.x.x, FAILED for 5.x.x
     */
    static DeliveryOutcome of(StatusClass statusClass) {
        switch (statusClass) {
            case SUCCESS:
                return DELIVERED;
            case PERSISTENT_TRANSIENT_FAILURE:
                return DELAYED;
            default:
                return FAILED;
        }
    }
}
