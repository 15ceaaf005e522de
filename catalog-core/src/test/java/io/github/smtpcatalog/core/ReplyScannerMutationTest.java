// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits and boundaries of the reply scanner that the PIT run of catalog-core left untested: addresses at the
 * local-part and path limits, bare addresses, folded DSN fields, the text cap. In the tables, {@code \n} stands
 * for a line break and <code>{x*n}</code> for the character x repeated n times.
 */
class ReplyScannerMutationTest {

    private static final Pattern REPEAT = Pattern.compile("\\{(.)\\*(\\d+)\\}");

    static String expand(String t) {
        if (t == null) {
            return null;
        }
        Matcher m = REPEAT.matcher(t.replace("\\n", "\n").replace("\\r", "\r"));
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1).repeat(Integer.parseInt(r.group(2)))));
    }

    // --- the text cap -------------------------------------------------------------------------------------------

    @Test
    void text_is_capped_at_1000_characters() {
        String t = ReplyParser.parse("550 5.1.1 " + "a".repeat(1000) + " b").text();
        assertThat(t).isEqualTo("a".repeat(1000));
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(999)).text()).isEqualTo("a".repeat(999));
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(998) + " b c").text())
                .isEqualTo("a".repeat(998) + " b");
    }

    /** Regression: the cap split a surrogate pair and the text ended in a lone high surrogate. */
    @Test
    void text_cap_never_splits_a_surrogate_pair() {
        String emoji = "\uD83D\uDE00";
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(999) + emoji + "more").text())
                .isEqualTo("a".repeat(999));
        assertThat(ReplyParser.parse("550 5.1.1 " + "a".repeat(998) + emoji + "more").text())
                .isEqualTo("a".repeat(998) + emoji);
    }
}
