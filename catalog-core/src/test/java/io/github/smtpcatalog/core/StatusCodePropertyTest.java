// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Round trips and robustness of {@link EnhancedStatusCode}, {@link ReplyCode} and {@link CatalogCode}. */
class StatusCodePropertyTest {

    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.of(List.of("0", "1", "2", "4", "5", "9", "00", "01", "10", "999", "1000", ".", "..", " ",
                "x", "-", "٥", "５", "\n")).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(codeLike(), Arbitraries.strings().all().ofMaxLength(40));
    }

    @Property
    void formattingAParsedCodeAndParsingItAgainGivesTheSameCode(@ForAll("codeLike") String text) {
        Optional<EnhancedStatusCode> parsed = EnhancedStatusCode.tryParse(text);
        parsed.ifPresent(code -> {
            assertThat(EnhancedStatusCode.parse(code.toString())).isEqualTo(code);
            assertThat(code.toString()).isEqualTo(text.strip());
        });
    }

    @Property
    void everyCodeFormatsAndParsesBack(@ForAll("classes") int statusClass,
            @ForAll @IntRange(max = 999) int subject, @ForAll @IntRange(max = 999) int detail) {
        EnhancedStatusCode code = EnhancedStatusCode.of(statusClass, subject, detail);
        assertThat(EnhancedStatusCode.parse(code.toString())).isEqualTo(code);
        assertThat(EnhancedStatusCode.parse(code.toString()).compareTo(code)).isZero();
        assertThat(CatalogCode.parse(CatalogCode.of(code).toString())).isEqualTo(CatalogCode.of(code));
    }

    @Provide
    Arbitrary<Integer> classes() {
        return Arbitraries.of(2, 4, 5);
    }

    @Property
    void orderingIsNumericByClassSubjectAndDetail(@ForAll("classes") int c1, @ForAll @IntRange(max = 999) int s1,
            @ForAll @IntRange(max = 999) int d1, @ForAll("classes") int c2, @ForAll @IntRange(max = 999) int s2,
            @ForAll @IntRange(max = 999) int d2) {
        int expected = c1 != c2 ? Integer.compare(c1, c2) : s1 != s2 ? Integer.compare(s1, s2) : Integer.compare(d1, d2);
        int actual = EnhancedStatusCode.of(c1, s1, d1).compareTo(EnhancedStatusCode.of(c2, s2, d2));
        assertThat(Integer.signum(actual)).isEqualTo(Integer.signum(expected));
    }

    @Property
    void parsersThrowOnlyTheirOwnExceptionAndTryParseNeverThrows(@ForAll("anyText") String text) {
        check(() -> EnhancedStatusCode.parse(text), EnhancedStatusCode.tryParse(text).isPresent());
        check(() -> ReplyCode.parse(text), ReplyCode.tryParse(text).isPresent());
        check(() -> CatalogCode.parse(text), CatalogCode.tryParse(text).isPresent());
    }

    private static void check(Runnable parse, boolean tryParsePresent) {
        Throwable thrown = catchThrowable(parse::run);
        if (tryParsePresent) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isExactlyInstanceOf(StatusCodeParseException.class);
        }
    }

    @Property
    void everyReplyCodeParsesBack(@ForAll @IntRange(min = 200, max = 559) int value) {
        Optional<ReplyCode> parsed = ReplyCode.tryParse(Integer.toString(value));
        assertThat(parsed.isPresent()).isEqualTo((value / 10) % 10 <= 5);
        parsed.ifPresent(r -> {
            assertThat(r.value()).isEqualTo(value);
            assertThat(ReplyCode.parse(r.toString())).isSameAs(r);
        });
    }
}
