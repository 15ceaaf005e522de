// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fuzz tests of the code parsers {@link EnhancedStatusCode}, {@link ReplyCode} and {@link CatalogCode}, run by
 * Jazzer (regression mode in the normal build, see {@link ReplyParserFuzzTest}). The properties: {@code parse}
 * throws nothing but {@link StatusCodeParseException}, {@code tryParse} never throws and agrees with
 * {@code parse}, and what is accepted is the canonical notation (it prints back as the input without its
 * surrounding white space: ASCII white space for the code types, any white space for {@link CatalogCode}, whose
 * parser strips with {@link String#strip()}), and parses back to the same value.
 */
class CodeParsersFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void enhancedStatusCode(byte[] bytes) {
        for (String input : FuzzInput.texts(bytes)) {
            EnhancedStatusCode c = agree(input, EnhancedStatusCode::parse, EnhancedStatusCode::tryParse);
            if (c != null) {
                assertThat(c.toString()).isEqualTo(stripAscii(input));
                assertThat(c.subject()).isBetween(0, EnhancedStatusCode.MAX_NUMBER);
                assertThat(c.detail()).isBetween(0, EnhancedStatusCode.MAX_NUMBER);
                assertThat(EnhancedStatusCode.of(c.statusClass(), c.subject(), c.detail())).isEqualTo(c);
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void replyCode(byte[] bytes) {
        for (String input : FuzzInput.texts(bytes)) {
            ReplyCode c = agree(input, ReplyCode::parse, ReplyCode::tryParse);
            if (c != null) {
                assertThat(c.toString()).isEqualTo(stripAscii(input));
                assertThat(ReplyCode.of(c.value())).isEqualTo(c);
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void catalogCode(byte[] bytes) {
        for (String input : FuzzInput.texts(bytes)) {
            CatalogCode c = agree(input, CatalogCode::parse, CatalogCode::tryParse);
            if (c != null) {
                assertThat(c.toString()).isEqualTo(input.strip());
                assertThat(CatalogCode.parse(c.toString())).isEqualTo(c);
                assertThat(c.compareTo(CatalogCode.parse(c.toString()))).isZero();
            }
        }
    }

    /** Checks parse against tryParse; returns the parsed value or null. */
    static <T> T agree(String input, Function<String, T> parse, Function<String, Optional<T>> tryParse) {
        Optional<T> tried = tryParse.apply(input);
        Throwable thrown = catchThrowable(() -> parse.apply(input));
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(StatusCodeParseException.class);
            assertThat(tried).isEmpty();
            return null;
        }
        T parsed = parse.apply(input);
        assertThat(tried).contains(parsed);
        return parsed;
    }

    /** The input without the white space that the code parsers ignore around a code. */
    static String stripAscii(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && Ascii.isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && Ascii.isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
