// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smtpcatalog.i18n.BundleProblem.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fuzz test of the strict bundle reader {@link BundleFile#parse(String, byte[])}, run by Jazzer: regression mode
 * in the normal build (the files in {@code src/test/resources/io/github/smtpcatalog/i18n/BundleFileFuzzTestInputs/
 * parse/}), fuzzing with {@code JAZZER_FUZZ=1} (docs/reliability.md).
 *
 * <p>The properties: any bytes give a bundle and never an exception; its views agree with each other (the values
 * are the first value of each key, every repeated key is one {@code DUPLICATE_KEY} problem, problem lines lie in
 * the file); the lists and map cannot be changed; and {@link CatalogTexts#of(java.util.Collection)} refuses the
 * file with {@link BundleLoadException} exactly when it has an error, and otherwise serves every key.
 */
class BundleFileFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] bytes) {
        BundleFile f = BundleFile.parse("fuzz_nl.properties", bytes);
        int lines = 1;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        Map<String, String> first = new HashMap<>();
        int duplicates = 0;
        for (BundleEntry e : f.entries()) {
            assertThat(e.key()).isNotEmpty();
            assertThat(e.line()).isBetween(1, lines);
            if (first.putIfAbsent(e.key(), e.value()) != null) {
                duplicates++;
            }
        }
        assertThat(f.values()).isEqualTo(first);
        assertThat(f.problems().stream().filter(p -> p.kind() == Kind.DUPLICATE_KEY).count()).isEqualTo(duplicates);
        for (BundleProblem p : f.problems()) {
            assertThat(p.line()).isBetween(1, lines);
            assertThat(p.kind()).isNotEqualTo(Kind.UNREADABLE);
        }
        assertThat(f.hasErrors()).isEqualTo(f.problems().stream().anyMatch(p -> p.kind().isError()));
        assertThat(catchThrowable(() -> f.entries().clear())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(catchThrowable(() -> f.problems().clear())).isInstanceOf(UnsupportedOperationException.class);
        assertThat(catchThrowable(() -> f.values().clear())).isInstanceOf(UnsupportedOperationException.class);

        Throwable refused = catchThrowable(() -> CatalogTexts.of(List.of(f)));
        if (f.hasErrors()) {
            assertThat(refused).isInstanceOf(BundleLoadException.class);
        } else {
            assertThat(refused).isNull();
            CatalogTexts texts = CatalogTexts.of(List.of(f));
            for (Map.Entry<String, String> e : first.entrySet()) {
                assertThat(texts.pattern(e.getKey(), Locale.forLanguageTag("nl-BE"))).contains(e.getValue());
            }
        }
    }
}
