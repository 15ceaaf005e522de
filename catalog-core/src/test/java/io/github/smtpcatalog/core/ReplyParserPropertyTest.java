// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of {@link ReplyParser} on arbitrary and hostile input. */
class ReplyParserPropertyTest {

    /** Pieces of replies, DSNs and bounces, plus the characters that matter to the scanner. */
    private static final List<String> FRAGMENTS = List.of("550", "5.1.1", "4.2.2", "250", "2.0.0", "421", "354",
            "5.0.0", "5.7.606", "999", "0", "9", "1", ".", "-", " ", "  ", "\t", "\n", "\r\n", "\r", "<", ">", "@",
            "jan", "example.nl", "<jan@example.nl>", "RCPT TO:", "MAIL FROM:", ":", ";", "=", "#", "(", ")", "[", "]",
            "'", "\"", "said:", "smtp;", "Status: ", "Diagnostic-Code: smtp; ", "Final-Recipient: rfc822; ",
            "Original-Recipient: rfc822;", "Action: failed", "Remote-MTA: dns; ", "Received: ", "X-Foo: ", "gsmtp",
            "RESOLVER.ADR.", "mx.google.com", "protection.outlook.com", "yahoodns.net", "icloud.com", "host ",
            "port ", "v", "Postfix ", "192.0.2.1", "12:05:01", "</p>", "<p>", "\u00a0", "٥", "５", "\u0000", "\ud800",
            "(in reply to RCPT TO command)", "nested exception is:", "mailto:", "x".repeat(70));

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(300), codeLike());
    }

    @Property(tries = 2000)
    void parseThrowsOnlyItsOwnExceptionAndAgreesWithTryParse(@ForAll("anyText") String input) {
        Throwable thrown = catchThrowable(() -> ReplyParser.parse(input));
        Optional<ParsedReply> tried = ReplyParser.tryParse(input);
        if (thrown == null) {
            assertThat(tried).isPresent();
            assertThat(tried.get()).isEqualTo(ReplyParser.parse(input));
        } else {
            assertThat(thrown).isExactlyInstanceOf(StatusCodeParseException.class);
            assertThat(tried).isEmpty();
        }
    }

    @Property(tries = 2000)
    void tryParseNeverThrowsAndKeepsItsLimits(@ForAll("anyText") String input) {
        Optional<ParsedReply> p = ReplyParser.tryParse(input);
        p.ifPresent(r -> {
            assertThat(r.replyCode().isPresent() || r.enhancedCode().isPresent()).isTrue();
            assertThat(r.text().length()).isLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS);
            assertThat(r.text()).isEqualTo(r.text().strip());
            r.recipient().ifPresent(a -> assertThat(a).isNotBlank().hasSizeLessThanOrEqualTo(254));
        });
    }

    @Property(tries = 1000)
    void parseDeliveryStatusNeverThrows(@ForAll("anyText") String input) {
        List<ParsedReply> groups = ReplyParser.parseDeliveryStatus(input);
        assertThat(groups).hasSizeLessThanOrEqualTo(ReplyParser.MAX_RECIPIENT_GROUPS).doesNotContainNull();
    }

    @Property(tries = 1000)
    void findsAReplyPairInFrontOfPlainText(@ForAll("replyCodes") int reply, @ForAll("enhancedCodes") String code,
            @ForAll @StringLength(max = 80) String tail) {
        String plain = tail.replaceAll("[^A-Za-z .!?]", "");
        ParsedReply p = ReplyParser.parse(reply + " " + code + " " + plain);
        assertThat(p.replyCode()).contains(ReplyCode.of(reply));
        assertThat(p.enhancedCode()).contains(EnhancedStatusCode.parse(code));
        // punctuation that opens the text after the code is not text ("550 5.1.1 . x" -> "x"; see docs/parsing.md)
        assertThat(p.text()).isEqualTo(plain.strip().replaceAll(" +", " ").replaceFirst("^\\.+", "").strip());
    }

    @Property(tries = 500)
    void nonAsciiDigitsAreNeverDigits(@ForAll("nonAsciiDigitCodes") String input) {
        assertThat(ReplyParser.tryParse(input)).isEmpty();
    }

    @Provide
    Arbitrary<Integer> replyCodes() {
        return Arbitraries.integers().between(200, 559).filter(v -> (v / 10) % 10 <= 5);
    }

    @Provide
    Arbitrary<String> enhancedCodes() {
        return Combinators.combine(Arbitraries.of(2, 4, 5), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999)).as((c, s, d) -> c + "." + s + "." + d);
    }

    @Provide
    Arbitrary<String> nonAsciiDigitCodes() {
        // Arabic-Indic, extended Arabic-Indic, Devanagari and full-width digits in the places of ASCII ones
        Arbitrary<Character> digit = Arbitraries.of('\u0660', '\u0665', '\u06f5', '\u0966', '\u096b', '\uff10',
                '\uff15', '\uff12', '\uff14');
        return Combinators.combine(digit.list().ofSize(3), digit, digit, digit).as((r, c, s, d) -> {
            StringBuilder b = new StringBuilder();
            r.forEach(b::append);
            return b.append(' ').append(c).append('.').append(s).append('.').append(d).append(" User unknown")
                    .toString();
        });
    }

    @Property(tries = 200)
    void longRunsOfOneFragmentStayWithinLimits(@ForAll("fragment") String fragment,
            @ForAll @IntRange(min = 1, max = 20_000) int times) {
        String input = fragment.repeat(times);
        ReplyParser.tryParse(input).ifPresent(p ->
                assertThat(p.text().length()).isLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS));
        assertThat(ReplyParser.parseDeliveryStatus(input)).hasSizeLessThanOrEqualTo(ReplyParser.MAX_RECIPIENT_GROUPS);
    }

    @Provide
    Arbitrary<String> fragment() {
        return Arbitraries.of(FRAGMENTS);
    }
}
