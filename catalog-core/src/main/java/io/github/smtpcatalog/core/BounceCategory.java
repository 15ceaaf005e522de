// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * The kind of reason a message bounced, as a stable identifier for applications (statistics, routing of support
 * tickets). Each reading also names the matching <a href="https://libsisimai.org/">Sisimai</a> reason where one
 * exists.
 *
 * <pre>{@code
 * BounceCategory.fromId("user-unknown");   // Optional[USER_UNKNOWN]
 * BounceCategory.MAILBOX_FULL.id();        // "mailbox-full"
 * }</pre>
 *
 * @since 0.1
 */
public enum BounceCategory {
    /** The address does not exist or no longer receives mail. */
    USER_UNKNOWN("user-unknown"),
    /** The recipient's mailbox is full. */
    MAILBOX_FULL("mailbox-full"),
    /** The message is larger than a limit. */
    MESSAGE_TOO_LARGE("message-too-large"),
    /** A policy of the receiving side refused the message or the sender. */
    POLICY_REJECTED("policy-rejected"),
    /** Authentication of the sender (SMTP AUTH, SPF, DKIM, DMARC) failed or was missing. */
    AUTHENTICATION_FAILED("authentication-failed"),
    /** No route to the recipient's domain or mail server. */
    ROUTING_FAILED("routing-failed"),
    /** A network or connection problem. */
    NETWORK("network"),
    /** The content or format of the message was refused. */
    CONTENT_REJECTED("content-rejected"),
    /** The message or its sender was seen as spam. */
    SPAM_REJECTED("spam-rejected"),
    /** Too many messages or recipients in too short a time. */
    RATE_LIMITED("rate-limited"),
    /** Delivery took too long and was given up. */
    EXPIRED("expired"),
    /** An SMTP protocol error between the servers. */
    PROTOCOL("protocol"),
    /** A fault or lack of resources in a mail system. */
    SYSTEM("system"),
    /** Not a failure: the message was accepted or delivered. */
    DELIVERED("delivered"),
    /** Anything else. */
    OTHER("other");

    private final String id;

    BounceCategory(String id) {
        this.id = id;
    }

    /**
     * The stable identifier, as in the catalogue data file and in JSON output.
     *
     * @return e.g. {@code "user-unknown"}
     */
    public String id() {
        return id;
    }

    /**
     * The category with the given identifier.
     *
     * @param id the identifier, may be null
     * @return the category, or empty when no category has that identifier
     */
    public static Optional<BounceCategory> fromId(String id) {
        for (BounceCategory c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
