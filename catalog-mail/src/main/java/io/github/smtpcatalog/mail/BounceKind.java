// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

/**
 * What kind of message {@link BounceReader} was given: a bounce (a delivery status notification or a plain-text
 * bounce) or one of the messages that look like one but carry no delivery status.
 *
 * <pre>{@code
 * BounceReport r = BounceReader.standard().read(bytes);
 * if (r.kind() == BounceKind.AUTO_REPLY) {
 *     // an out-of-office reply: the message was delivered, nothing to explain
 * }
 * r.kind().isBounce();   // true for DSN and PLAIN_TEXT_BOUNCE
 * Explainer.standard().label("label.mail.kind." + r.kind(), locale);   // a sentence in Dutch or English
 * }</pre>
 *
 * @since 0.1
 */
public enum BounceKind {
    /** An RFC 3464 delivery status notification: {@code multipart/report; report-type=delivery-status}. */
    DSN,
    /**
     * A bounce without a machine-readable report: the text of Postfix, Exim, Sendmail, qmail, Microsoft 365,
     * Gmail and similar servers, recognised by its sender, subject and wording.
     */
    PLAIN_TEXT_BOUNCE,
    /** An auto-reply such as an out-of-office message (RFC 3834): the message was delivered. */
    AUTO_REPLY,
    /** An abuse or spam complaint in the Abuse Reporting Format (RFC 5965): no delivery status. */
    FEEDBACK_REPORT,
    /** Anything else: an ordinary message, a read receipt, another kind of report. */
    NOT_A_BOUNCE;

    /**
     * Whether this kind reports on delivery, so that its recipients can have a status.
     *
     * @return true for {@link #DSN} and {@link #PLAIN_TEXT_BOUNCE}
     */
    public boolean isBounce() {
        return this == DSN || this == PLAIN_TEXT_BOUNCE;
    }
}
