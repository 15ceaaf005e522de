// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ReplyCodeFinder} against the obvious regular expression (the baseline of the benchmarks), on texts made of
 * code-like fragments: the finder gives the expression's first match whose codes the core accepts.
 */
class ReplyCodeFinderPropertyTest {

    /** The expression of catalog-benchmarks' {@code Inputs.OBVIOUS}. */
    static final Pattern OBVIOUS = Pattern.compile(
            "\\b([245]\\d{2})[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b(?:\\s+<([^<>\\s@]+@[^<>\\s]+)>)?");

    private static final List<String> FRAGMENTS = new ArrayList<>(List.of("550", "5.1.1", "4.2.2", "250", "2.0.0",
            "452", "566", "599", "354", "5.999.999", "5.1000.1", "5.01.1", "05.1.1", "1", "0", "9", "00", "10",
            "100", ".", "-", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "<", ">", "@", "jan", "x", "_", "a",
            "<jan@example.nl>", "<a@b@c>", "<jan@>", "<@x>", "example.nl", ":", ";", "#", "'", "(", ")", "[", "]",
            "192.0.2.1", "12:05:01", "v", "said: ", "\u00a0", "\ud800", "\udc00", "\ud83d\ude00", "€"));

    static {
        // Non-ASCII letters, digits and marks are word characters for \b up to Java 18; since Java 19 \b only
        // knows ASCII (JDK-8264160), while the finder keeps the Java 17 rule. Compare them only where both agree.
        if (Runtime.version().feature() < 19) {
            FRAGMENTS.addAll(List.of("é", "٥", "５", "e\u0301", "\u0301"));
        }
    }

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(codeLike(), Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars("0123456789245.- <>@\n").ofMaxLength(60));
    }

    /** The expression's first match from {@code from} whose codes are valid, as the finder describes it. */
    static Optional<CodeMatch> oracle(String text, int from) {
        Matcher m = OBVIOUS.matcher(text);
        for (int start = from; start <= text.length() && m.find(start); start = m.start() + 1) {
            Optional<ReplyCode> reply = ReplyCode.tryParse(m.group(1));
            Optional<EnhancedStatusCode> code = EnhancedStatusCode.tryParse(m.group(2));
            if (reply.isPresent() && code.isPresent()) {
                return Optional.of(new CodeMatch(reply.get(), code.get(), m.group(3), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    @Property(tries = 3000)
    void agreesWithTheExpression(@ForAll("codeLike") String text) {
        assertThat(ReplyCodeFinder.find(text)).isEqualTo(oracle(text, 0));
    }

    @Property(tries = 2000)
    void agreesWithTheExpressionFromAnyStart(@ForAll("anyText") String text, @ForAll("fractions") int percent) {
        int from = text.length() * percent / 100;
        assertThat(ReplyCodeFinder.find(text, from)).isEqualTo(oracle(text, from));
    }

    @Property(tries = 1000)
    void iteratesLikeTheExpression(@ForAll("codeLike") String text) {
        List<CodeMatch> found = new ArrayList<>();
        for (Optional<CodeMatch> m = ReplyCodeFinder.find(text); m.isPresent();
                m = ReplyCodeFinder.find(text, m.get().end())) {
            found.add(m.get());
        }
        List<CodeMatch> expected = new ArrayList<>();
        for (Optional<CodeMatch> m = oracle(text, 0); m.isPresent(); m = oracle(text, m.get().end())) {
            expected.add(m.get());
        }
        assertThat(found).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void aMatchIsFoundAgainFromItsStartAndInItsOwnSlice(@ForAll("codeLike") String text) {
        for (Optional<CodeMatch> m = ReplyCodeFinder.find(text); m.isPresent();
                m = ReplyCodeFinder.find(text, m.get().end())) {
            CodeMatch match = m.get();
            assertThat(match.end()).isGreaterThan(match.start());
            assertThat(ReplyCodeFinder.find(text, match.start())).contains(match);
            String slice = text.substring(match.start(), match.end());
            CodeMatch again = ReplyCodeFinder.find(slice).orElseThrow();
            assertThat(again).isEqualTo(new CodeMatch(match.replyCode(), match.enhancedCode(),
                    match.recipient().orElse(null), 0, slice.length()));
            assertThat(slice).startsWith(match.replyCode().toString())
                    .contains(match.enhancedCode().toString());
        }
    }

    @Provide
    Arbitrary<Integer> fractions() {
        return Arbitraries.integers().between(0, 100);
    }
}
