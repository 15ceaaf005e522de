// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link EnhancedStatusCode#parse} and its fast path for canonical codes agree with the rules of RFC 3463. */
class EnhancedStatusCodeParseTest {

    /** The oracle: ASCII white space around, class 2, 4 or 5, numbers of 1 to 3 digits without a leading zero. */
    private static final Pattern VALID =
            Pattern.compile("[ \\t\\r\\n]*([245])\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})[ \\t\\r\\n]*");

    private static final char[] ALPHABET = {'0', '1', '2', '5', '9', '.', ' ', 'x'};

    @Test
    void everyShortStringOverACodeAlphabetParsesExactlyWhenValid() {
        for (int len = 0; len <= 7; len++) {
            int[] idx = new int[len];
            char[] buf = new char[len];
            while (true) {
                for (int k = 0; k < len; k++) {
                    buf[k] = ALPHABET[idx[k]];
                }
                check(new String(buf));
                int k = len - 1;
                while (k >= 0 && ++idx[k] == ALPHABET.length) {
                    idx[k] = 0;
                    k--;
                }
                if (k < 0) {
                    break;
                }
            }
        }
    }

    @Test
    void longNumbersAndEdges() {
        for (String s : new String[] {"5.999.999", "5.1000.1", "5.1.1000", "4.0.0", "2.7.31", "2.7.32", "5.8.0",
            "5.100.100", " 5.1.1 ", "5.1.1\n", "5.01.1", "5.1.01", "5..1", "5.1.", ".5.1.1", "5.1.1.1"}) {
            check(s);
        }
    }

    @Test
    void sharedAndFreshInstancesAreEqual() {
        assertThat(EnhancedStatusCode.parse("5.1.1")).isEqualTo(EnhancedStatusCode.of(5, 1, 1))
                .hasSameHashCodeAs(EnhancedStatusCode.of(5, 1, 1));
        assertThat(EnhancedStatusCode.parse("5.400.999")).isEqualTo(EnhancedStatusCode.of(5, 400, 999))
                .hasToString("5.400.999");
        assertThat(EnhancedStatusCode.of(4, 7, 31).compareTo(EnhancedStatusCode.of(4, 7, 32))).isNegative();
    }

    private static void check(String s) {
        Matcher m = VALID.matcher(s);
        Optional<EnhancedStatusCode> parsed = EnhancedStatusCode.tryParse(s);
        if (m.matches()) {
            EnhancedStatusCode expected = EnhancedStatusCode.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            assertThat(parsed).as(s).contains(expected);
            assertThat(EnhancedStatusCode.parse(s)).as(s).isEqualTo(expected);
            assertThat(expected.subject()).isEqualTo(Integer.parseInt(m.group(2)));
            assertThat(expected.detail()).isEqualTo(Integer.parseInt(m.group(3)));
        } else {
            assertThat(parsed).as(s).isEmpty();
            assertThatThrownBy(() -> EnhancedStatusCode.parse(s)).as(s).isInstanceOf(StatusCodeParseException.class);
        }
    }
}
