// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.DsnAction;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.core.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the per-recipient fields of a delivery status notification from text (a DSN pasted on its own, or a
 * bounce message whose report part is plain text). A mail message without DSN fields counts as no bounce.
 * Until catalog-mail lands, MIME encodings (base64, quoted-printable) are not decoded.
 */
final class DsnTextBounceReader implements BounceReader {

    @Override
    public Optional<List<ParsedReply>> failedRecipients(byte[] input) {
        String text = Text.decode(input);
        List<ParsedReply> all = ReplyParser.parseDeliveryStatus(text);
        if (all.isEmpty()) {
            return looksLikeMessage(text) ? Optional.of(List.of()) : Optional.empty();
        }
        List<ParsedReply> failed = new ArrayList<>();
        for (ParsedReply p : all) {
            if (isFailure(p)) {
                failed.add(p);
            }
        }
        return Optional.of(failed);
    }

    private static boolean isFailure(ParsedReply p) {
        Optional<DsnAction> action = p.dsnAction();
        if (action.isPresent()) {
            return action.get() == DsnAction.FAILED || action.get() == DsnAction.DELAYED;
        }
        Optional<EnhancedStatusCode> code = p.enhancedCode();
        if (code.isPresent()) {
            return code.get().statusClass().isFailure();
        }
        return p.replyCode().flatMap(r -> r.statusClass()).map(StatusClass::isFailure).orElse(false);
    }

    /** A mail message starts with header fields ("Name: value") and has a blank line before its body. */
    static boolean looksLikeMessage(String text) {
        int blank = text.indexOf("\n\n");
        int blankCrLf = text.indexOf("\r\n\r\n");
        if (blank < 0 && blankCrLf < 0) {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 76) {
            return false;
        }
        if (!Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 0x80 || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
