// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.DsnAction;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.Provider;
import io.github.smtpcatalog.core.ReplyCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small stand-in for catalog-core's {@code ReplyParser}, which is being written on another branch: it finds
 * the codes, the recipient and the provider in a server reply, and the per-recipient fields of an RFC 3464
 * delivery status notification. Only {@link ReplyTexts} calls it; when {@code ReplyParser} reaches main,
 * {@link ReplyTexts} switches over and this class goes.
 *
 * <p>It scans each line once, so its time is linear in the length of the input.
 */
final class InterimReplyParser {

    private static final int MAX_LINE_SCAN = 4096;

    private InterimReplyParser() {
    }

    /** The reply codes, recipient and provider of a server reply or exception text; empty when it has no code. */
    static Optional<ParsedReply> parse(CharSequence input) {
        String text = input.toString();
        ReplyCode reply = null;
        EnhancedStatusCode enhanced = null;
        StringBuilder rest = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int[] pos = {0};
            ReplyCode r = findReplyCode(l, pos);
            int after = pos[0];
            if (r != null && reply == null) {
                reply = r;
            }
            if (r == null) {
                after = 0;
            }
            EnhancedStatusCode e = null;
            int codeEnd = after;
            int i = skipSpaces(l, after);
            int end = tokenEnd(l, i);
            if (r != null && end > i) {
                e = EnhancedStatusCode.tryParse(l.substring(i, end)).orElse(null);
                if (e != null) {
                    codeEnd = end;
                }
            }
            if (e == null && reply == null && enhanced == null) {
                int[] at = {0};
                e = findEnhanced(l, at);
                if (e != null) {
                    codeEnd = at[0];
                }
            }
            if (e != null && enhanced == null) {
                enhanced = e;
            }
            String t = l.substring(Math.min(codeEnd, l.length())).strip();
            if (!t.isEmpty()) {
                if (rest.length() > 0) {
                    rest.append(' ');
                }
                rest.append(t);
            }
        }
        if (reply == null && enhanced == null) {
            return Optional.empty();
        }
        return Optional.of(ParsedReply.builder().replyCode(reply).enhancedCode(enhanced)
                .recipient(recipient(text)).provider(provider(text)).text(rest.toString()).build());
    }

    /** The per-recipient blocks of a DSN that carry a status or diagnostic code, in their order. */
    static List<ParsedReply> parseDeliveryStatus(CharSequence input) {
        List<ParsedReply> out = new ArrayList<>();
        Block block = new Block();
        String field = null;
        StringBuilder value = new StringBuilder();
        for (String line : (input + "\n").split("\r?\n", -1)) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && field != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (field != null) {
                block.put(field, value.toString().strip());
                field = null;
            }
            if (line.isBlank()) {
                block.finish(out);
                block = new Block();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && isFieldName(line, colon)) {
                field = line.substring(0, colon).toLowerCase(Locale.ROOT);
                value.setLength(0);
                value.append(line, colon + 1, line.length());
            }
        }
        return out;
    }

    private static boolean isFieldName(String line, int colon) {
        if (colon > 40) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The fields of one DSN block that matter. */
    private static final class Block {
        String recipient;
        String originalRecipient;
        String action;
        String status;
        String diagnostic;
        String remoteMta;

        void put(String name, String value) {
            switch (name) {
                case "final-recipient":
                    recipient = stripType(value);
                    break;
                case "original-recipient":
                    originalRecipient = stripType(value);
                    break;
                case "action":
                    action = value;
                    break;
                case "status":
                    status = value;
                    break;
                case "diagnostic-code":
                    diagnostic = stripType(value);
                    break;
                case "remote-mta":
                    remoteMta = stripType(value);
                    break;
                default:
                    break;
            }
        }

        void finish(List<ParsedReply> out) {
            EnhancedStatusCode dsnStatus = status == null ? null : leadingCode(status);
            ParsedReply diag = diagnostic == null ? null : parse(diagnostic).orElse(null);
            if (dsnStatus == null && diag == null) {
                return;
            }
            String rcpt = recipient != null ? recipient : originalRecipient;
            if (rcpt == null && diag != null) {
                rcpt = diag.recipient().orElse(null);
            }
            ParsedReply.Builder b = ParsedReply.builder().dsnStatus(dsnStatus).recipient(bare(rcpt))
                    .remoteMta(remoteMta).dsnAction(action == null ? null : DsnAction.fromField(action).orElse(null));
            if (diag != null) {
                b.replyCode(diag.replyCode().orElse(null)).text(diag.text())
                        .enhancedCode(diag.enhancedCode().orElse(null));
            }
            Provider p = diag != null ? diag.provider().orElse(null) : null;
            b.provider(p != null ? p : remoteMta == null ? null : provider(remoteMta));
            out.add(b.build());
        }
    }

    private static EnhancedStatusCode leadingCode(String value) {
        int end = tokenEnd(value, 0);
        return EnhancedStatusCode.tryParse(value.substring(0, end)).orElse(null);
    }

    private static String stripType(String value) {
        int semi = value.indexOf(';');
        return (semi >= 0 && semi < 20 ? value.substring(semi + 1) : value).strip();
    }

    private static String bare(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1);
        }
        return a.isEmpty() ? null : a;
    }

    /** The first three-digit reply code that starts a token and ends with a space, a hyphen or the line. */
    private static ReplyCode findReplyCode(String l, int[] end) {
        int limit = Math.min(l.length(), MAX_LINE_SCAN);
        for (int i = 0; i + 3 <= limit; i++) {
            if (i > 0 && isCodeChar(l.charAt(i - 1))) {
                continue;
            }
            if (i + 3 < l.length() && l.charAt(i + 3) != ' ' && l.charAt(i + 3) != '-') {
                continue;
            }
            Optional<ReplyCode> r = ReplyCode.tryParse(l.substring(i, i + 3));
            if (r.isPresent()) {
                end[0] = Math.min(i + 4, l.length());
                return r.get();
            }
        }
        return null;
    }

    private static EnhancedStatusCode findEnhanced(String l, int[] end) {
        int limit = Math.min(l.length(), MAX_LINE_SCAN);
        for (int i = 0; i < limit; i++) {
            char c = l.charAt(i);
            if ((c == '2' || c == '4' || c == '5') && (i == 0 || !isCodeChar(l.charAt(i - 1)))) {
                int e = tokenEnd(l, i);
                Optional<EnhancedStatusCode> code = EnhancedStatusCode.tryParse(l.substring(i, e));
                if (code.isPresent()) {
                    end[0] = e;
                    return code.get();
                }
                i = e;
            }
        }
        return null;
    }

    private static boolean isCodeChar(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The end of the run of digits and dots from i (a trailing dot ends a sentence, not the code). */
    private static int tokenEnd(String s, int i) {
        int e = i;
        while (e < s.length() && isCodeChar(s.charAt(e))) {
            e++;
        }
        while (e > i && s.charAt(e - 1) == '.') {
            e--;
        }
        return e;
    }

    private static String recipient(String text) {
        int limit = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < limit; i++) {
            if (text.charAt(i) == '<') {
                int close = text.indexOf('>', i + 1);
                if (close < 0 || close - i > 320) {
                    continue;
                }
                String a = text.substring(i + 1, close);
                int at = a.indexOf('@');
                if (at > 0 && at < a.length() - 1 && a.indexOf(' ') < 0) {
                    return a;
                }
            }
        }
        return null;
    }

    private static Provider provider(String text) {
        String t = text.length() > 64 * 1024 ? text.substring(0, 64 * 1024) : text;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.contains("gsmtp") || lower.contains("google.com")) {
            return Provider.GOOGLE;
        }
        if (lower.contains("outlook.com") || lower.contains("protection.outlook")) {
            return Provider.MICROSOFT;
        }
        return null;
    }
}
