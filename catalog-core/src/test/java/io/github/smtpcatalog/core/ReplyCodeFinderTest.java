// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ReplyCodeFinder} and {@link CodeMatch}: a table of texts and their first match, iteration, bad input. */
class ReplyCodeFinderTest {

    static final String REPLY_LINE =
            "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table";
    static final String POSTFIX = "<jan@example.nl>: host mx.example.nl[192.0.2.10] said: 550 5.1.1"
            + " <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table (in reply to"
            + " RCPT TO command)";
    static final String GMAIL = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
            + "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
            + "550-5.1.1 unnecessary spaces. For more information, go to\r\n"
            + "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp";

    /**
     * Text, then the expected first match as "reply enhanced recipient start end" (recipient "-" for none), or
     * "none".
     */
    static Stream<Arguments> table() {
        return Stream.of(
                row("reply line", REPLY_LINE, "550 5.1.1 jan@example.nl 0 26"),
                row("multiline reply, first line", GMAIL, "550 5.1.1 - 0 9"),
                row("Postfix bounce line", POSTFIX, "550 5.1.1 jan@example.nl 55 81"),
                row("Exchange NDR", "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient"
                        + " not found by SMTP address lookup'", "550 5.1.10 - 24 34"),
                row("Exchange NDR with hashes", "#550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##",
                        "550 5.1.1 - 1 10"),
                row("Exchange diagnostic", "#< #5.1.1 smtp;550 5.1.1 User unknown> #SMTP#", "550 5.1.1 - 15 24"),
                row("Gmail over quota", "452-4.2.2 The email account that you tried to reach is over quota.",
                        "452 4.2.2 - 0 9"),
                row("Jakarta Mail exception text", "com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1"
                        + " <jan@example.nl>... User unknown", "550 5.1.1 jan@example.nl 46 72"),
                row("codes that disagree", "550 4.2.2 Mailbox full", "550 4.2.2 - 0 9"),
                row("success", "250 2.0.0 Ok: queued as 4Wq3x71SZkz9sQ", "250 2.0.0 - 0 9"),
                row("the first of two", "421 4.7.0 Try again later; 550 5.7.1 <jan@example.nl>", "421 4.7.0 - 0 9"),
                // what only looks like codes: no pair of a reply code and an enhanced code
                row("IP address", "Connected to 192.0.2.1 port 25", "none"),
                row("IP address and a lone code", "host 192.0.2.1 said: 5.1.1 User unknown", "none"),
                row("versions", "Postfix 2.11.0, Exim 4.94.2, v5.1.1", "none"),
                row("time and code", "at 12:05:01 5.1.1 rejected", "none"),
                row("host in brackets", "mx1.example.nl[192.0.2.250] 5.1.1", "none"),
                row("date", "2025-03-11 5.1.1", "none"),
                row("reply code glued to a digit", "1550 5.1.1 User unknown", "none"),
                row("reply code glued to a letter", "x550 5.1.1 User unknown", "none"),
                row("reply code after an underscore", "_550 5.1.1", "none"),
                row("enhanced code glued to a letter", "550 5.1.1a User unknown", "none"),
                row("after a dot, as the expression does", "192.0.2.250 5.1.1", "250 5.1.1 - 8 17"),
                row("a dot after the detail, as the expression does", "550 5.1.1.2", "550 5.1.1 - 0 9"),
                row("enhanced code alone", "5.1.1", "none"),
                row("DSN status alone", "Status: 5.1.1", "none"),
                row("reply code alone", "550 User unknown", "none"),
                // edges of the codes
                row("largest numbers", "550 5.999.999", "550 5.999.999 - 0 13"),
                row("zeros", "550 5.0.0", "550 5.0.0 - 0 9"),
                row("subject of four digits", "550 5.1000.1", "none"),
                row("detail of four digits", "550 5.1.1000", "none"),
                row("leading zero in the class", "550 05.1.1", "none"),
                row("leading zero in the subject", "550 5.01.1", "none"),
                row("leading zero in the detail", "550 5.1.01", "none"),
                row("class 3", "550 3.1.1", "none"),
                row("intermediate reply", "354 5.1.1", "none"),
                row("reply code above 559", "566 5.1.1", "none"),
                row("reply code 599", "599 5.1.1", "none"),
                row("two spaces", "550  5.1.1", "none"),
                row("tab", "550\t5.1.1", "none"),
                row("no detail", "550 5.1.", "none"),
                row("two parts", "550 5.1 User unknown", "none"),
                row("after a skipped code", "550 5.01.1 x 551 5.1.6", "551 5.1.6 - 13 22"),
                // characters outside ASCII
                row("lone surrogates around", "\ud800550 5.1.1\udc00", "550 5.1.1 - 1 10"),
                row("a lone surrogate inside", "550 5.1.\ud8001", "none"),
                row("surrogate pair before", "\ud83d\ude00550 5.1.1", "550 5.1.1 - 2 11"),
                row("full-width digits", "５５０ ５.１.１", "none"),
                row("full-width digit before", "５550 5.1.1", "none"),
                row("full-width digit after", "550 5.1.1５", "none"),
                row("Arabic-Indic digit before", "٥550 5.1.1", "none"),
                row("accented letter before", "é550 5.1.1", "none"),
                row("combining mark on a letter before", "e\u0301550 5.1.1", "none"),
                row("combining mark after", "550 5.1.1\u0301", "none"),
                // Java 17's \b does not see the letter U+1D400 under the mark and matches here (see the Javadoc)
                row("combining mark on a letter outside the BMP", "\ud835\udc00\u0301550 5.1.1", "none"),
                row("no-break space after", "550 5.1.1\u00a0<jan@example.nl>", "550 5.1.1 - 0 9"),
                row("empty", "", "none"),
                row("shorter than a code", "550 5.1", "none"),
                // the recipient
                row("recipient after a tab", "550 5.1.1\t<jan@example.nl>", "550 5.1.1 jan@example.nl 0 26"),
                row("recipient on the next line", "550 5.1.1\r\n  <jan@example.nl>", "550 5.1.1 jan@example.nl 0 29"),
                row("recipient right after the code", "550 5.1.1<jan@example.nl>", "550 5.1.1 - 0 9"),
                row("recipient not closed", "550 5.1.1 <jan@example.nl", "550 5.1.1 - 0 9"),
                row("recipient with a space", "550 5.1.1 <jan @example.nl>", "550 5.1.1 - 0 9"),
                row("recipient without local part", "550 5.1.1 <@example.nl>", "550 5.1.1 - 0 9"),
                row("recipient without domain", "550 5.1.1 <jan@>", "550 5.1.1 - 0 9"),
                row("recipient without @", "550 5.1.1 <postmaster>", "550 5.1.1 - 0 9"),
                row("recipient with two @", "550 5.1.1 <jan@example.nl@example.com>",
                        "550 5.1.1 jan@example.nl@example.com 0 38"),
                row("recipient with a bracket inside", "550 5.1.1 <jan<x>@example.nl>", "550 5.1.1 - 0 9"),
                row("recipient after text", "550 5.1.1 User unknown <jan@example.nl>", "550 5.1.1 - 0 9"),
                row("recipient cut off in the local part", "550 5.1.1 <jan", "550 5.1.1 - 0 9"),
                row("recipient cut off in the domain", "550 5.1.1 <jan@example.nl", "550 5.1.1 - 0 9"),
                // codes that end the text: each digit count of subject and detail
                row("subject of three digits at the end", "550 5.123", "none"),
                row("subject of two digits at the end", "550 5.12", "none"),
                row("detail of two digits at the end", "550 5.1.10", "550 5.1.10 - 0 10"),
                row("detail of three digits at the end", "550 5.1.100", "550 5.1.100 - 0 11"),
                // a nonspacing mark belongs to the letter or digit before it, not to a space or the start
                row("combining mark after a space before", " \u0301550 5.1.1", "550 5.1.1 - 2 11"),
                row("combining mark at the start", "\u0301550 5.1.1", "550 5.1.1 - 1 10"),
                row("two combining marks after a space", " \u0301\u0301550 5.1.1", "550 5.1.1 - 3 12"),
                row("two combining marks on a letter", "e\u0301\u0301550 5.1.1", "none"),
                row("C1 control before", "\u0080550 5.1.1", "550 5.1.1 - 1 10"),
                row("C1 control after", "550 5.1.1\u0080", "550 5.1.1 - 0 9"));
    }

    /** The ASCII characters around the letter, digit and underscore ranges, before and after a code. */
    static Stream<Arguments> asciiNeighbours() {
        return Stream.of("`", "a", "z", "{", "@", "A", "Z", "[", "/", "0", "9", ":", "_", "^", "-", " ")
                .map(c -> Arguments.of(c, c.matches("[A-Za-z0-9_]")));
    }

    @ParameterizedTest(name = "\"{0}\" is a word character: {1}")
    @MethodSource("asciiNeighbours")
    void onlyAsciiLettersDigitsAndUnderscoreGlueToACode(String c, boolean word) {
        assertThat(ReplyCodeFinder.find("x" + c + "550 5.1.1 <jan@example.nl>").isPresent()).as("before")
                .isEqualTo(!word);
        // after a three-digit detail, so that a digit makes a fourth one
        assertThat(ReplyCodeFinder.find("550 5.1.100" + c).isPresent()).as("after").isEqualTo(!word);
    }

    /** Any number of characters before a code, so the look-ahead of the search meets it at every offset. */
    @ParameterizedTest(name = "{0} characters before")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
    void findsACodeAtEveryOffset(int k) {
        for (String filler : List.of("x", " ", "-", ".", "5", "2")) {
            for (String code : List.of("550 5.1.1", "550-5.1.1", "421 4.7.0")) {
                String text = filler.repeat(k) + (k == 0 ? "" : " ") + code + " x";
                int start = k == 0 ? 0 : k + 1;
                assertThat(describe(ReplyCodeFinder.find(text))).as(text)
                        .isEqualTo(code.replace('-', ' ') + " - " + start + " " + (start + 9));
            }
        }
    }

    private static Arguments row(String name, String text, String expected) {
        return Arguments.argumentSet(name, text, expected);
    }

    @ParameterizedTest
    @MethodSource("table")
    void findsTheFirstPair(String text, String expected) {
        assertThat(describe(ReplyCodeFinder.find(text))).isEqualTo(expected);
        assertThat(describe(ReplyCodeFinder.find(new StringBuilder(text)))).as("in a StringBuilder")
                .isEqualTo(expected);
        ReplyCodeFinder.find(text).ifPresent(m -> {
            assertThat(ReplyCodeFinder.find(text, m.start())).contains(m);
            assertThat(text.substring(m.start(), m.start() + 3)).isEqualTo(m.replyCode().toString());
        });
    }

    static String describe(Optional<CodeMatch> found) {
        if (found.isEmpty()) {
            return "none";
        }
        CodeMatch m = found.get();
        return m.replyCode() + " " + m.enhancedCode() + " " + m.recipient().orElse("-") + " " + m.start() + " "
                + m.end();
    }

    @Test
    void iteratesOverEveryPairInOrder() {
        List<String> found = new ArrayList<>();
        for (Optional<CodeMatch> m = ReplyCodeFinder.find(GMAIL); m.isPresent();
                m = ReplyCodeFinder.find(GMAIL, m.get().end())) {
            found.add(describe(m));
        }
        assertThat(found).containsExactly("550 5.1.1 - 0 9", "550 5.1.1 - 80 89", "550 5.1.1 - 150 159",
                "550 5.1.1 - 209 218");
    }

    @Test
    void theJavadocExamplesHold() {
        assertThat(ReplyCodeFinder.find("550 5.1.1 <jan@example.nl>: Recipient address rejected").orElseThrow()
                .recipient()).contains("jan@example.nl");
        assertThat(ReplyCodeFinder.find("Connected to 192.0.2.1 port 25")).isEmpty();
        String reply = "550-5.1.1 The email account that you tried to reach does not exist.\n"
                + "550 5.1.1 Please try double-checking the recipient's email address. - gsmtp";
        List<Integer> starts = new ArrayList<>();
        for (Optional<CodeMatch> m = ReplyCodeFinder.find(reply); m.isPresent();
                m = ReplyCodeFinder.find(reply, m.get().end())) {
            starts.add(m.get().start());
        }
        assertThat(starts).containsExactly(0, 68);
        assertThat(ReplyCodeFinder.find("host mx.example.nl[192.0.2.10] said: 550 5.1.1 <jan@example.nl>: User"
                + " unknown").map(CodeMatch::enhancedCode)).contains(EnhancedStatusCode.of(5, 1, 1));
        String two = "550 5.1.1 <jan@example.nl> User unknown; 452 4.2.2 <piet@example.nl> Mailbox full";
        assertThat(ReplyCodeFinder.find(two, 26).orElseThrow().recipient()).contains("piet@example.nl");
        String line = "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown";
        CodeMatch m = ReplyCodeFinder.find(line).orElseThrow();
        assertThat(line.substring(m.start(), m.end())).isEqualTo("550 5.1.1 <jan@example.nl>");
        // docs/usage.md
        String log = "Mar 11 14:02:33 mail postfix/smtp[812]: to=<jan@example.nl>, relay=mx.example.nl[192.0.2.10]:25,"
                + " status=bounced (host mx.example.nl[192.0.2.10] said: 550 5.1.1 <jan@example.nl>: User unknown)";
        assertThat(ReplyCodeFinder.find(log).map(CodeMatch::enhancedCode)).contains(EnhancedStatusCode.of(5, 1, 1));
        assertThat(ReplyCodeFinder.find(log).flatMap(CodeMatch::recipient)).contains("jan@example.nl");
    }

    @Test
    void startsAtFromButLooksBeforeItForTheBoundary() {
        String text = "x550 5.1.1 and 452 4.2.2 <piet@example.nl> and 421 4.7.0";
        assertThat(ReplyCodeFinder.find(text, 1)).as("x before from still glues the code").isPresent()
                .get().extracting(CodeMatch::start).isEqualTo(15);
        assertThat(describe(ReplyCodeFinder.find(text, 15))).isEqualTo("452 4.2.2 piet@example.nl 15 42");
        assertThat(describe(ReplyCodeFinder.find(text, 16))).isEqualTo("421 4.7.0 - 47 56");
        assertThat(ReplyCodeFinder.find(text, 48)).isEmpty();
        assertThat(ReplyCodeFinder.find(text, text.length())).isEmpty();
        assertThat(ReplyCodeFinder.find("", 0)).isEmpty();
    }

    @Test
    void returnsTheSharedCodeInstances() {
        CodeMatch m = ReplyCodeFinder.find(REPLY_LINE).orElseThrow();
        assertThat(m.replyCode()).isSameAs(ReplyCode.of(550));
        assertThat(m.enhancedCode()).isSameAs(EnhancedStatusCode.of(5, 1, 1));
        assertThat(m.enhancedCode()).isSameAs(EnhancedStatusCode.parse("5.1.1"));
    }

    @Test
    void rejectsNullWithTheArgumentsName() {
        assertThatThrownBy(() -> ReplyCodeFinder.find(null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> ReplyCodeFinder.find(null, 0)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void rejectsAStartOutsideTheText() {
        assertThatThrownBy(() -> ReplyCodeFinder.find("550 5.1.1", -1))
                .isExactlyInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("from -1 is not between 0 and the text's length 9");
        assertThatThrownBy(() -> ReplyCodeFinder.find("550 5.1.1", 10))
                .isExactlyInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("from 10 is not between 0 and the text's length 9");
    }

    @Test
    void matchesAreValues() {
        CodeMatch a = ReplyCodeFinder.find(REPLY_LINE).orElseThrow();
        CodeMatch b = ReplyCodeFinder.find(new StringBuilder(REPLY_LINE)).orElseThrow();
        CodeMatch other = ReplyCodeFinder.find("550 5.1.1 <piet@example.nl>").orElseThrow();
        CodeMatch noRecipient = ReplyCodeFinder.find("550 5.1.1 x").orElseThrow();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo(noRecipient)
                .isNotEqualTo(null).isNotEqualTo(REPLY_LINE);
        assertThat(noRecipient).isNotEqualTo(a).isEqualTo(ReplyCodeFinder.find("550 5.1.1 y").orElseThrow());
        assertThat(new CodeMatch(ReplyCode.of(550), EnhancedStatusCode.of(5, 1, 1), null, 0, 9))
                .isNotEqualTo(new CodeMatch(ReplyCode.of(550), EnhancedStatusCode.of(5, 1, 1), null, 1, 10))
                .isNotEqualTo(new CodeMatch(ReplyCode.of(550), EnhancedStatusCode.of(5, 1, 1), null, 0, 10))
                .isNotEqualTo(new CodeMatch(ReplyCode.of(551), EnhancedStatusCode.of(5, 1, 1), null, 0, 9))
                .isNotEqualTo(new CodeMatch(ReplyCode.of(550), EnhancedStatusCode.of(5, 1, 2), null, 0, 9));
        assertThat(a).hasToString("CodeMatch[reply=550, enhanced=5.1.1, recipient=jan@example.nl, start=0, end=26]");
        assertThat(noRecipient).hasToString("CodeMatch[reply=550, enhanced=5.1.1, recipient=null, start=0, end=9]");
    }

    @Test
    void distinctMatchesSpreadOverHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        int count = 0;
        for (int reply : new int[] {550, 551}) {
            for (String enhanced : List.of("5.1.1", "5.1.2")) {
                for (String recipient : Arrays.asList(null, "jan@example.nl", "piet@example.nl")) {
                    for (int start = 0; start < 3; start++) {
                        for (int end = 9; end < 12; end++) {
                            CodeMatch m = new CodeMatch(ReplyCode.of(reply), EnhancedStatusCode.parse(enhanced),
                                    recipient, start, end);
                            assertThat(m.hashCode()).isEqualTo(new CodeMatch(ReplyCode.of(reply),
                                    EnhancedStatusCode.parse(enhanced), recipient, start, end).hashCode());
                            hashes.add(m.hashCode());
                            count++;
                        }
                    }
                }
            }
        }
        assertThat(hashes).as("hash codes of %d distinct matches", count).hasSize(count);
    }
}
