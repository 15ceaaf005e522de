// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.mail.BounceReadException;
import io.github.smtpcatalog.mail.BounceReport;
import io.github.smtpcatalog.mail.RecipientDiagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a whole mail message on standard input with catalog-mail: one parsed reply per failed recipient, in the
 * message's order; a message that is no bounce (an ordinary message, an auto-reply, a feedback report) gives an
 * empty list. Input that is not a mail message goes to the fallback reader (DSN fields, or a reply).
 */
final class MimeBounceReader implements BounceReader {

    private final BounceReader fallback;

    MimeBounceReader(BounceReader fallback) {
        this.fallback = fallback;
    }

    @Override
    public Optional<List<ParsedReply>> failedRecipients(byte[] input) {
        if (!io.github.smtpcatalog.mail.BounceReader.looksLikeMessage(input)) {
            return fallback.failedRecipients(input);
        }
        BounceReport report;
        try {
            report = io.github.smtpcatalog.mail.BounceReader.standard().read(input);
        } catch (BounceReadException e) {
            throw new UsageException("standard input is not a readable mail message: " + e.getMessage());
        }
        List<ParsedReply> failed = new ArrayList<>();
        for (RecipientDiagnosis d : report.failures()) {
            d.reply().ifPresent(reply -> failed.add(withRecipient(reply, d.recipient().orElse(null))));
        }
        return Optional.of(failed);
    }

    /** The reply with the diagnosis's recipient where the reply text itself named none. */
    private static ParsedReply withRecipient(ParsedReply p, String recipient) {
        return recipient == null || p.recipient().isPresent() ? p : p.withRecipient(recipient);
    }
}
