// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnhancedStatusCodeTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "5.1.1       | 5.1.1",
        "' 5.1.1\t'  | 5.1.1",
        "'\n4.7.1\r\n' | 4.7.1",
        "2.0.0       | 2.0.0",
        "5.0.0       | 5.0.0",
        "5.1.0       | 5.1.0",
        "5.1.10      | 5.1.10",
        "5.7.606     | 5.7.606",
        "2.999.999   | 2.999.999",
        // the shapes of the fast path for canonical codes, at its length limits (5 and 9 characters)
        "5.100.100   | 5.100.100",
        "4.10.10     | 4.10.10",
        "2.0.10      | 2.0.10",
        "5.99.9      | 5.99.9",
    })
    void parsesValidCodes(String text, String expected) {
        EnhancedStatusCode code = EnhancedStatusCode.parse(text);
        assertThat(code).hasToString(expected);
        assertThat(EnhancedStatusCode.tryParse(text)).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" fails with {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''         | EMPTY",
        "'   '      | EMPTY",
        "5.1        | WRONG_SHAPE",
        "5.1.1.1    | WRONG_SHAPE",
        "5.1.1a     | WRONG_SHAPE",
        "'5 .1.1'   | WRONG_SHAPE",
        "6.1.1      | BAD_CLASS",
        "3.1.1      | BAD_CLASS",
        "0.0.0      | BAD_CLASS",
        "55.1.1     | BAD_CLASS",
        "5.01.1     | LEADING_ZERO",
        "4.1.01     | LEADING_ZERO",
        "5.1.1000   | OUT_OF_RANGE",
        "5.1000.1   | OUT_OF_RANGE",
        "٥.١.١      | NOT_A_NUMBER",
        "５.１.１     | NOT_A_NUMBER",
        "5.١.1      | NOT_A_NUMBER",
        "5..1       | NOT_A_NUMBER",
        "5.1.       | NOT_A_NUMBER",
        "a.b.c      | NOT_A_NUMBER",
        "-5.1.1     | NOT_A_NUMBER",
        "5.1.x      | NOT_A_NUMBER",
        // near-canonical shapes that the fast path must leave to the full reading
        "5.123      | WRONG_SHAPE",
        "5.1234     | OUT_OF_RANGE",
        "4.12.      | NOT_A_NUMBER",
        "5.00.1     | LEADING_ZERO",
        "5.10.01    | LEADING_ZERO",
        "5.0.00     | LEADING_ZERO",
        "5.100.1000 | OUT_OF_RANGE",
        "5.1.1-     | WRONG_SHAPE",
        "5,1.1      | WRONG_SHAPE",
    })
    void rejectsInvalidCodesWithTheirReason(String text, Reason reason) {
        StatusCodeParseException e = catchThrowableOfType(StatusCodeParseException.class,
                () -> EnhancedStatusCode.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).startsWith("Invalid enhanced status code").endsWith(reason.description());
        assertThat(EnhancedStatusCode.tryParse(text)).isEmpty();
    }

    @Test
    void nullIsReasonNull() {
        assertThatThrownBy(() -> EnhancedStatusCode.parse(null)).isInstanceOf(StatusCodeParseException.class)
                .hasMessage("Invalid enhanced status code: the input is null");
        assertThat(EnhancedStatusCode.tryParse(null)).isEmpty();
    }

    @Test
    void tenMegabytesOfDigitsFailWithAShortMessage() {
        String digits = "5".repeat(TEN_MB);
        StatusCodeParseException e = catchThrowableOfType(StatusCodeParseException.class,
                () -> EnhancedStatusCode.parse(digits));
        assertThat(e.reason()).isEqualTo(Reason.BAD_CLASS);
        assertThat(e.getMessage()).hasSizeLessThan(150).contains("(" + TEN_MB + " characters)");
        assertThat(e.input()).hasSizeLessThan(80);
        assertThat(EnhancedStatusCode.tryParse("5.1." + "1".repeat(TEN_MB))).isEmpty();
    }

    @Test
    void ofChecksItsNumbers() {
        assertThat(EnhancedStatusCode.of(5, 1, 1)).isEqualTo(EnhancedStatusCode.parse("5.1.1"));
        assertThat(EnhancedStatusCode.of(StatusClass.SUCCESS, 999, 0)).hasToString("2.999.0");
        assertThatThrownBy(() -> EnhancedStatusCode.of(3, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class 3");
        assertThatThrownBy(() -> EnhancedStatusCode.of(5, 1000, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnhancedStatusCode.of(5, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EnhancedStatusCode.of(null, 1, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void partsAndSubjectKind() {
        EnhancedStatusCode code = EnhancedStatusCode.parse("4.2.2");
        assertThat(code.statusClass()).isEqualTo(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
        assertThat(code.subject()).isEqualTo(2);
        assertThat(code.detail()).isEqualTo(2);
        assertThat(code.subjectKind()).contains(Subject.MAILBOX);
        assertThat(EnhancedStatusCode.parse("5.9.1").subjectKind()).isEmpty();
        assertThat(code.withStatusClass(StatusClass.PERMANENT_FAILURE)).hasToString("5.2.2");
        assertThat(code.withStatusClass(StatusClass.PERSISTENT_TRANSIENT_FAILURE)).isSameAs(code);
    }

    @Test
    void equalsAndHashCodeFollowTheNumbers() {
        assertThat(EnhancedStatusCode.parse("5.1.1")).isEqualTo(EnhancedStatusCode.of(5, 1, 1))
                .hasSameHashCodeAs(EnhancedStatusCode.of(5, 1, 1))
                .isNotEqualTo(EnhancedStatusCode.of(4, 1, 1))
                .isNotEqualTo(EnhancedStatusCode.of(5, 1, 10))
                .isNotEqualTo("5.1.1");
    }

    @Test
    void ordersByClassSubjectAndDetailNumerically() {
        List<String> sorted = List.of("2.0.0", "2.1.5", "4.2.2", "4.7.0", "5.0.0", "5.1.0", "5.1.1", "5.1.2",
                "5.1.10", "5.1.100", "5.2.0", "5.7.1", "5.7.26", "5.10.0", "5.999.999");
        List<EnhancedStatusCode> codes = new ArrayList<>();
        sorted.forEach(s -> codes.add(EnhancedStatusCode.parse(s)));
        List<EnhancedStatusCode> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, new java.util.Random(42));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(codes);
    }

    @Test
    void toStringParsesBack() {
        for (String s : List.of("2.0.0", "4.4.7", "5.7.606", "5.1.10")) {
            EnhancedStatusCode c = EnhancedStatusCode.parse(s);
            assertThat(EnhancedStatusCode.parse(c.toString())).isEqualTo(c);
        }
    }
}
