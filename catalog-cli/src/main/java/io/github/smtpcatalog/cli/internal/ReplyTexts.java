// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.ParsedReply;
import java.util.List;
import java.util.Optional;

/**
 * The one place where the command parses reply texts. It uses a small stand-in parser until catalog-core's
 * {@code ReplyParser} is on main; then these two methods call {@code ReplyParser.tryParse} and
 * {@code ReplyParser.parseDeliveryStatus}, and nothing else changes.
 */
final class ReplyTexts {

    private ReplyTexts() {
    }

    /**
     * Parses a server reply (one line or several), or the text of a Jakarta Mail exception.
     *
     * @param text the text
     * @return what it holds, or empty when it has no status code
     */
    static Optional<ParsedReply> parseReply(CharSequence text) {
        return InterimReplyParser.parse(text);
    }

    /**
     * Parses the per-recipient fields of an RFC 3464 delivery status notification.
     *
     * @param text the text
     * @return one parsed reply per recipient block with a status, in their order; empty when there is none
     */
    static List<ParsedReply> parseDeliveryStatus(CharSequence text) {
        return InterimReplyParser.parseDeliveryStatus(text);
    }
}
