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

class ReplyCodeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "550     | 550",
        "' 250 ' | 250",
        "'\t421\n' | 421",
        "354     | 354",
        "200     | 200",
        "559     | 559",
    })
    void parsesValidReplies(String text, int expected) {
        ReplyCode r = ReplyCode.parse(text);
        assertThat(r.value()).isEqualTo(expected);
        assertThat(r).isSameAs(ReplyCode.of(expected));
        assertThat(ReplyCode.tryParse(text)).contains(r);
    }

    @ParameterizedTest(name = "\"{0}\" fails with {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''    | EMPTY",
        "'  '  | EMPTY",
        "600   | BAD_REPLY_CODE",
        "199   | BAD_REPLY_CODE",
        "099   | BAD_REPLY_CODE",
        "560   | BAD_REPLY_CODE",
        "55    | BAD_REPLY_CODE",
        "5500  | TOO_LONG",
        "5.1.1 | TOO_LONG",
        "５５０   | NOT_A_NUMBER",
        "٥٥٠   | NOT_A_NUMBER",
        "abc   | NOT_A_NUMBER",
        "'5 0' | NOT_A_NUMBER",
    })
    void rejectsInvalidRepliesWithTheirReason(String text, Reason reason) {
        StatusCodeParseException e = catchThrowableOfType(StatusCodeParseException.class, () -> ReplyCode.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(ReplyCode.tryParse(text)).isEmpty();
    }

    @Test
    void nullAndHugeInput() {
        assertThat(catchThrowableOfType(StatusCodeParseException.class, () -> ReplyCode.parse(null)).reason())
                .isEqualTo(Reason.NULL);
        StatusCodeParseException e = catchThrowableOfType(StatusCodeParseException.class,
                () -> ReplyCode.parse("5".repeat(10 * 1024 * 1024)));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(e.getMessage()).hasSizeLessThan(150);
    }

    @Test
    void ofChecksTheNumber() {
        assertThat(ReplyCode.of(550)).hasToString("550");
        assertThatThrownBy(() -> ReplyCode.of(560)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("560");
        assertThatThrownBy(() -> ReplyCode.of(199)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReplyCode.of(600)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classes() {
        assertThat(ReplyCode.of(250).statusClass()).contains(StatusClass.SUCCESS);
        assertThat(ReplyCode.of(452).statusClass()).contains(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
        assertThat(ReplyCode.of(550).statusClass()).contains(StatusClass.PERMANENT_FAILURE);
        assertThat(ReplyCode.of(354).statusClass()).isEmpty();
        assertThat(ReplyCode.of(354).isIntermediate()).isTrue();
        assertThat(ReplyCode.of(550).isIntermediate()).isFalse();
    }

    @Test
    void ordersByNumber() {
        List<ReplyCode> codes = List.of(ReplyCode.of(220), ReplyCode.of(250), ReplyCode.of(354), ReplyCode.of(421),
                ReplyCode.of(452), ReplyCode.of(550), ReplyCode.of(554));
        List<ReplyCode> shuffled = new ArrayList<>(codes);
        Collections.shuffle(shuffled, new java.util.Random(7));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(codes);
        assertThat(ReplyCode.of(550)).isEqualTo(ReplyCode.parse("550")).hasSameHashCodeAs(ReplyCode.parse("550"));
    }
}
