// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz tests of {@link ReplyParser}, run by Jazzer. In the normal build they run in regression mode: each file
 * in {@code src/test/resources/io/github/smtpcatalog/core/ReplyParserFuzzTestInputs/<method>/} is one test
 * input (seeds, and every crash a fuzzing run found). With {@code JAZZER_FUZZ=1} Jazzer fuzzes instead; see
 * docs/reliability.md for the command.
 *
 * <p>The properties: {@code parse} throws nothing but {@link StatusCodeParseException} with a documented reason,
 * {@code tryParse} never throws and is empty exactly when {@code parse} throws, both give the same result,
 * results keep the documented limits, and {@code parseDeliveryStatus} never throws.
 */
class ReplyParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] bytes) {
        for (String input : FuzzInput.texts(bytes)) {
            checkParse(input);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void parseDeliveryStatus(byte[] bytes) {
        for (String input : FuzzInput.texts(bytes)) {
            checkDeliveryStatus(input);
        }
    }

    static void checkParse(String input) {
        Optional<ParsedReply> tried = ReplyParser.tryParse(input);
        Throwable thrown = catchThrowable(() -> ReplyParser.parse(input));
        if (thrown != null) {
            assertThat(thrown).isExactlyInstanceOf(StatusCodeParseException.class);
            assertThat(((StatusCodeParseException) thrown).reason()).isIn(Reason.EMPTY, Reason.NO_CODE);
            assertThat(tried).as("tryParse when parse throws").isEmpty();
            return;
        }
        assertThat(tried).as("tryParse when parse returns").isPresent();
        ParsedReply p = ReplyParser.parse(input);
        assertThat(tried.get()).isEqualTo(p);
        assertThat(p.replyCode().isPresent() || p.enhancedCode().isPresent()).isTrue();
        assertThat(p.text().length()).isLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS);
        p.recipient().ifPresent(r -> assertThat(r).isNotBlank().hasSizeLessThanOrEqualTo(254));
        p.remoteMta().ifPresent(m -> assertThat(m).isNotBlank());
        p.enhancedCode().ifPresent(c -> assertThat(EnhancedStatusCode.parse(c.toString())).isEqualTo(c));
        p.replyCode().ifPresent(c -> assertThat(ReplyCode.parse(c.toString())).isEqualTo(c));
        assertThat(p.context()).isNotNull();
        assertThat(p.toString()).isNotNull();
    }

    static void checkDeliveryStatus(String input) {
        List<ParsedReply> groups = ReplyParser.parseDeliveryStatus(input);
        assertThat(groups).hasSizeLessThanOrEqualTo(ReplyParser.MAX_RECIPIENT_GROUPS).doesNotContainNull();
        for (ParsedReply g : groups) {
            assertThat(g.enhancedCode().isPresent() || g.replyCode().isPresent()).isTrue();
            assertThat(g.text().length()).isLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS);
        }
        assertThat(catchThrowable(() -> groups.add(groups.isEmpty() ? null : groups.get(0))))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
