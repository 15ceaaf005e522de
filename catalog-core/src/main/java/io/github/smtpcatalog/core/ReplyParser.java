// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.List;
import java.util.Optional;

/**
 * Reads SMTP status codes out of what applications and mail servers write: a code alone ({@code 5.1.1}), a basic
 * reply alone ({@code 550}), a single-line or multiline server reply (RFC 5321 section 4.2, with the enhanced
 * code of RFC 2034 on every line or only the first), the message or {@code toString()} of a Jakarta Mail
 * {@code SMTPSendFailedException}, {@code SMTPAddressFailedException}, {@code SMTPSenderFailedException} or
 * {@code SendFailedException}, RFC 3464 delivery-status fields, and the plain-text bounces of Postfix, Exim,
 * Sendmail, qmail, Microsoft 365 and Gmail.
 *
 * <pre>{@code
 * ParsedReply p = ReplyParser.parse("550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown");
 * p.replyCode();      // Optional[550]
 * p.enhancedCode();   // Optional[5.1.1]
 * p.recipient();      // Optional[jan@example.nl]
 * p.text();           // "<jan@example.nl>: Recipient address rejected: User unknown"
 *
 * ReplyParser.tryParse("Hello world");              // Optional.empty()
 * ReplyParser.parseDeliveryStatus(dsnBlock).size(); // one ParsedReply per recipient group
 * }</pre>
 *
 * <h2>What it finds</h2>
 * <ul>
 *   <li>The codes: a basic reply code directly followed by an enhanced code ({@code 550 5.1.1},
 *       {@code 550-5.1.1}, {@code #550 5.1.1}) counts most; a code alone counts when it stands apart (white space,
 *       a quote, a bracket, {@code #}, {@code :}, {@code ;} or {@code =} around it), more so at the start of a line
 *       or after {@code said:}, {@code smtp;}, a quote or {@code #}. Where several codes appear, a
 *       failure (4.x.x, 5.x.x) wins over a success, a specific code over {@code X.0.0}, a reply pair over a lone
 *       code, and otherwise the first. IP addresses ({@code 192.0.2.1}), versions ({@code v5.1.1},
 *       {@code Postfix 2.2.10}, {@code Exim 4.94.2}), dates, times ({@code 12:05:01}), sizes ({@code 552 bytes})
 *       and ports ({@code port 465}) are not codes; a lone enhanced code in a text must have a subject of 0 to 7 (an
 *       input that is one code and nothing else, such as {@code 4.9.9}, is that code). Only ASCII
 *       digits are digits. A code never spans two lines.</li>
 *   <li>The text: the reply text after the codes, continuation lines of the same multiline reply and folded
 *       (indented) lines joined with one space, the codes repeated on those lines left out, Postfix's
 *       {@code (in reply to RCPT TO command)} dropped; at most {@value #MAX_TEXT_CHARS} characters.</li>
 *   <li>The recipient: a DSN {@code Final-Recipient} (else {@code Original-Recipient}); else an address in angle
 *       brackets on the lines of the chosen reply; else {@code RCPT TO:<...>}; else the first address in angle
 *       brackets that is not a sender ({@code MAIL FROM:<...>}, {@code <...>: Sender address rejected}); else an
 *       address alone on a line or after "to" ({@code wasn't delivered to jan@example.nl}).</li>
 *   <li>The provider: Gmail's {@code gsmtp} trailer and Google host names mean {@link Provider#GOOGLE};
 *       {@code *.outlook.com} hosts and {@code RESOLVER.}, {@code SMTPSEND.}, {@code STOREDRV.} diagnostics
 *       {@link Provider#MICROSOFT}; {@code yahoodns.net}, {@code yahoo.com}, {@code aol.com} {@link Provider#YAHOO};
 *       {@code icloud.com}, {@code me.com}, {@code apple.com} {@link Provider#APPLE}. Host names count in the
 *       chosen reply from its code on, in a DSN's {@code Diagnostic-Code} and {@code Remote-MTA}, and elsewhere
 *       only right after "host", "relay", "MTA", "by" or "to"; never in header fields such as {@code Received},
 *       {@code From} or {@code Reporting-MTA}, which name the reporting or sending side, and never as the domain of
 *       an address.</li>
 *   <li>DSN fields: a line {@code Name: value} at the start of a line, folded over indented lines. Recipient
 *       groups are separated by blank lines (or start again at a second {@code Final-Recipient}). When the input
 *       holds DSN recipient groups, {@link #parse(CharSequence)} answers from them (the first group whose
 *       {@code Action} is {@code failed}, else the first {@code delayed}, else the first) and ignores the prose
 *       around them. Other header fields (e.g. {@code Subject}, {@code Date}, {@code X-...}) are never read for
 *       codes.</li>
 * </ul>
 *
 * <h2>Untrusted input</h2>
 * <p>The parser is a hand-written single-pass scanner without regular expressions. Its time is linear in the
 * input length, and only the first {@value #MAX_INPUT_CHARS} characters are inspected at all; of each line only the
 * first {@value #MAX_LINE_CHARS}; each DSN field value is kept up to 8192 characters; at most
 * {@value #MAX_RECIPIENT_GROUPS} recipient groups are read. HTML is not decoded: tags count as separators, so a code
 * in the text of an HTML body is found, and the reply text ends at the first closing tag ({@code </...>});
 * entities such as {@code &lt;} are not decoded, so addresses written with them are not found.
 *
 * <p>The class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReplyParser {

    /** How many characters of an input are inspected at most; the rest is ignored. */
    public static final int MAX_INPUT_CHARS = ReplyScanner.MAX_INPUT_CHARS;

    /** How many characters of one line are inspected at most; the rest of the line is ignored. */
    public static final int MAX_LINE_CHARS = ReplyScanner.MAX_LINE_CHARS;

    /** The longest {@link ParsedReply#text() reply text} returned. */
    public static final int MAX_TEXT_CHARS = ReplyScanner.MAX_TEXT_CHARS;

    /** How many DSN recipient groups {@link #parseDeliveryStatus(CharSequence)} returns at most. */
    public static final int MAX_RECIPIENT_GROUPS = ReplyScanner.MAX_GROUPS;

    private static final String WHAT = "SMTP reply";

    private ReplyParser() {
    }

    /**
     * Reads the status codes, recipient, provider and reply text out of a reply, an exception text, DSN fields or
     * a bounce text.
     *
     * <pre>{@code
     * ReplyParser.parse("550-5.1.1 The email account that you tried to reach does not exist.\n"
     *         + "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp").provider();
     * // Optional[GOOGLE]
     * ReplyParser.parse("550 4.2.2 Mailbox full").codesAgree();   // false
     * }</pre>
     *
     * @param text the text, may be null (which is an error)
     * @return what the text shows, never null
     * @throws StatusCodeParseException with reason {@link Reason#NULL NULL} for null, {@link Reason#EMPTY EMPTY}
     *                                  when the inspected part of the text (its first {@value #MAX_INPUT_CHARS}
     *                                  characters) is empty or white space only, {@link Reason#NO_CODE NO_CODE}
     *                                  when it holds no status code; the message names the input, shortened
     */
    public static ParsedReply parse(CharSequence text) {
        Object r = parseOrReason(text);
        if (r instanceof ParsedReply) {
            return (ParsedReply) r;
        }
        throw new StatusCodeParseException(WHAT, text, (Reason) r);
    }

    /**
     * Like {@link #parse(CharSequence)}, for untrusted input: never throws.
     *
     * <pre>{@code
     * ReplyParser.tryParse("Could not connect to SMTP host: smtp.example.nl, port: 465");  // Optional.empty()
     * ReplyParser.tryParse("421 4.7.0 Try again later").flatMap(ParsedReply::enhancedCode); // Optional[4.7.0]
     * }</pre>
     *
     * @param text the text, may be null
     * @return what the text shows, or empty exactly when {@link #parse(CharSequence)} would throw
     */
    public static Optional<ParsedReply> tryParse(CharSequence text) {
        Object r = parseOrReason(text);
        return r instanceof ParsedReply ? Optional.of((ParsedReply) r) : Optional.empty();
    }

    /**
     * Reads every per-recipient group of an RFC 3464 {@code message/delivery-status} block, in order. Each group
     * gives one {@link ParsedReply} with its {@code Final-Recipient} (else {@code Original-Recipient}),
     * {@code Action}, {@code Status}, {@code Remote-MTA} and the codes and text of its {@code Diagnostic-Code}
     * (folded lines joined). A group with neither a valid {@code Status} nor a code in its
     * {@code Diagnostic-Code} is left out, as are the per-message fields ({@code Reporting-MTA}, ...) and any
     * text that is not a field.
     *
     * <pre>{@code
     * List<ParsedReply> r = ReplyParser.parseDeliveryStatus(
     *         "Reporting-MTA: dns; mail.example.com\n"
     *         + "\n"
     *         + "Final-Recipient: rfc822; jan@example.nl\n"
     *         + "Action: failed\n"
     *         + "Status: 5.1.1\n"
     *         + "Diagnostic-Code: smtp; 550 5.1.1 <jan@example.nl>: Recipient address\n"
     *         + "    rejected: User unknown in virtual mailbox table\n"
     *         + "\n"
     *         + "Final-Recipient: rfc822; piet@example.nl\n"
     *         + "Action: delayed\n"
     *         + "Status: 4.2.2\n");
     * r.get(0).recipient();   // Optional[jan@example.nl]
     * r.get(1).dsnAction();   // Optional[DELAYED]
     * }</pre>
     *
     * @param text the delivery-status block (or a whole bounce text that contains one), may be null
     * @return an unmodifiable list, empty for null or for text without recipient groups; at most
     *         {@value #MAX_RECIPIENT_GROUPS} elements
     */
    public static List<ParsedReply> parseDeliveryStatus(CharSequence text) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        return List.copyOf(scan(inspected(text)).groups());
    }

    /** The inspected part of the input, as a private immutable copy the caller cannot change during the scan. */
    private static String inspected(CharSequence text) {
        return text.subSequence(0, Math.min(text.length(), MAX_INPUT_CHARS)).toString();
    }

    private static ReplyScanner scan(String s) {
        return new ReplyScanner(s, 0, s.length(), ReplyScanner.Mode.FULL).run();
    }

    private static Object parseOrReason(CharSequence text) {
        if (text == null) {
            return Reason.NULL;
        }
        String s = inspected(text);
        if (isBlank(s)) {
            return Reason.EMPTY;
        }
        // A whole input that is one enhanced code is that code, whatever its subject: the rule that a lone code
        // needs a subject of 0 to 7 tells codes from version numbers in running text, not in a code alone.
        Optional<EnhancedStatusCode> alone = EnhancedStatusCode.tryParse(s);
        if (alone.isPresent()) {
            return ParsedReply.builder().enhancedCode(alone.get()).build();
        }
        ParsedReply p = scan(s).result();
        return p != null ? p : Reason.NO_CODE;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !ScanChars.isBlankChar(c)) {
                return false;
            }
        }
        return true;
    }
}
