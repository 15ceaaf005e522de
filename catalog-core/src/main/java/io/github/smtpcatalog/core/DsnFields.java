// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static io.github.smtpcatalog.core.ReplyScanner.MAX_ADDRESS_CHARS;
import static io.github.smtpcatalog.core.ReplyScanner.MAX_FIELD_CHARS;
import static io.github.smtpcatalog.core.ReplyScanner.MAX_GROUPS;
import static io.github.smtpcatalog.core.ScanChars.equalsIgnoreCase;
import static io.github.smtpcatalog.core.ScanChars.isAnyOf;
import static io.github.smtpcatalog.core.ScanChars.isAsciiLetter;
import static io.github.smtpcatalog.core.ScanChars.isBlankChar;
import static io.github.smtpcatalog.core.ScanChars.startsWithAny;

import io.github.smtpcatalog.core.ReplyScanner.Candidate;
import io.github.smtpcatalog.core.ReplyScanner.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * The header and RFC 3464 delivery-status fields of a whole input, for the reply scanner: it tells field lines
 * apart, collects the values of the fields it reads (unfolded, at most {@link ReplyScanner#MAX_FIELD_CHARS} each)
 * into recipient groups, and turns each group into a {@link ParsedReply}, its {@code Diagnostic-Code} read by a
 * scanner of its own.
 *
 * <p>Not thread-safe: one instance per scan.
 */
final class DsnFields {

    private static final int MAX_FIELD_NAME = 64;

    /** Header fields that describe the reporting side, the sender or the original message: never scanned. */
    private static final String[] SKIPPED_FIELDS = {"received", "date", "from", "to", "cc", "bcc", "subject",
        "message-id", "in-reply-to", "references", "return-path", "reply-to", "sender", "mime-version",
        "thread-topic", "thread-index", "accept-language", "authentication-results", "received-spf",
        "dkim-signature", "domainkey-signature", "delivered-to", "envelope-to", "user-agent", "importance",
        "priority", "auto-submitted", "precedence", "feedback-id", "reporting-mta", "arrival-date",
        "received-from-mta", "original-envelope-id", "dsn-gateway", "last-attempt-date", "will-retry-until",
        "final-log-id", "reporting-ua", "organization", "errors-to", "x-mailer"};
    private static final String[] SKIPPED_FIELD_PREFIXES = {"x-", "arc-", "list-", "resent-", "content-"};

    /** The fields the parser reads; SKIP for the ones it never scans, NONE outside a field. */
    enum Field { NONE, SKIP, FINAL_RECIPIENT, ORIGINAL_RECIPIENT, ACTION, STATUS, REMOTE_MTA, DIAGNOSTIC }

    /** The raw fields of one DSN recipient group. */
    private static final class Group {
        String finalRecipient;
        String originalRecipient;
        String action;
        String status;
        String remoteMta;
        String diagnostic;

        boolean isRecipientGroup() {
            return finalRecipient != null || originalRecipient != null || action != null || status != null
                    || diagnostic != null;
        }
    }

    private final String s;
    private Field field = Field.NONE;
    private StringBuilder fieldValue;
    private Group group;
    private List<ParsedReply> groups;

    DsnFields(String s) {
        this.s = s;
    }

    /** Whether a field is open, so an indented line continues it. */
    boolean inField() {
        return field != Field.NONE;
    }

    /** Whether the open field is one the parser never scans. */
    boolean skipping() {
        return field == Field.SKIP;
    }

    /** Whether the current group has a field of a recipient group. */
    boolean inRecipientGroup() {
        return group != null && group.isRecipientGroup();
    }

    /** The position of the colon of a field line ({@code Name: value}), or -1. */
    int colon(int ls, int le) {
        int k = ls;
        int limit = Math.min(le, ls + MAX_FIELD_NAME);
        if (k >= limit || !isAsciiLetter(s.charAt(k))) {
            return -1;
        }
        while (k < limit && (isAsciiLetter(s.charAt(k)) || Ascii.isDigit(s.charAt(k)) || s.charAt(k) == '-')) {
            k++;
        }
        return k < limit && s.charAt(k) == ':' ? k : -1;
    }

    /** The kind of a known field; null for a field the parser reads as text ("Error: 550 ..."). */
    Field classify(int ls, int colon) {
        // Compared in place, ignoring ASCII case (field names are ASCII letters, digits and '-': colon).
        if (equalsIgnoreCase(s, ls, colon, "final-recipient")) {
            return Field.FINAL_RECIPIENT;
        }
        if (equalsIgnoreCase(s, ls, colon, "original-recipient")) {
            return Field.ORIGINAL_RECIPIENT;
        }
        if (equalsIgnoreCase(s, ls, colon, "action")) {
            return Field.ACTION;
        }
        if (equalsIgnoreCase(s, ls, colon, "status")) {
            return Field.STATUS;
        }
        if (equalsIgnoreCase(s, ls, colon, "remote-mta")) {
            return Field.REMOTE_MTA;
        }
        if (equalsIgnoreCase(s, ls, colon, "diagnostic-code")) {
            return Field.DIAGNOSTIC;
        }
        if (isAnyOf(s, ls, colon, SKIPPED_FIELDS) || startsWithAny(s, ls, colon, SKIPPED_FIELD_PREFIXES)) {
            return Field.SKIP;
        }
        return null;
    }

    /** Starts a field whose value begins at valueStart; ends the open field, and the group when the field starts a new one. */
    void start(Field f, int valueStart, int le) {
        finish();
        if (f == Field.FINAL_RECIPIENT && group != null
                && (group.finalRecipient != null || group.action != null || group.status != null)) {
            endGroup();
        } else if (f == Field.ORIGINAL_RECIPIENT && group != null && group.isRecipientGroup()) {
            endGroup();
        }
        field = f;
        if (fieldValue == null) {
            fieldValue = new StringBuilder(64);
        }
        fieldValue.setLength(0);
        if (f != Field.SKIP) {
            append(valueStart, le);
        }
    }

    /** Appends a folded continuation line of the open field. */
    void append(int a, int e) {
        while (a < e && isBlankChar(s.charAt(a))) {
            a++;
        }
        if (a >= e) {
            return;
        }
        if (fieldValue.length() > 0 && fieldValue.length() < MAX_FIELD_CHARS) {
            fieldValue.append(' ');
        }
        int n = Math.min(e - a, MAX_FIELD_CHARS - fieldValue.length());
        if (n > 0) {
            fieldValue.append(s, a, a + n);
        }
    }

    /** Ends the open field: its value goes into the current group. */
    void finish() {
        Field f = field;
        field = Field.NONE;
        if (f == Field.NONE || f == Field.SKIP) {
            return;
        }
        if (group == null) {
            group = new Group();
        }
        String v = fieldValue.toString().strip();
        // The first of a repeated field counts.
        switch (f) {
            case FINAL_RECIPIENT:
                group.finalRecipient = orElse(group.finalRecipient, v);
                break;
            case ORIGINAL_RECIPIENT:
                group.originalRecipient = orElse(group.originalRecipient, v);
                break;
            case ACTION:
                group.action = orElse(group.action, v);
                break;
            case STATUS:
                group.status = orElse(group.status, v);
                break;
            case REMOTE_MTA:
                group.remoteMta = orElse(group.remoteMta, v);
                break;
            case DIAGNOSTIC:
                group.diagnostic = orElse(group.diagnostic, v);
                break;
            default:
                break;
        }
    }

    /** Ends the current recipient group: a reply for it joins {@link #groups()} when it has a code. */
    void endGroup() {
        Group g = group;
        group = null;
        if (g == null || !g.isRecipientGroup() || groups != null && groups.size() >= MAX_GROUPS) {
            return;
        }
        ParsedReply p = buildGroup(g);
        if (p != null) {
            if (groups == null) {
                groups = new ArrayList<>();
            }
            groups.add(p);
        }
    }

    private static ParsedReply buildGroup(Group g) {
        ReplyCode reply = null;
        EnhancedStatusCode enhanced = null;
        String text = "";
        String recipient = null;
        Provider provider = null;
        if (g.diagnostic != null) {
            String v = withoutType(g.diagnostic);
            ReplyScanner d = new ReplyScanner(v, 0, v.length(), Mode.VALUE).run();
            Candidate c = d.chosen();
            if (c != null) {
                reply = d.replyFor(c);
                enhanced = c.enhanced;
            }
            text = d.text(c);
            recipient = d.recipient();
            provider = d.provider();
        }
        EnhancedStatusCode status = null;
        if (g.status != null) {
            status = EnhancedStatusCode.tryParse(firstToken(g.status)).orElse(null);
            if (status == null && reply == null && enhanced == null) {
                // "Status: 550 5.1.1 mailbox unavailable": not RFC 3464, but readable
                ReplyScanner d = new ReplyScanner(g.status, 0, g.status.length(), Mode.VALUE).run();
                Candidate c = d.chosen();
                if (c != null) {
                    reply = d.replyFor(c);
                    enhanced = c.enhanced;
                    if (text.isEmpty()) {
                        text = d.text(c);
                    }
                }
            }
        }
        if (enhanced != null && status != null && isClassOnly(enhanced) && !isClassOnly(status)
                && enhanced.statusClass() == status.statusClass()) {
            // prefer the more specific Status over a diagnostic's X.0.0
            enhanced = null;
        }
        if (reply == null && enhanced == null && status == null) {
            return null;
        }
        if (g.finalRecipient != null) {
            recipient = orElse(address(g.finalRecipient), recipient);
        }
        if (g.originalRecipient != null && (g.finalRecipient == null || address(g.finalRecipient) == null)) {
            recipient = orElse(address(g.originalRecipient), recipient);
        }
        String mta = g.remoteMta == null ? null : address(g.remoteMta);
        if (mta != null) {
            while (mta.endsWith(".")) {
                mta = mta.substring(0, mta.length() - 1);
            }
            if (mta.isEmpty()) {
                mta = null;
            }
        }
        if (provider == null && mta != null) {
            provider = ProviderHosts.of(mta, 0, mta.length());
        }
        return ParsedReply.builder().replyCode(reply).enhancedCode(enhanced).dsnStatus(status)
                .dsnAction(g.action == null ? null : DsnAction.fromField(g.action).orElse(null))
                .recipient(recipient).provider(provider).remoteMta(mta).text(text).build();
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    private static boolean isClassOnly(EnhancedStatusCode c) {
        return c.subject() == 0 && c.detail() == 0;
    }

    /** "smtp; 550 ..." -> "550 ...": drops a diagnostic type of up to 32 characters. */
    private static String withoutType(String v) {
        int semi = v.indexOf(';');
        if (semi > 0 && semi <= 32) {
            for (int k = 0; k < semi; k++) {
                if (isBlankChar(v.charAt(k))) {
                    return v;
                }
            }
            return v.substring(semi + 1).strip();
        }
        return v;
    }

    /**
     * Drops the address type of a recipient or MTA field: what stands before a semicolon in the first 33
     * characters, unless it is part of the address or a comment ({@code <jan@example.nl>; x},
     * {@code jan@example.nl (Jan; Sales)}). A malformed type ({@code x y;}, {@code ;}) is dropped too: RFC 3464
     * puts the address after the semicolon, whatever the type says.
     */
    private static String withoutAddressType(String v) {
        int semi = v.indexOf(';');
        if (semi < 0 || semi > 32) {
            return v;
        }
        for (int k = 0; k < semi; k++) {
            char ch = v.charAt(k);
            if (ch == '@' || ch == '<' || ch == '(' || ch == '"') {
                return v;
            }
        }
        return v.substring(semi + 1).strip();
    }

    /** "rfc822; <jan@example.nl> (Jan)" -> "jan@example.nl"; "dns; mx.example.nl" -> "mx.example.nl". */
    private static String address(String v) {
        String rest = withoutAddressType(v);
        String t = firstToken(rest);
        int lt = t.indexOf('@') < 0 ? rest.indexOf('<') : -1;
        int gt = lt < 0 ? -1 : rest.indexOf('>', lt);
        if (gt > lt) {
            t = rest.substring(lt, gt + 1); // a name before the address: "Jan Jansen" <jan@example.nl>
        }
        if (t.startsWith("<")) {
            t = t.substring(1);
        }
        if (t.endsWith(">")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || t.length() > MAX_ADDRESS_CHARS) {
            return null;
        }
        return t;
    }

    private static String firstToken(String v) {
        int a = 0;
        while (a < v.length() && isBlankChar(v.charAt(a))) {
            a++;
        }
        int e = a;
        while (e < v.length() && !isBlankChar(v.charAt(e)) && v.charAt(e) != '(' && v.charAt(e) != ';') {
            e++;
        }
        return v.substring(a, e);
    }

    /** The recipient groups read so far that have a code, in order. */
    List<ParsedReply> groups() {
        return groups == null ? List.of() : groups;
    }
}
