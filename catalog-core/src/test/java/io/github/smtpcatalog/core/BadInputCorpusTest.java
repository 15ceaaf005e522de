// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.smtpcatalog.testkit.CorpusCase;
import io.github.smtpcatalog.testkit.CorpusSpec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of catalog-core, {@code bad-input/core-bad-input.tsv}: for each case the parser, the input
 * (in the {@link CorpusSpec} notation) and the documented outcome.
 *
 * <p>Outcomes:
 * <ul>
 *   <li>{@code EXCEPTION REASON}: {@code parse} throws {@link StatusCodeParseException} with that reason, and
 *       {@code tryParse} gives empty;</li>
 *   <li>{@code EMPTY}: {@code parseDeliveryStatus} finds no recipient group;</li>
 *   <li>{@code NONE}: {@link ReplyCodeFinder#find(CharSequence)} finds no code pair;</li>
 *   <li>{@code OK key=value ...}: {@code parse} returns, {@code tryParse} gives the same, and the values are as
 *       listed. For {@code reply} the keys {@code reply}, {@code enhanced}, {@code recipient} and {@code provider}
 *       are always checked (a key left out means: absent); {@code agree}, {@code action}, {@code status},
 *       {@code mta}, {@code textlen} (the text's length) and {@code text} only when given; {@code text=} takes the rest of the line. For {@code dsn},
 *       {@code groups} and comma-separated {@code enhanced}, {@code recipients}, {@code actions}. For {@code find}
 *       (the finder returns a match), {@code reply}, {@code enhanced}, {@code recipient} (left out: none),
 *       {@code start} and {@code end}.</li>
 * </ul>
 * Values are written in the {@link CorpusSpec} notation (a lone surrogate as {@code \\}{@code uD800}).
 */
class BadInputCorpusTest {

    static final String TABLE = "bad-input/core-bad-input.tsv";
    static final Set<String> TARGETS = Set.of("enhanced-code", "reply-code", "catalog-code", "reply", "dsn", "find");

    static List<CorpusCase> cases() {
        return CorpusCase.read(BadInputCorpusTest.class, TABLE, TARGETS);
    }

    static Stream<Arguments> rows() {
        return cases().stream().map(c -> Arguments.argumentSet(c.id() + " (" + c.target() + ")", c));
    }

    @Test
    void theCorpusIsLargeUniqueAndCoversEveryParser() throws IOException {
        List<CorpusCase> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.stream().map(CorpusCase::target).collect(Collectors.toSet())).isEqualTo(TARGETS);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void hasItsDocumentedOutcome(CorpusCase c) {
        Assumptions.assumeTrue(c.runs(), "a huge case, left out under PIT");
        String input = CorpusSpec.text(c.spec());
        switch (c.target()) {
            case "enhanced-code":
                checkCode(c, input, EnhancedStatusCode::parse, EnhancedStatusCode::tryParse,
                        v -> Map.of("code", v.toString()));
                break;
            case "reply-code":
                checkCode(c, input, ReplyCode::parse, ReplyCode::tryParse, v -> Map.of("code", v.toString()));
                break;
            case "catalog-code":
                checkCode(c, input, CatalogCode::parse, CatalogCode::tryParse,
                        v -> Map.of("code", v.toString(), "level", v.level().name()));
                break;
            case "reply":
                checkCode(c, input, ReplyParser::parse, ReplyParser::tryParse, BadInputCorpusTest::replyValues);
                break;
            case "dsn":
                checkDsn(c, input);
                break;
            case "find":
                checkFind(c, input);
                break;
            default:
                fail("unknown target " + c.target());
        }
    }

    /** Runs parse and tryParse and compares with the expected outcome. */
    static <T> void checkCode(CorpusCase c, String input, Function<String, T> parse, Function<String, Optional<T>> tryParse,
            Function<T, Map<String, String>> values) {
        Optional<T> tried = tryParse.apply(input);
        Throwable thrown = catchThrowable(() -> parse.apply(input));
        String actual;
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(StatusCodeParseException.class);
            assertThat(tried).as("tryParse when parse throws").isEmpty();
            actual = "EXCEPTION " + ((StatusCodeParseException) thrown).reason();
            assertThat(actual).isEqualTo(c.expected());
            return;
        }
        T parsed = parse.apply(input);
        assertThat(tried).as("tryParse when parse returns").contains(parsed);
        assertThat(c.expected()).as("outcome").startsWith("OK");
        Map<String, String> expected = parseOk(c.expected());
        Map<String, String> got = values.apply(parsed);
        Map<String, String> compared = new LinkedHashMap<>();
        for (String key : got.keySet()) {
            if (expected.containsKey(key) || ALWAYS.contains(key)) {
                compared.put(key, got.get(key));
            }
        }
        assertThat(compared).as("values of %s", c.id()).isEqualTo(withAbsent(expected, got.keySet()));
    }

    private static final Set<String> ALWAYS = Set.of("code", "level", "reply", "enhanced", "recipient", "provider");

    private static Map<String, String> withAbsent(Map<String, String> expected, Set<String> keys) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : keys) {
            if (expected.containsKey(key)) {
                m.put(key, expected.get(key));
            } else if (ALWAYS.contains(key)) {
                m.put(key, "-");
            }
        }
        return m;
    }

    static Map<String, String> replyValues(ParsedReply p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reply", p.replyCode().map(Object::toString).orElse("-"));
        m.put("enhanced", p.enhancedCode().map(Object::toString).orElse("-"));
        m.put("recipient", p.recipient().map(CorpusSpec::escape).orElse("-"));
        m.put("provider", p.provider().map(Enum::name).orElse("-"));
        m.put("agree", Boolean.toString(p.codesAgree()));
        m.put("action", p.dsnAction().map(Enum::name).orElse("-"));
        m.put("status", p.dsnStatus().map(Object::toString).orElse("-"));
        m.put("mta", p.remoteMta().map(CorpusSpec::escape).orElse("-"));
        m.put("textlen", Integer.toString(p.text().length()));
        m.put("text", CorpusSpec.escape(p.text()));
        return m;
    }

    static void checkDsn(CorpusCase c, String input) {
        List<ParsedReply> groups = ReplyParser.parseDeliveryStatus(input);
        if (c.expected().equals("EMPTY")) {
            assertThat(groups).isEmpty();
            return;
        }
        assertThat(c.expected()).as("outcome").startsWith("OK");
        Map<String, String> expected = parseOk(c.expected());
        Map<String, String> got = new LinkedHashMap<>();
        got.put("groups", Integer.toString(groups.size()));
        got.put("enhanced", groups.stream().map(g -> g.enhancedCode().map(Object::toString).orElse("-"))
                .collect(Collectors.joining(",")));
        got.put("recipients", groups.stream().map(g -> g.recipient().map(CorpusSpec::escape).orElse("-")).collect(Collectors.joining(",")));
        got.put("actions", groups.stream().map(g -> g.dsnAction().map(Enum::name).orElse("-"))
                .collect(Collectors.joining(",")));
        got.keySet().retainAll(expected.keySet());
        assertThat(got).as("values of %s", c.id()).isEqualTo(expected);
    }

    /** {@link ReplyCodeFinder#find(CharSequence)}: {@code NONE}, or {@code OK} with all five values. */
    static void checkFind(CorpusCase c, String input) {
        Optional<CodeMatch> found = ReplyCodeFinder.find(input);
        if (c.expected().equals("NONE")) {
            assertThat(found).as("match of %s", c.id()).isEmpty();
            return;
        }
        assertThat(c.expected()).as("outcome").startsWith("OK");
        assertThat(found).as("match of %s", c.id()).isPresent();
        CodeMatch m = found.get();
        Map<String, String> got = new LinkedHashMap<>();
        got.put("reply", m.replyCode().toString());
        got.put("enhanced", m.enhancedCode().toString());
        got.put("recipient", m.recipient().map(CorpusSpec::escape).orElse("-"));
        got.put("start", Integer.toString(m.start()));
        got.put("end", Integer.toString(m.end()));
        Map<String, String> expected = parseOk(c.expected());
        expected.putIfAbsent("recipient", "-");
        assertThat(got).as("values of %s", c.id()).isEqualTo(expected);
    }

    static Map<String, String> parseOk(String expected) {
        return CorpusCase.okValues(expected, "text");
    }
}
