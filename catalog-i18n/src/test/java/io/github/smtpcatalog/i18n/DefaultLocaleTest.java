// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The JVM's default locale never leaks into the fallback chain (the HV empty-_en trap). */
@Isolated
class DefaultLocaleTest {

    @Test
    void english_stays_english_when_the_jvm_default_is_dutch_or_german() {
        Locale before = Locale.getDefault();
        try {
            for (Locale def : new Locale[] {Locale.forLanguageTag("nl-NL"), Locale.GERMANY}) {
                Locale.setDefault(def);
                CatalogTexts texts = CatalogTexts.shipped();
                Explanation e = Explainer.of(io.github.smtpcatalog.core.StatusCatalog.standard(), texts)
                        .explain(EnhancedStatusCode.parse("5.1.1"), ExplainOptions.of(Locale.ENGLISH));
                assertThat(e.locale()).isEqualTo(Locale.ENGLISH);
                assertThat(e.message()).startsWith("Your");
                assertThat(texts.pattern("class.5.lead", Locale.ENGLISH)).get().asString().doesNotContain("bezorgd");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
