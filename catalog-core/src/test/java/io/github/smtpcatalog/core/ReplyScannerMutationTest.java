// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits and boundaries of the reply scanner that the PIT run of catalog-core left untested: addresses at the
 * local-part and path limits, bare addresses, folded DSN fields, the text cap. In the tables, {@code \n} stands
 * for a line break and <code>{x*n}</code> for the character x repeated n times.
 */
class ReplyScannerMutationTest {

    private static final Pattern REPEAT = Pattern.compile("\\{(.)\\*(\\d+)\\}");

    static String expand(String t) {
        if (t == null) {
            return null;
        }
        Matcher m = REPEAT.matcher(t.replace("\\n", "\n").replace("\\r", "\r"));
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1).repeat(Integer.parseInt(r.group(2)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // local part of 64 characters at most, path of 254 at most (RFC 5321)
        "'550 5.1.1 <{a*64}@example.nl>: User unknown'          | {a*64}@example.nl",
        "'550 5.1.1 <{a*65}@example.nl>: User unknown'          |",
        "'550 5.1.1 <{a*64}@{b*186}.nl>: User unknown'          | {a*64}@{b*186}.nl",
        "'550 5.1.1 <{a*64}@{b*187}.nl>: User unknown'          |",
        "'550 5.1.1 <mailto:{a*64}@{b*186}.nl>: User unknown'   | {a*64}@{b*186}.nl",
        "'550 5.1.1 <mailto:{a*64}@{b*187}.nl>: User unknown'   |",
        "'550 5.1.1 <mailto:jan@example.nl>: User unknown'      | jan@example.nl",
        "'550 5.1.1 <mailto:j@e>: User unknown'                 | j@e",
        "'550 5.1.1 <mailto:@example.nl>: User unknown'         |",
        "'550 5.1.1 <mailto:>: User unknown'                    |",
        "'550 5.1.1 <j@e>: User unknown'                        | j@e",
        "'550 5.1.1 <jan@>: User unknown'                       |",
        "'550 5.1.1 <@example.nl>: User unknown'                |",
        "'550 5.1.1 <ja,n@example.nl>: User unknown'            |",
        "'550 5.1.1 <ja(n@example.nl>: User unknown'            |",
        "'550 5.1.1 <ja\"n@example.nl>: User unknown'           |",
        "'550 5.1.1 <jan@.example.nl>: User unknown'            |",
        "'550 5.1.1 <jan@-example.nl>: User unknown'            |",
        "'550 5.1.1 <jan@exa!mple.nl>: User unknown'            |",
        "'550 5.1.1 <jan@exa_mple.nl>: User unknown'            |",
        "'550 5.1.1 <jan@[192.0.2.1]>: User unknown'            | jan@[192.0.2.1]",
        "'550 5.1.1 <jan@[IPv6:2001:db8::1]>: User unknown'     | jan@[IPv6:2001:db8::1]",
        "'550 5.1.1 <j.a+n-1@ex-ample.nl>: User unknown'        | j.a+n-1@ex-ample.nl",
        "'550 5.1.1 <jan@example.nl'                            |",
        "'550 5.1.1 <jan@example.nl>'                           | jan@example.nl",
        "'550 5.1.1 <jan @example.nl>: User unknown'            |",
        "'550 5.1.1 <a@b@example.nl>: User unknown'             |",
        // the sender is no recipient; a later bracket is
        "'550 5.1.1 <sender@example.nl>: Sender address rejected' |",
        "'550 5.1.1 <sender@example.nl>... sender unknown'      |",
        "'550 5.1.1 <mailer-daemon@example.nl> <jan@example.nl>: unknown' | jan@example.nl",
        // bare addresses: on a line alone, or after \"to\"
        "'550 5.1.1 User unknown\\n{a*64}@{b*186}.nl'            | {a*64}@{b*186}.nl",
        "'550 5.1.1 User unknown\\n{a*64}@{b*187}.nl'            |",
        "'550 5.1.1 User unknown\\n{a*65}@b.nl'                  |",
        "'550 5.1.1 User unknown\\n{a*64}@b.nl'                  | {a*64}@b.nl",
        "'550 5.1.1 delivery to {a*64}@b.nl failed'            | {a*64}@b.nl",
        "'550 5.1.1 delivery to {a*65}@b.nl failed'            |",
        "'550 5.1.1 delivery to jan@example.nl. failed'        | jan@example.nl",
        "'550 5.1.1 delivery to jan@example.nl- failed'        | jan@example.nl",
        "'550 5.1.1 delivery to jan@. failed'                  |",
        "'550 5.1.1 delivery to jan@-. failed'                 |",
        "'550 5.1.1 delivery to jan@e. failed'                 | jan@e",
        "'550 5.1.1 delivery to jan@example.nl'                | jan@example.nl",
        "'550 5.1.1 delivery to jan@'                          |",
        "'550 5.1.1 User unknown\\njan@b.nl (Jan)'               | jan@b.nl",
        "'550 5.1.1 User unknown\\njan@b.nl x'                   |",
        "'550 5.1.1 User unknown\\njan@b.nl:'                    | jan@b.nl",
        "'550 5.1.1 User unknown\\njan@b.nl <x>'                 | jan@b.nl",
        "'550 5.1.1 User unknown\\njan@b.nl   '                  | jan@b.nl",
        "'550 5.1.1 User unknown\\nmailer-daemon@b.nl'           |",
        "'550 5.1.1 User unknown\\npostmaster@b.nl'              |",
        // '!' is a local-part character; an address at the start of the input after "To"
        "'550 5.1.1 <j!an@example.nl>: User unknown'            | j!an@example.nl",
        "'To jan@example.nl: 550 5.1.1 User unknown'            | jan@example.nl",
        // an address that starts with a non-ASCII letter, or with digits glued to one (SMTPUTF8)
        "'550 5.1.1 User unknown\\nüser@example.nl'             | üser@example.nl",
        "'550 5.1.1 User unknown\\n1ö@example.nl'               | 1ö@example.nl",
        // "Sender" as the last word of the line; the word before an address counts only for the address after it
        "'550 5.1.1 <s@example.nl>: Sender'                     |",
        "'550 5.1.1 from=<s@example.nl> <r@example.nl>... User unknown' | r@example.nl",
        "'550 5.1.1 from=s@example.nl <r@example.nl>... User unknown'   | r@example.nl",
        // RCPT TO names the recipient, also at the start of the input (and also for X.1.7); "to" alone does not
        "'Message for <list@example.nl> expanded\\nRCPT TO:<b@example.nl>\\n550 5.1.1 User unknown' | b@example.nl",
        "'RCPT TO:<b@example.nl>\\n550 5.1.7 Sender address rejected' | b@example.nl",
        "'550 5.1.1 <a@example.nl>: User unknown, forwarded to <b@example.nl>' | a@example.nl",
        // a message identifier in brackets is no recipient, whichever word names it; a later address still is
        "'550 5.7.1 Message <CAB12@mail.gmail.com> rejected as spam' |",
        "'550 5.7.1 Your message <20261130.ab@example.nl> was rejected' |",
        "'554 5.7.1 Message-ID <ab@host.example> contains spam' |",
        "'550 5.7.1 msgid=<ab@host.example> blocked'           |",
        "'550 5.7.1 MID <ab@host.example> blocked'             |",
        "'550 5.7.1 id=<ab@host.example> blocked'              |",
        "'550 5.7.1 Bericht <ab@host.example> geweigerd'       |",
        "'250 2.0.0 Ok: queued as <ab@x.example>'              |",
        "'550 5.1.1 message <ab@host.example> to <jan@example.nl> failed' | jan@example.nl",
        "'550 5.1.1 <jan@example.nl> message rejected'         | jan@example.nl",
        "'550 5.1.1 sent as <jan@example.nl>: User unknown'    | jan@example.nl",
    })
    void recipient_of_a_reply(String input, String recipient) {
        ParsedReply p = ReplyParser.parse(expand(input));
        assertThat(p.recipient()).isEqualTo(Optional.ofNullable(expand(recipient)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Final-Recipient: rfc822;<{a*64}@{b*186}.nl>\\nAction: failed\\nStatus: 5.1.1' | {a*64}@{b*186}.nl",
        "'Final-Recipient: rfc822;<{a*64}@{b*187}.nl>\\nAction: failed\\nStatus: 5.1.1' |",
        "'Final-Recipient: rfc822; {a*64}@{b*187}.nl\\nAction: failed\\nStatus: 5.1.1' |",
        "'Final-Recipient: rfc822;\\nAction: failed\\nStatus: 5.1.1'                    |",
        "'Final-Recipient: rfc822; <>\\nAction: failed\\nStatus: 5.1.1'                 |",
        "'Final-Recipient: <jan@example.nl>\\nAction: failed\\nStatus: 5.1.1'           | jan@example.nl",
        "'Final-Recipient: rfc822; <jan@example.nl> (Jan)\\nAction: failed\\nStatus: 5.1.1' | jan@example.nl",
        // the address follows the semicolon, whatever the type before it (RFC 3464), unless the semicolon is in
        // a comment or after the address itself
        "'Final-Recipient: ;jan@example.nl\\nAction: failed\\nStatus: 5.1.1'            | jan@example.nl",
        "'Final-Recipient: x y; jan@example.nl\\nAction: failed\\nStatus: 5.1.1'        | jan@example.nl",
        "'Final-Recipient: jan@example.nl (Jan; Sales)\\nAction: failed\\nStatus: 5.1.1' | jan@example.nl",
        "'Final-Recipient: <jan@example.nl>; x\\nAction: failed\\nStatus: 5.1.1'        | jan@example.nl",
        "'Final-Recipient: \"Jan; Sales\" <jan@example.nl>\\nAction: failed\\nStatus: 5.1.1' | jan@example.nl",
        "'Final-Recipient: {x*33}; jan@example.nl\\nAction: failed\\nStatus: 5.1.1'     | {x*33}",
        "'Final-Recipient: {x*32}; jan@example.nl\\nAction: failed\\nStatus: 5.1.1'     | jan@example.nl",
        "'Final-Recipient: x;jan@example.nl\\nAction: failed\\nStatus: 5.1.1'           | jan@example.nl",
        "'Final-Recipient: rfc822;\\n jan@example.nl\\nAction: failed\\nStatus: 5.1.1'  | jan@example.nl",
    })
    void recipient_of_a_dsn_group(String input, String recipient) {
        List<ParsedReply> groups = ReplyParser.parseDeliveryStatus(expand(input));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).recipient()).isEqualTo(Optional.ofNullable(expand(recipient)));
        assertThat(groups.get(0).dsnAction()).contains(DsnAction.FAILED);
        assertThat(groups.get(0).dsnStatus()).contains(EnhancedStatusCode.parse("5.1.1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // multiline replies: the lines of the same reply, without their codes
        "'550-5.1.1 first\\n550-5.1.1 second\\n550 5.1.1 third'    | 550 | 5.1.1 | first second third",
        "'550-first\\n550 second'                                 | 550 |       | first second",
        "'550-first\\n550\\n550 x'                                 | 550 |       | first",
        "'550-first\\n550-\\n550 x'                                | 550 |       | first x",
        "'550-first\\n551 other'                                  | 550 |       | first",
        "'550-first\\n550x second'                                | 550 |       | first",
        "'550 first\\n550 second'                                 | 550 |       | first",
        "'550-5.1.1 first\\n550 second'                           | 550 | 5.1.1 | first second",
        "'550-5.1.1 first\\n550 5.1.1\\n550 5.1.1 x'                 | 550 | 5.1.1 | first",
        "'550-5.1.1 first\\n550-5.1.1\\n550 5.1.1 second'            | 550 | 5.1.1 | first second",
        "'550-5.1.1 first\\n550-5.1.10 second\\n550 5.1.1 third'   | 550 | 5.1.1 | first 5.1.10 second third",
        // folded (indented) continuation lines, but not stack frames and nested exceptions
        "'550 first\\n  cont'                                     | 550 |       | first cont",
        "'550 first\\r\\n  cont'                                  | 550 |       | first cont",
        "'550 first\\r  cont'                                     | 550 |       | first cont",
        "'  550 5.1.1 first\\n  cont'                             | 550 | 5.1.1 | first cont",
        "'  550 5.1.1 first\\n cont'                              | 550 | 5.1.1 | first",
        "'550 first\\n  at foo.Bar.baz(Bar.java:1)'               | 550 |       | first",
        "'550 first\\n  at noDot(x)'                              | 550 |       | first at noDot(x)",
        "'550 first\\n  at foo.Bar.baz'                           | 550 |       | first at foo.Bar.baz",
        "'550 first\\n  at foo.Bar.baz (x)'                       | 550 |       | first at foo.Bar.baz (x)",
        "'550 first\\n  at (x)'                                   | 550 |       | first at (x)",
        "'550 first\\n  at a.b('                                 | 550 |       | first",
        "'550 first\\n  atx.y(z)'                                | 550 |       | first atx.y(z)",
        "'550 first\\n  At a.b(c)'                               | 550 |       | first At a.b(c)",
        "'550 first\\n  at'                                      | 550 |       | first at",
        "'550 first\\n  at a'                                    | 550 |       | first at a",
        "'550 first\\n  at a(b)'                                 | 550 |       | first at a(b)",
        "'550 first\\n  at .(b)'                                 | 550 |       | first",
        "'550 first\\n  caused by:x'                             | 550 |       | first",
        "'550 first\\n  nested'                                  | 550 |       | first nested",
        "'550 first\\n  nested exception is: x'                   | 550 |       | first",
        "'550 first\\n  Caused by: x'                             | 550 |       | first",
        // text before the code, tails and openers
        "'Sorry, no mailbox here by that name. (#5.1.1)'         |     | 5.1.1 | Sorry, no mailbox here by that name.",
        "'Sorry, no mailbox here by that name. [#5.1.1]'         |     | 5.1.1 | Sorry, no mailbox here by that name.",
        "'Sorry, no mailbox here by that name. (5.1.1);'         |     | 5.1.1 | Sorry, no mailbox here by that name.",
        "'550 5.1.1 first (in reply to RCPT TO command)'         | 550 | 5.1.1 | first",
        "'550 5.1.1 User unknown #SMTP#'                         | 550 | 5.1.1 | User unknown",
        "'550 5.1.1 User unknown> #SMTP#'                        | 550 | 5.1.1 | User unknown",
        "'550 5.1.1 first;;'                                     | 550 | 5.1.1 | first",
        "'550 5.1.1 :,first'                                     | 550 | 5.1.1 | first",
        "'550 5.1.1 first)'                                      | 550 | 5.1.1 | first",
        "'550 5.1.1 first]'                                      | 550 | 5.1.1 | first",
        "'550 5.1.1 (first)'                                     | 550 | 5.1.1 | (first)",
        "'550 5.1.1 first##'                                     | 550 | 5.1.1 | first",
        "'550 5.1.1 first</p> more'                              | 550 | 5.1.1 | first",
        "'550 5.1.1 first<p> more'                               | 550 | 5.1.1 | first<p> more",
        "'550 5.1.1 first <'                                     | 550 | 5.1.1 | first <",
        "'(550 5.1.1 first)'                                     | 550 | 5.1.1 | first",
        "'[550 5.1.1 first]'                                     | 550 | 5.1.1 | first",
        // punctuation after a code at the end of a sentence is not text
        "'Mailbox unknown: 5.1.1.'                               |     | 5.1.1 | Mailbox unknown:",
        "'Sorry, no mailbox here by that name. (#5.1.1).'        |     | 5.1.1 | Sorry, no mailbox here by that name.",
        "'Mailbox unknown (5.1.1)!'                              |     | 5.1.1 | Mailbox unknown",
        "'The server said 550. Try again'                        | 550 |       | Try again",
        "'Delivery failed with status 5.1.1. Please check'       |     | 5.1.1 | Please check",
        // the bracket around a code is not text
        "'(#5.1.1) Mailbox unknown'                              |     | 5.1.1 | Mailbox unknown",
        "'[5.1.1] Mailbox unknown'                               |     | 5.1.1 | Mailbox unknown",
        "'(#5.1.1] Mailbox unknown'                              |     | 5.1.1 | ] Mailbox unknown",
        // a repeated code at the start of the text or inside it
        "'550 5.1.1 550 5.1.1 first'                             | 550 | 5.1.1 | first",
        "'550 5.1.1  550 5.1.1 first'                            | 550 | 5.1.1 | first",
        "'550 5.1.1 550 first'                                   | 550 | 5.1.1 | 550 first",
        "'550 5.1.1 first 550 5.1.1 second'                      | 550 | 5.1.1 | first second",
        "'550 5.1.1 first 550 second'                            | 550 | 5.1.1 | first 550 second",
        "'550 5.1.1 first 550'                                   | 550 | 5.1.1 | first 550",
        "'550 5.1.1 first 5501 second'                           | 550 | 5.1.1 | first 5501 second",
        "'550 5.1.1 first 550 5.1.1x'                            | 550 | 5.1.1 | first 550 5.1.1x",
        // the last line of a multiline reply: a bare code, at the end of the input, folded lines after it
        "'550-first\\n550\\n  cont'                               | 550 |       | first cont",
        "'550-first\\n550'                                       | 550 |       | first",
        "'550 first\\n  '                                        | 550 |       | first",
        "'550 first\\r'                                          | 550 |       | first",
        "'550 first\\n  550, see above'                          | 550 |       | first 550, see above",
        "'550 5.1.1 (in reply to RCPT TO command)'               | 550 | 5.1.1 | ''",
        // the quote around a reply, a quote or a bracket inside it
        "'said \"550 5.1.1 User unknown\"'                         | 550 | 5.1.1 | User unknown",
        "'550 5.1.1 User \"unknown\"'                              | 550 | 5.1.1 | User \"unknown\"",
        "'550 5.1.1 User unknown [x]'                            | 550 | 5.1.1 | User unknown [x]",
        // the text before a code is the text of its own line only
        "'x\\n  Sorry, no mailbox here by that name. (#5.1.1)'     |     | 5.1.1 | Sorry, no mailbox here by that name.",
        // the text cap counts from the first character of the text
        "'550 5.1.1\\n  {a*1000}'                                 | 550 | 5.1.1 | {a*1000}",
        "'(5.1.1){1*1000}'                                       |     | 5.1.1 | {1*1000}",
        // a code far into its line or the input; a folded line of 65536 characters is read, a longer one is not
        "'{x*10000} 550-5.1.1 first\\n550 5.1.1 last'              | 550 | 5.1.1 | first last",
        "'{x*70000}\\n550 first\\n  cont'                         | 550 |       | first cont",
        "'550 first\\n  {x*65534}'                                | 550 |       | first {x*994}",
        "'550 first\\n  {x*65535}'                                | 550 |       | first",
    })
    void text_of_a_reply(String input, Integer reply, String enhanced, String text) {
        ParsedReply p = ReplyParser.parse(expand(input));
        assertThat(p.replyCode()).isEqualTo(Optional.ofNullable(reply).map(ReplyCode::of));
        assertThat(p.enhancedCode()).isEqualTo(Optional.ofNullable(enhanced).map(EnhancedStatusCode::parse));
        assertThat(p.text()).isEqualTo(expand(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a failure beats a success, the first of equals wins
        "'said: 250 ok x 550 no'           | 550 |        |           | no",
        "'x 250 ok x 450 no'               | 450 |        |           | no",
        "'x 550 no x 250 ok'               | 550 |        |           | no x 250 ok",
        // a code after "said:" and the like (up to four blanks back) or at a line start beats an earlier one
        "'x 551 a, said: 550 no'           | 550 |        |           | no",
        "'x 551 a, said 550 no'            | 551 |        |           | a, said 550 no",
        "'x 551 a, said;550 no'            | 550 |        |           | no",
        "'x 551 a, said ''550 no'          | 550 |        |           | no",
        "'x 551 a, said \"550 no'          | 550 |        |           | no",
        "'x 551 a, said (550 no'           | 550 |        |           | no",
        "'x 551 a, said #550 no'           | 550 |        |           | no",
        "'x 551 a, said =550 no'           | 550 |        |           | no",
        "'x 551 a, said <550 no'           | 551 |        |           | a, said <550 no",
        "'x 551 a, said [550 no'           | 551 |        |           | a, said [550 no",
        "'x 551 a, said:   550 no'         | 550 |        |           | no",
        "'x 551 a, said:    550 no'        | 550 |        |           | no",
        "'x 551 a, said:     550 no'       | 551 |        |           | a, said: 550 no",
        "'x 551 a\\n550 no'                 | 550 |        |           | no",
        "'x 551 a\\n  550 no'               | 550 |        |           | no",
        "'x 551 a\\n> 550 no'               | 550 |        |           | no",
        "'x 251 a, said: 250 no'           | 250 |        |           | no",
        "'x 251 a, said 450 no'            | 450 |        |           | no",
        "'said: 451 a, x 550 no'           | 451 |        |           | a, x 550 no",
        "'said: 251 a, x 350 no'           | 251 |        |           | a, x 350 no",
        "'said: 351 a, x 250 no'           | 351 |        |           | a, x 250 no",
        // a date and a time are no code; three digits or three spaces are no time
        "'on 4.5.24 12:05 failed'          |     |        |           |",
        "'on 4.5.24 1:05 failed'           |     |        |           |",
        "'on 4.5.24  12:05 failed'         |     |        |           |",
        "'on 4.5.24 123:05 failed'         |     | 4.5.24 |           | 123:05 failed",
        "'on 4.5.24   12:05 failed'        |     | 4.5.24 |           | 12:05 failed",
        "'on 4.5.24 12:'                   |     | 4.5.24 |           | on 12:",
        "'on 4.5.24 12:x'                  |     | 4.5.24 |           | 12:x",
        "'on 4.5.24 12'                    |     | 4.5.24 |           | on 12",
        "'on 4.5.24 :05'                   |     | 4.5.24 |           | on :05",
        // a quantity with its unit is no code
        "'got 550 bytes'                   |     |        |           |",
        "'got 550  bytes'                  |     |        |           |",
        "'got 550 %'                       |     |        |           |",
        "'got 550 ms.'                     |     |        |           |",
        "'got 550   bytes'                 | 550 |        |           | bytes",
        "'got 550 bytesx'                  | 550 |        |           | bytesx",
        "'got 550'                         | 550 |        |           | ''",
        // a time or an IPv6 address before the number
        "'at 12:550 x'                     |     |        |           |",
        "'at 1:550 x'                      |     |        |           |",
        "'at ::550 x'                      |     |        |           |",
        "'x:550 x'                         | 550 |        |           | x",
        // a basic and an enhanced code are a pair across one to four spaces, dashes or hashes
        "'550    4.2.2 x'                  | 550 | 4.2.2  |           | x",
        "'550     4.2.2 x'                 |     | 4.2.2  |           | x",
        "'550-4.2.2 x'                     | 550 | 4.2.2  |           | x",
        "'550 -#-4.2.2 x'                  | 550 | 4.2.2  |           | x",
        "'550 _4.2.2 x'                    | 550 |        |           | _4.2.2 x",
        "'550 4.2.2: x'                    | 550 | 4.2.2  |           | x",
        "'550 4.2.2-1 x'                   | 550 |        |           | 4.2.2-1 x",
        "'550 4.2.2:1 x'                   | 550 |        |           | 4.2.2:1 x",
        "'5504.2.2 x'                      |     |        |           |",
        // providers named by the text
        "'550 5.1.1 gsmtp'                 | 550 | 5.1.1  | GOOGLE    | gsmtp",
        "'550 5.1.1 gsmtpx'                | 550 | 5.1.1  |           | gsmtpx",
        "'550 5.1.1 gsmtp.'                | 550 | 5.1.1  | GOOGLE    | gsmtp.",
        "'550 5.1.1 gsmtp-'                | 550 | 5.1.1  | GOOGLE    | gsmtp-",
        "'550 5.7.1 by mx.google.com- x'   | 550 | 5.7.1  | GOOGLE    | by mx.google.com- x",
        "'550 5.7.1 by a. x'               | 550 | 5.7.1  |           | by a. x",
        "'550 5.7.1 resolver.adr.recipientnotfound' | 550 | 5.7.1 | MICROSOFT | resolver.adr.recipientnotfound",
        "'550 5.7.1 resolver.x'            | 550 | 5.7.1  | MICROSOFT | resolver.x",
        // each Exchange prefix counts with anything after it, the shortest one too; the prefix alone does not
        "'550 5.7.1 routing.x'             | 550 | 5.7.1  | MICROSOFT | routing.x",
        "'550 5.7.1 STOREDRV.Deliver'      | 550 | 5.7.1  | MICROSOFT | STOREDRV.Deliver",
        "'550 5.7.1 smtpsend.dns'          | 550 | 5.7.1  | MICROSOFT | smtpsend.dns",
        "'550 5.7.1 routing.'              | 550 | 5.7.1  |           | routing.",
        "'550 5.7.1 routings.x'            | 550 | 5.7.1  |           | routings.x",
        "'550 5.7.1 by mx.google.com'      | 550 | 5.7.1  | GOOGLE    | by mx.google.com",
        "'550 5.7.1 by mx.google.com.'     | 550 | 5.7.1  | GOOGLE    | by mx.google.com.",
        "'550 5.7.1 by google.com'         | 550 | 5.7.1  | GOOGLE    | by google.com",
        "'550 5.7.1 by xgoogle.com'        | 550 | 5.7.1  |           | by xgoogle.com",
        "'550 5.7.1 by outlook.com'        | 550 | 5.7.1  | MICROSOFT | by outlook.com",
        "'550 5.7.1 by x.yahoodns.net'     | 550 | 5.7.1  | YAHOO     | by x.yahoodns.net",
        "'550 5.7.1 by icloud.com'         | 550 | 5.7.1  | APPLE     | by icloud.com",
        "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found [DB8EUR05FT001.eop-eur05.prod.protection.outlook.com]'"
            + " | 550 | 5.1.10 | MICROSOFT | RESOLVER.ADR.RecipientNotFound; not found"
            + " [DB8EUR05FT001.eop-eur05.prod.protection.outlook.com]",
        // a provider named strongly (gsmtp) beats a host after "relay", outside the chosen reply
        "'Received via relay mx.outlook.com\\nRemote server (gsmtp) said:\\n550 5.1.1 User unknown'"
            + " | 550 | 5.1.1 | GOOGLE | User unknown",
        // two codes in a row: the first; a lone enhanced code takes the first, else the strongest, reply of its class
        "'x 550 551 no'                    | 550 |        |           | 551 no",
        "'x 550 rejected, x 551 moved, x 5.1.1 unknown' | 550 | 5.1.1 |  | unknown",
        "'x 550 rejected\\n551 moved\\nx 5.1.1 unknown' | 551 | 5.1.1 |  | unknown",
        "'550 5.0.0 Recipient rejected: 5.1.1 User unknown' | 550 | 5.1.1 |  | User unknown",
        // a lone enhanced code at a line start beats one inside a line; a comma at a line start is no line start
        "'x 5.1.2 full\\n5.1.1 unknown'    |     | 5.1.1  |           | unknown",
        "'x 551 a\\n, 550 no'              | 551 |        |           | a",
        // a colon before a code: at the start of the input, after a digit at the start of a line
        "':550 no'                         | 550 |        |           | no",
        "'1:550 x'                         |     |        |           |",
        // an address in angle brackets is never read for codes
        "'Mailbox unavailable <4.2.2!a@example.nl>' |  |     |           |",
        // version and number words, in any case; a number, a blank line or a header field ends their reach
        "'Powered by ZIMBRA 5.0.1'         |     |        |           |",
        "'Connecting to mx.example.nl port 25: 550 Mailbox unavailable' | 550 |  |  | Mailbox unavailable",
        "'Failed after retry count\\n\\n550 Mailbox unavailable' | 550 |  |  | Mailbox unavailable",
        "'Generated by Postfix\\nDate: Mon, 1 Jan 2024 10:00:00 +0100\\n5.1.1 User unknown' |  | 5.1.1 |  | User unknown",
        // ... and so does a line break: the words of one line are no context for the next
        "'Failed after retry count\\n550 Mailbox unavailable' | 550 |  |  | Mailbox unavailable",
        "'Generated by Postfix\\n5.1.1 User unknown' |  | 5.1.1 |  | User unknown",
        "'Failed after retry count 550 Mailbox unavailable' |  |  |  |",
        "'Powered by ZIMBRA\\n  5.0.1'        |     |        |           |",
    })
    void codes_and_provider_of_a_text(String input, Integer reply, String enhanced, Provider provider, String text) {
        Optional<ParsedReply> p = ReplyParser.tryParse(expand(input));
        if (reply == null && enhanced == null) {
            assertThat(p).isEmpty();
            return;
        }
        assertThat(p).isPresent();
        assertThat(p.get().replyCode()).isEqualTo(Optional.ofNullable(reply).map(ReplyCode::of));
        assertThat(p.get().enhancedCode()).isEqualTo(Optional.ofNullable(enhanced).map(EnhancedStatusCode::parse));
        assertThat(p.get().provider()).isEqualTo(Optional.ofNullable(provider));
        assertThat(p.get().text()).isEqualTo(text);
    }

    @Test
    void folded_diagnostic_code_is_joined_with_one_space() {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus("Final-Recipient: rfc822; jan@example.nl\n"
                + "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.example.nl\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 User\n    unknown\n\t here\n");
        assertThat(r).hasSize(1);
        ParsedReply p = r.get(0);
        assertThat(p.text()).isEqualTo("User unknown here");
        assertThat(p.replyCode()).contains(ReplyCode.of(550));
        assertThat(p.remoteMta()).contains("mx.example.nl");
    }

    @Test
    void blank_folded_line_adds_nothing_and_groups_stay_apart() {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus("Final-Recipient: rfc822; jan@example.nl\n"
                + "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User\n    \n\n"
                + "Final-Recipient: rfc822; piet@example.nl\nAction: delayed\nStatus: 4.2.2\n");
        assertThat(r).extracting(ParsedReply::text).containsExactly("User", "");
        assertThat(r).extracting(p -> p.recipient().orElseThrow()).containsExactly("jan@example.nl",
                "piet@example.nl");
        assertThat(r.get(1).dsnAction()).contains(DsnAction.DELAYED);
        assertThat(r.get(1).replyCode()).isEmpty();
    }

    @Test
    void a_remote_mta_alone_is_no_recipient_group() {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus("Reporting-MTA: dns; mx.example.nl\n\n"
                + "Remote-MTA: dns; mx.example.nl\n\nFinal-Recipient: rfc822; jan@example.nl\nAction: failed\n"
                + "Status: 5.1.1\n");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).recipient()).contains("jan@example.nl");
    }

    @Test
    void original_recipients_start_new_groups() {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus("Original-Recipient: rfc822; jan@example.nl\n"
                + "Action: failed\nStatus: 5.1.1\n\nOriginal-Recipient: rfc822; piet@example.nl\nAction: failed\n"
                + "Status: 5.2.2\n");
        assertThat(r).extracting(p -> p.recipient().orElseThrow()).containsExactly("jan@example.nl",
                "piet@example.nl");
        assertThat(r).extracting(p -> p.dsnStatus().orElseThrow().toString()).containsExactly("5.1.1", "5.2.2");
    }

    /**
     * Where an Original-Recipient field starts a new recipient group. Each row: the fields (one a line), then the
     * groups read, each as recipient/action/status/remote MTA/reply code ({@code -} for none), separated by
     * {@code ;}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Remote-MTA: dns; mx.example.nl\\nOriginal-Recipient: rfc822; jan@example.nl\\nAction: failed\\nStatus: 5.1.1'"
            + " | jan@example.nl/FAILED/5.1.1/mx.example.nl/-",
        "'Final-Recipient: rfc822; jan@example.nl\\nOriginal-Recipient: rfc822; jan2@example.nl\\nAction: failed\\n"
            + "Status: 5.1.1' | jan2@example.nl/FAILED/5.1.1/-/-",
        "'Diagnostic-Code: smtp; 550 5.1.1 unknown\\nOriginal-Recipient: rfc822; jan@example.nl\\nAction: failed\\n"
            + "Status: 5.1.1' | -/-/-/-/550;jan@example.nl/FAILED/5.1.1/-/-",
        "'Original-Recipient: rfc822; a@example.nl\\nOriginal-Recipient: rfc822; b@example.nl\\nAction: failed\\n"
            + "Status: 5.1.1' | b@example.nl/FAILED/5.1.1/-/-",
        "'Original-Recipient: rfc822; a@example.nl\\nFinal-Recipient: rfc822; b@example.nl\\nAction: failed\\n"
            + "Status: 5.1.1' | b@example.nl/FAILED/5.1.1/-/-",
        // a Final-Recipient after a Remote-MTA alone stays in its group too
        "'Remote-MTA: dns; mx.example.nl\\nFinal-Recipient: rfc822; jan@example.nl\\nAction: failed\\nStatus: 5.1.1'"
            + " | jan@example.nl/FAILED/5.1.1/mx.example.nl/-",
    })
    void original_recipient_and_the_group_before_it(String input, String groups) {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus(expand(input));
        assertThat(r).extracting(p -> p.recipient().orElse("-") + "/" + p.dsnAction().map(Object::toString).orElse("-")
                + "/" + p.dsnStatus().map(Object::toString).orElse("-") + "/" + p.remoteMta().orElse("-") + "/"
                + p.replyCode().map(Object::toString).orElse("-"))
                .containsExactly(groups.split(";"));
    }

    /** Blank lines, lines that are no field and line ends end a field and a group. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1\\n\\nStatus: 5.2.2'"
            + " | a@example.nl/5.1.1/FAILED/-/;-/5.2.2/-/-/",
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1\\nsome text here\\nStatus: 5.2.2'"
            + " | a@example.nl/5.1.1/FAILED/-/;-/5.2.2/-/-/",
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1\\nDiagnostic-Code: smtp; 550 5.1.1 a"
            + "\\nb c' | a@example.nl/5.1.1/FAILED/550/a",
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1\\nDiagnostic-Code: smtp; 550 5.1.1 a"
            + "\\n b c' | a@example.nl/5.1.1/FAILED/550/a b c",
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1\\nX-Foo: 550 5.2.2 no\\n y 551 5.3.3'"
            + " | a@example.nl/5.1.1/FAILED/-/",
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1\\nDiagnostic-Code: smtp; 550 5.1.1 a"
            + "\\r\\n b c\\r\\n\\r\\nFinal-Recipient: rfc822; b@example.nl\\r\\nAction: failed\\r\\nStatus: 5.2.2'"
            + " | a@example.nl/5.1.1/FAILED/550/a b c;b@example.nl/5.2.2/FAILED/-/",
        "'Final-Recipient: rfc822; a@example.nl\\rAction: failed\\rStatus: 5.1.1\\r\\rFinal-Recipient: rfc822;"
            + " b@example.nl\\rAction: failed\\rStatus: 5.2.2' | a@example.nl/5.1.1/FAILED/-/;b@example.nl/5.2.2/FAILED/-/",
        // a blank first line (LF or CR); a Status that is a reply line
        "'\\nFinal-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 5.1.1' | a@example.nl/5.1.1/FAILED/-/",
        "'\\rFinal-Recipient: rfc822; a@example.nl\\rAction: failed\\rStatus: 5.1.1' | a@example.nl/5.1.1/FAILED/-/",
        "'Final-Recipient: rfc822; a@example.nl\\nAction: failed\\nStatus: 550 5.1.1 mailbox unavailable'"
            + " | a@example.nl/5.1.1/FAILED/550/mailbox unavailable",
    })
    void dsn_fields_and_group_ends(String input, String groups) {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus(expand(input));
        assertThat(r).extracting(p -> p.recipient().orElse("-") + "/" + p.enhancedCode().map(Object::toString).orElse("-")
                + "/" + p.dsnAction().map(Object::toString).orElse("-") + "/"
                + p.replyCode().map(Object::toString).orElse("-") + "/" + p.text())
                .containsExactly(groups.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dns;mx.example.nl", "mx.example.nl", "dns; mx.example.nl (192.0.2.1)",
        "dns; <mx.example.nl>"})
    void remote_mta_without_its_type(String value) {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus("Final-Recipient: rfc822; jan@example.nl\nAction: failed\n"
                + "Status: 5.1.1\nRemote-MTA: " + value + "\n");
        assertThat(r).singleElement().satisfies(p -> assertThat(p.remoteMta()).contains("mx.example.nl"));
    }

    /** A code right before a full stop is a code (the text after it is not pinned here). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'The server said 550. Try again'                  | 550 |",
        "'Delivery failed with status 5.1.1. Please check' |     | 5.1.1",
    })
    void code_before_a_full_stop(String input, Integer reply, String enhanced) {
        Optional<ParsedReply> p = ReplyParser.tryParse(expand(input));
        assertThat(p).isPresent();
        assertThat(p.get().replyCode()).isEqualTo(Optional.ofNullable(reply).map(ReplyCode::of));
        assertThat(p.get().enhancedCode()).isEqualTo(Optional.ofNullable(enhanced).map(EnhancedStatusCode::parse));
    }

    /**
     * The enhanced code, provider and text of one DSN group read from its Diagnostic-Code and Status: the type of a
     * diagnostic is one word, a diagnostic is kept up to 8192 characters, a Status that is no code does not replace
     * the diagnostic's code, a host at the start of the diagnostic counts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Status: 5.2.2\\nDiagnostic-Code: mailbox full; try later'      | 5.2.2 |        | mailbox full; try later",
        "'Status: 5.1.1\\nDiagnostic-Code: smtp; {x*8200}\\n 550 5.1.1 User unknown' | 5.1.1 |  | {x*1000}",
        "'Status: 550 User unknown\\nDiagnostic-Code: smtp; 5.1.1 User unknown' | 5.1.1 |  | User unknown",
        "'Status: 5.1.1\\nDiagnostic-Code: smtp; mx.google.com said: 550 5.1.1 User unknown' | 5.1.1 | GOOGLE"
            + " | User unknown",
    })
    void code_provider_and_text_of_a_dsn_group(String fields, String enhanced, Provider provider, String text) {
        List<ParsedReply> r = ReplyParser.parseDeliveryStatus(
                "Final-Recipient: rfc822; a@example.nl\nAction: failed\n" + expand(fields));
        assertThat(r).hasSize(1);
        ParsedReply p = r.get(0);
        assertThat(p.recipient()).contains("a@example.nl");
        assertThat(p.enhancedCode()).isEqualTo(Optional.ofNullable(enhanced).map(EnhancedStatusCode::parse));
        assertThat(p.provider()).isEqualTo(Optional.ofNullable(provider));
        assertThat(p.text()).isEqualTo(expand(text));
    }

    /** The lines of a multiline reply are read up to 16384 characters past its code. */
    @Test
    void multiline_reply_is_read_up_to_16384_characters_past_its_code() {
        // "550-first one\n" is 14 characters, each "550-\n" 5: the last line starts 16379 or 16384 past the code
        assertThat(ReplyParser.parse("550-first one\n" + "550-\n".repeat(3273) + "550 last").text())
                .isEqualTo("first one last");
        assertThat(ReplyParser.parse("550-first one\n" + "550-\n".repeat(3274) + "550 last").text())
                .isEqualTo("first one");
    }

    /** Only the first 65536 characters of a line are read: a "sender" after them does not make the address one. */
    @Test
    void sender_after_the_line_limit_is_not_read() {
        String line = "550 5.1.1 " + "x".repeat(65511) + " <s@example.nl>sender";
        assertThat(line.indexOf('>')).isEqualTo(ReplyParser.MAX_LINE_CHARS - 1);
        assertThat(ReplyParser.parse(line).recipient()).contains("s@example.nl");
    }

    // --- the text cap -------------------------------------------------------------------------------------------

    @Test
    void text_is_capped_at_1000_characters() {
        String t = ReplyParser.parse("550 5.1.1 " + "a".repeat(1000) + " b").text();
        assertThat(t).isEqualTo("a".repeat(1000));
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(999)).text()).isEqualTo("a".repeat(999));
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(998) + " b c").text())
                .isEqualTo("a".repeat(998) + " b");
    }

    /** Regression: the cap split a surrogate pair and the text ended in a lone high surrogate. */
    @Test
    void text_cap_never_splits_a_surrogate_pair() {
        String emoji = "\uD83D\uDE00";
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(999) + emoji + "more").text())
                .isEqualTo("a".repeat(999));
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(998) + emoji + "more").text())
                .isEqualTo("a".repeat(998) + emoji);
    }
}
