// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the renderer formats a pattern in the locale of the bundle it comes from. */
class MessageRendererTest {

    private static final String PATTERN = "{n, plural, one {# attachment} other {# attachments}}";
    private static final String PATTERN_NL = "{n, plural, one {# bijlage} other {# bijlagen}}";

    @ParameterizedTest(name = "{0} in ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
        // The root bundles are English: English plural rules, not the root locale's (which knows only "other").
        "1    | ''   | 1 attachment",
        "2    | ''   | 2 attachments",
        "1000 | ''   | 1,000 attachments",
        "1    | en   | 1 attachment",
    })
    void rootPatternsUseEnglishPluralRulesAndNumbers(long n, String locale, String expected) {
        MessageRenderer r = new MessageRenderer();
        assertThat(r.format(r.message(PATTERN, locale), Map.of("n", n))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in nl -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1    | 1 bijlage",
        "250  | 250 bijlagen",
        "1000 | 1.000 bijlagen",
    })
    void dutchPatternsUseDutchRules(long n, String expected) {
        MessageRenderer r = new MessageRenderer();
        assertThat(r.format(r.message(PATTERN_NL, "nl"), Map.of("n", n))).isEqualTo(expected);
    }
}
