// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.smtpcatalog.i18n.internal.MessageRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The renderer returns plain-text patterns as they are: exactly what ICU's MessageFormat makes of them. */
class LiteralPatternTest {

    @Test
    void every_shipped_plain_text_pattern_formats_to_itself_with_icu() {
        int literal = 0;
        for (BundleFile f : CatalogTexts.shipped().files()) {
            ULocale locale = new ULocale(f.localeSuffix());
            for (String pattern : f.values().values()) {
                if (MessageRenderer.isLiteral(pattern)) {
                    literal++;
                    assertThat(new MessageFormat(pattern, locale).format(Map.of("recipient", "x")))
                            .as(f.fileName() + ": " + pattern).isEqualTo(pattern);
                }
            }
        }
        assertThat(literal).isGreaterThan(1000);
    }

    @Test
    void characters_special_only_inside_sub_messages_stay_as_they_are() {
        for (String pattern : List.of("# 1 | 2 $ % \\ < > & ; ~ ` \" é ß 日本", "", " ", "##", "a|b", "50% #1")) {
            assertThat(MessageRenderer.isLiteral(pattern)).isTrue();
            assertThat(new MessageFormat(pattern, new ULocale("nl")).format(Map.of())).isEqualTo(pattern);
            assertThat(new MessageRenderer().format(pattern, "nl", Map.of())).isEqualTo(pattern);
        }
        for (String pattern : List.of("{a}", "'{'", "it''s", "}", "a { b")) {
            assertThat(MessageRenderer.isLiteral(pattern)).isFalse();
        }
    }
}
