// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.validation.internal.Locales;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The locale part of bundle file names (l10n-notes check 17). */
class LocalesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "nl", "nl_BE", "fy", "en_GB", "sr_Latn", "sr_Latn_RS", "es_419", "nl_NL"})
    void valid(String suffix) {
        assertThat(Locales.problem(suffix)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"xx_YY, language", "nl_YY, region", "NL, form", "nl_be, part", "nl_Xxxx, script",
            "nl_BE_x_y, parts", "dutch, form", "nl_BE1, part", "e, form"})
    void invalid(String suffix, String reason) {
        assertThat(Locales.problem(suffix)).hasValueSatisfying(p -> assertThat(p.reason()).isEqualTo(reason));
    }
}
