// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inputs of the extraction benchmarks and the regular-expression baseline that reads them.
 *
 * <p>Every input ends with, or holds, a Postfix rejection of {@code jan@example.nl}: basic code {@code 550},
 * enhanced code {@code 5.1.1}, recipient {@code jan@example.nl}. The tests check that the parser and the
 * baseline find exactly that in every input, so both do the same job.
 */
public final class Inputs {

    /** A typical server reply line. */
    public static final String REPLY_LINE =
            "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table";

    /** The Postfix line that ends every sized input. */
    static final String POSTFIX_LINE = "<jan@example.nl>: host mx.example.nl[192.0.2.10] said: 550 5.1.1"
            + " <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table (in reply to"
            + " RCPT TO command)";

    /**
     * The obvious regular expression: a basic code, an enhanced code, and the address in angle brackets that
     * follows them. Compiled once, as anyone would.
     */
    static final Pattern OBVIOUS = Pattern.compile(
            "\\b([245]\\d{2})[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b(?:\\s+<([^<>\\s@]+@[^<>\\s]+)>)?");

    private static final String[] PROSE = {
        "Geachte heer De Vries, hartelijk dank voor uw bericht van 12 maart over polis 2024-118733.",
        "Wij hebben de wijziging verwerkt; de nieuwe premie gaat in op 1 april en is 41,50 euro per maand.",
        "U vindt de voorwaarden en het overzicht van uw dekking in de bijlage van deze e-mail.",
        "Heeft u nog vragen? Bel ons op werkdagen tussen 08:30 en 17:00 uur via 020 555 1234.",
        "Of kijk op https://www.verzekeraar.example/contact voor de antwoorden op veelgestelde vragen.",
        "> Op 11 maart 2025 om 14:02 schreef Jan de Vries:",
        "> Graag wil ik mijn adres wijzigen per 1 april. Mijn nieuwe adres is Kerkstraat 12, 3511 AB Utrecht.",
        "> Met vriendelijke groet, Jan de Vries",
    };

    private Inputs() {
    }

    /** A plain-text Postfix bounce (as catalog-mail hands its decoded parts to the parser), exactly 4096 chars. */
    public static String bounce4k() {
        StringBuilder b = new StringBuilder(4096);
        b.append("Return-Path: <>\n")
                .append("Received: by mail.verzekeraar.example (Postfix) id 4Wq3x71SZkz9sQ; Tue, 11 Mar 2025"
                        + " 14:02:33 +0100 (CET)\n")
                .append("Date: Tue, 11 Mar 2025 14:02:33 +0100 (CET)\n")
                .append("From: MAILER-DAEMON@mail.verzekeraar.example (Mail Delivery System)\n")
                .append("Subject: Undelivered Mail Returned to Sender\n")
                .append("To: klantenservice@verzekeraar.example\n")
                .append("Auto-Submitted: auto-replied\n")
                .append("MIME-Version: 1.0\n")
                .append("Content-Type: multipart/report; report-type=delivery-status;"
                        + " boundary=\"4Wq3x71SZkz9sQ.1741698153/mail.verzekeraar.example\"\n")
                .append("Message-Id: <20250311130233.4Wq3x71SZkz9sQ@mail.verzekeraar.example>\n")
                .append("\n")
                .append("This is the mail system at host mail.verzekeraar.example.\n")
                .append("\n")
                .append("I'm sorry to have to inform you that your message could not\n")
                .append("be delivered to one or more recipients. It's attached below.\n")
                .append("\n")
                .append("For further assistance, please send mail to postmaster.\n")
                .append("\n")
                .append("If you do so, please include this problem report. You can\n")
                .append("delete your own text from the attached returned message.\n")
                .append("\n")
                .append("                   The mail system\n")
                .append("\n")
                .append(POSTFIX_LINE).append('\n')
                .append("\n")
                .append("Reporting-MTA: dns; mail.verzekeraar.example\n")
                .append("X-Postfix-Queue-ID: 4Wq3x71SZkz9sQ\n")
                .append("X-Postfix-Sender: rfc822; klantenservice@verzekeraar.example\n")
                .append("Arrival-Date: Tue, 11 Mar 2025 14:02:31 +0100 (CET)\n")
                .append("\n")
                .append("Final-Recipient: rfc822; jan@example.nl\n")
                .append("Original-Recipient: rfc822;jan@example.nl\n")
                .append("Action: failed\n")
                .append("Status: 5.1.1\n")
                .append("Remote-MTA: dns; mx.example.nl\n")
                .append("Diagnostic-Code: smtp; 550 5.1.1 <jan@example.nl>: Recipient address rejected: User\n")
                .append("    unknown in virtual mailbox table\n")
                .append("\n")
                .append("Return-Path: <klantenservice@verzekeraar.example>\n")
                .append("Received: from crm.verzekeraar.example (crm.verzekeraar.example [198.51.100.7])\n")
                .append("\tby mail.verzekeraar.example (Postfix) with ESMTPS id 4Wq3x71SZkz9sQ\n")
                .append("\tfor <jan@example.nl>; Tue, 11 Mar 2025 14:02:31 +0100 (CET)\n")
                .append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=verzekeraar.example;\n")
                .append("\ts=mail2025; t=1741698151; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n")
                .append("\th=Date:From:To:Subject:From;\n")
                .append("\tb=Kq3mZ8rV0cLw1nH5yT2xP9sD4fG7jA6bE1uR8iO3pQ5tY0wX2zC9vB4nM7kL6hJ3gF\n")
                .append("\t 8dS1aQ5wE2rT9yU4iO7pA3sD6fG1hJ8kL5zX2cV9bN4mQ7wE0rT3yU6iO9pA2sD5fG8h\n")
                .append("Date: Tue, 11 Mar 2025 14:02:31 +0100\n")
                .append("From: Klantenservice <klantenservice@verzekeraar.example>\n")
                .append("To: Jan de Vries <jan@example.nl>\n")
                .append("Subject: Uw adreswijziging is verwerkt\n")
                .append("Message-ID: <crm-20250311-118733@verzekeraar.example>\n")
                .append("MIME-Version: 1.0\n")
                .append("Content-Type: text/plain; charset=UTF-8\n")
                .append("Content-Transfer-Encoding: quoted-printable\n")
                .append("\n");
        fill(b, 4096);
        return b.toString();
    }

    /**
     * An input of exactly {@code size} characters: prose (a quoted conversation in Dutch, with numbers, dates and
     * a URL, but no status code) followed by the Postfix rejection line. The code comes last, so that the
     * regular expression too has to read the whole input: both do work linear in the size.
     *
     * @param size the length, at least 512
     * @return the input
     */
    public static String sized(int size) {
        StringBuilder b = new StringBuilder(size);
        fill(b, size - POSTFIX_LINE.length() - 1);
        b.append('\n').append(POSTFIX_LINE);
        if (b.length() != size) {
            throw new IllegalStateException("built " + b.length() + " chars, wanted " + size);
        }
        return b.toString();
    }

    /** Appends prose lines up to exactly {@code size} characters (the last line cut short, ending with '.'). */
    private static void fill(StringBuilder b, int size) {
        for (int i = 0; b.length() < size; i++) {
            String line = PROSE[i % PROSE.length];
            int room = size - b.length();
            if (line.length() + 1 <= room) {
                b.append(line).append('\n');
            } else {
                b.append(line, 0, room - 1).append('.');
            }
        }
    }

    /** What the baseline extracts: the three strings, as the regular expression gives them. */
    public record Extracted(String replyCode, String enhancedCode, String recipient) {
    }

    /**
     * The baseline: the obvious regular expression, first match.
     *
     * @param text the input
     * @return the codes and recipient, or null when nothing matches
     */
    public static Extracted regex(CharSequence text) {
        Matcher m = OBVIOUS.matcher(text);
        if (!m.find()) {
            return null;
        }
        return new Extracted(m.group(1), m.group(2), m.group(3));
    }
}
