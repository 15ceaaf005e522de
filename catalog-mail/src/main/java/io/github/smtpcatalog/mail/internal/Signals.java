// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the header fields and the text of a message say about its kind: the signals of a bounce (a mailer-daemon
 * sender, a bounce subject, Exim's {@code X-Failed-Recipients}, the opening sentences of the common servers'
 * bounces), of a delay warning and of an auto-reply (RFC 3834 {@code Auto-Submitted}, {@code X-Autoreply},
 * out-of-office subjects). Case-insensitive; linear in the input.
 */
public final class Signals {

    private static final int MAX_HEADER = 4096;

    /** Subjects of bounces, as they start (lower case). */
    private static final String[] BOUNCE_SUBJECTS = {"undelivered mail returned to sender", "undeliverable",
        "undelivered mail", "undelivered message", "onbestelbaar", "niet bezorgd", "niet afgeleverd",
        "mail delivery failed", "mail delivery failure", "delivery status notification", "returned mail",
        "failure notice", "delivery failure", "delivery failed", "delivery notification", "mail system error",
        "non remis", "unzustellbar", "nicht zustellbar", "message not delivered", "warning: could not send message",
        "could not send message", "delayed mail", "delivery delayed", "mail delivery delayed", "nondeliverable",
        "non-deliverable", "permanent delivery failure", "mail could not be delivered", "bezorging mislukt",
        "bezorging vertraagd", "warning: message", "returned message"};
    /** Subjects of delay warnings, as they start (lower case). */
    private static final String[] DELAY_SUBJECTS = {"delayed mail", "delivery status notification (delay)",
        "delivery delayed", "mail delivery delayed", "warning: message", "bezorging vertraagd",
        "delivery status notification (warning)", "warning: could not send message for past"};
    /** The opening sentences of bounces (lower case, anywhere in the text). */
    private static final String[] BOUNCE_BODY = {"this is the mail system at host", "this is the postfix program",
        "this message was created automatically by mail delivery software", "this is the qmail-send program",
        "i'm afraid i wasn't able to deliver", "the original message was received at",
        "the following addresses had permanent fatal errors", "delivery has failed to these recipients",
        "couldn't be delivered", "could not be delivered", "wasn't delivered to", "was not delivered to",
        "delivery to the following recipient", "your message did not reach some or all of the intended recipients",
        "a message that you sent could not be delivered", "a message that you sent has not yet been delivered",
        "the following message to <", "delivery incomplete", "message not delivered", "address not found",
        "kon niet worden bezorgd", "is niet bezorgd", "konnte nicht zugestellt werden", "delivery has been delayed",
        "delivery to these recipients or groups is delayed", "permanent fatal errors", "transcript of session",
        "technical details of permanent failure", "this is a permanent error"};
    /** Sentences of delay warnings (lower case, anywhere in the text). */
    private static final String[] DELAY_BODY = {"this is a warning message only",
        "you do not need to resend your message", "has not yet been delivered", "delivery has been delayed",
        "is delayed", "will keep trying", "still being retried", "will be retried", "will retry",
        "no action is required on your part", "this is not a permanent error", "still trying",
        "delivery attempts will continue"};
    /** Local parts of senders of bounces (lower case). */
    private static final String[] BOUNCE_SENDERS = {"mailer-daemon", "mailer_daemon", "mailerdaemon", "postmaster",
        "mail-daemon", "maildaemon", "microsoftexchange", "mdaemon", "double-bounce"};
    /** Display names of senders of bounces (lower case, as they start). */
    private static final String[] BOUNCE_NAMES = {"mail delivery system", "mail delivery subsystem",
        "mail delivery service", "microsoft outlook", "mail administrator", "mailer-daemon", "postmaster",
        "mail system", "mailer daemon"};
    /** Subjects of auto-replies, as they start (lower case). */
    private static final String[] AUTO_REPLY_SUBJECTS = {"out of office", "out of the office", "automatic reply",
        "automatisch antwoord", "automatisch bericht", "auto:", "autoreply", "auto-reply", "auto reply",
        "auto response", "autoresponse", "afwezig", "afwezigheid", "abwesend", "abwesenheit",
        "réponse automatique", "risposta automatica", "respuesta automática", "vacation", "away from",
        "i am out of the office", "ik ben afwezig", "niet aanwezig", "automatische antwort"};

    private String subject = "";
    private String fromAddress = "";
    private String fromName = "";
    private boolean nullSender;
    private boolean exchangeNdr;
    private String autoSubmitted = "";
    private boolean autoReplyHeader;
    private final List<String> failedRecipients = new ArrayList<>(1);
    private final Set<String> originalSenders = new HashSet<>(2);

    private Signals() {
    }

    /**
     * Reads the header fields of a message.
     *
     * @param m the message
     * @return the signals
     */
    public static Signals of(MimeMessage m) {
        Signals s = new Signals();
        s.subject = lower(decoded(header(m, "Subject")));
        String from = decoded(header(m, "From"));
        int lt = from.lastIndexOf('<');
        int gt = from.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            s.fromAddress = lower(from.substring(lt + 1, gt));
            s.fromName = lower(from.substring(0, lt).replace("\"", ""));
        } else {
            String a = Addresses.first(from, 0, from.length());
            s.fromAddress = a == null ? lower(from) : lower(a);
        }
        String rp = header(m, "Return-Path").strip();
        s.nullSender = rp.equals("<>") || rp.equals("< >");
        s.exchangeNdr = lower(header(m, "X-MS-Exchange-Message-Is-Ndr")).length() > 0
                || lower(header(m, "X-MS-Exchange-Organization-SCL")).equals("-1")
                        && s.subject.startsWith("undeliverable");
        s.autoSubmitted = lower(header(m, "Auto-Submitted"));
        String xAuto = lower(header(m, "X-Autoreply"));
        String xAutorespond = lower(header(m, "X-Autorespond"));
        String precedence = lower(header(m, "Precedence"));
        String xAutoResponse = lower(header(m, "X-Auto-Response"));
        s.autoReplyHeader = !xAuto.isEmpty() && !xAuto.equals("no") || !xAutorespond.isEmpty()
                || !xAutoResponse.isEmpty() || precedence.equals("auto_reply");
        String failed = header(m, "X-Failed-Recipients");
        for (String part : failed.split(",", 100)) {
            String a = Addresses.first(part, 0, part.length());
            if (a != null) {
                s.failedRecipients.add(a);
            }
        }
        for (String field : new String[] {"To", "Delivered-To", "X-Original-To"}) {
            String v = header(m, field);
            int from0 = 0;
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) == '@') {
                    int[] r = Addresses.around(v, i, from0, v.length());
                    if (r != null) {
                        s.originalSenders.add(Addresses.key(v.substring(r[0], r[1])));
                        from0 = r[1];
                        i = r[1];
                    }
                }
            }
        }
        return s;
    }

    private static String header(MimeMessage m, String name) {
        try {
            String v = m.getHeader(name, ",");
            if (v == null) {
                return "";
            }
            return v.length() > MAX_HEADER ? v.substring(0, MAX_HEADER) : v;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static String decoded(String v) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(v));
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return v;
        }
    }

    private static String lower(String v) {
        return v.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String containsAny(String s, String[] needles) {
        for (String p : needles) {
            if (s.contains(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the subject starts like a bounce's.
     *
     * @return true for a bounce subject
     */
    public boolean bounceSubject() {
        return startsWithAny(subject, BOUNCE_SUBJECTS);
    }

    /**
     * Whether the sender is a mail system: a mailer-daemon or postmaster address or name, or Microsoft's NDR
     * header.
     *
     * @return true for a mail-system sender
     */
    public boolean bounceSender() {
        int at = fromAddress.indexOf('@');
        String local = at < 0 ? fromAddress : fromAddress.substring(0, at);
        return exchangeNdr || startsWithAny(local, BOUNCE_SENDERS) || startsWithAny(fromName, BOUNCE_NAMES);
    }

    /**
     * Whether Microsoft Exchange marked the message as its non-delivery report ({@code X-MS-Exchange-Message-Is-Ndr}).
     *
     * @return true for an Exchange NDR
     */
    public boolean exchangeNdr() {
        return exchangeNdr;
    }

    /**
     * Whether the envelope sender was null ({@code Return-Path: <>}), as for every bounce.
     *
     * @return true for a null sender
     */
    public boolean nullSender() {
        return nullSender;
    }

    /**
     * The addresses of Exim's {@code X-Failed-Recipients} field.
     *
     * @return the addresses, possibly empty
     */
    public List<String> failedRecipients() {
        return Collections.unmodifiableList(failedRecipients);
    }

    /**
     * The lower-case addresses the bounce was sent to (the original sender), which are never a failed recipient.
     *
     * @return the addresses
     */
    public Set<String> originalSenders() {
        return Collections.unmodifiableSet(originalSenders);
    }

    /**
     * The sentence of a bounce that the text holds.
     *
     * @param text the bounce text, lower case
     * @return the sentence, or null
     */
    public static String bounceBody(String text) {
        return containsAny(text, BOUNCE_BODY);
    }

    /**
     * Whether the subject or the text says that delivery is only delayed.
     *
     * @param text the bounce text, lower case
     * @return true for a delay warning
     */
    public boolean delay(String text) {
        return startsWithAny(subject, DELAY_SUBJECTS) || containsAny(text, DELAY_BODY) != null;
    }

    /**
     * Why the message is an auto-reply, or null.
     *
     * @return the reason in English, or null
     */
    public String autoReply() {
        if (autoSubmitted.startsWith("auto-replied")) {
            return "Auto-Submitted: auto-replied (RFC 3834)";
        }
        if (autoReplyHeader) {
            return "an auto-reply header field (X-Autoreply, X-Autorespond or Precedence: auto_reply)";
        }
        if (startsWithAny(subject, AUTO_REPLY_SUBJECTS)) {
            return "an out-of-office subject";
        }
        return null;
    }

    /**
     * Whether the message says it was generated automatically ({@code Auto-Submitted: auto-generated}).
     *
     * @return true when so
     */
    public boolean autoGenerated() {
        return autoSubmitted.startsWith("auto-generated") || autoSubmitted.startsWith("auto-notified");
    }

    /**
     * The lower-case subject.
     *
     * @return the subject, possibly empty
     */
    public String subject() {
        return subject;
    }

    /**
     * The lower-case sender address.
     *
     * @return the address, possibly empty
     */
    public String fromAddress() {
        return fromAddress;
    }
}
