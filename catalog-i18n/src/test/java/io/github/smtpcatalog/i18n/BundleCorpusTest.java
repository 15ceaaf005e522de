// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.smtpcatalog.testkit.CorpusCase;
import io.github.smtpcatalog.testkit.CorpusSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of the strict bundle reader, {@code bad-input/bundle-bad-input.tsv}: bytes (in the
 * {@link CorpusSpec} notation, {@code \xHH} a raw byte) given to {@link BundleFile#parse(String, byte[])}, and
 * the documented outcome:
 * <ul>
 *   <li>{@code EXCEPTION NullPointerException}: the documented exception for null bytes;</li>
 *   <li>{@code OK entries=N problems=KIND@LINE,... errors=true|false keys=k1,k2 value=...}: the number of entries,
 *       the problems in order ({@code -} for none; for many, {@code problemcount=N firstproblem=KIND@LINE}),
 *       whether the file has errors, optionally the keys in order and the first entry's value ({@code value=}
 *       takes the rest of the line). Keys and values are written in the notation.</li>
 * </ul>
 * A file with problems is also refused by {@link CatalogTexts#of(java.util.Collection)} exactly when it has errors.
 */
class BundleCorpusTest {

    static final String TABLE = "bad-input/bundle-bad-input.tsv";

    static List<CorpusCase> cases() {
        return CorpusCase.read(BundleCorpusTest.class, TABLE, Set.of("bundle"));
    }

    static Stream<Arguments> rows() {
        return cases().stream().map(c -> Arguments.argumentSet(c.id(), c));
    }

    @Test
    void theCorpusIsLargeAndUnique() {
        List<CorpusCase> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void hasItsDocumentedOutcome(CorpusCase c) {
        Assumptions.assumeTrue(c.runs(), "a huge case, left out under PIT");
        byte[] bytes = CorpusSpec.bytes(c.spec());
        Throwable thrown = catchThrowable(() -> BundleFile.parse("test_nl.properties", bytes));
        if (c.expected().startsWith("EXCEPTION ")) {
            assertThat(thrown).isNotNull();
            assertThat(thrown.getClass().getSimpleName()).isEqualTo(c.expected().substring("EXCEPTION ".length()));
            return;
        }
        assertThat(thrown).as("exception").isNull();
        BundleFile f = BundleFile.parse("test_nl.properties", bytes);
        Map<String, String> expected = parseOk(c.expected());
        Map<String, String> got = outcome(f);
        got.keySet().retainAll(expected.keySet());
        assertThat(got).as("outcome of %s", c.id()).isEqualTo(expected);
        Throwable refused = catchThrowable(() -> CatalogTexts.of(List.of(f)));
        if (f.hasErrors()) {
            assertThat(refused).isInstanceOf(BundleLoadException.class).hasMessageStartingWith("test_nl.properties");
        } else {
            assertThat(refused).isNull();
        }
    }

    static Map<String, String> outcome(BundleFile f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("entries", Integer.toString(f.entries().size()));
        m.put("problemcount", Integer.toString(f.problems().size()));
        m.put("problems", f.problems().isEmpty() ? "-" : f.problems().stream()
                .map(p -> p.kind() + "@" + p.line()).collect(Collectors.joining(",")));
        m.put("firstproblem", f.problems().isEmpty() ? "-" : f.problems().get(0).kind() + "@" + f.problems().get(0).line());
        m.put("errors", Boolean.toString(f.hasErrors()));
        m.put("keys", f.entries().isEmpty() ? "-" : f.entries().stream()
                .map(e -> CorpusSpec.escape(e.key()).replace(" ", "\\u0020"))
                .collect(Collectors.joining(",")));
        m.put("value", f.entries().isEmpty() ? "-" : CorpusSpec.escape(f.entries().get(0).value()));
        return m;
    }

    static Map<String, String> parseOk(String expected) {
        return CorpusCase.okValues(expected, "value");
    }
}
