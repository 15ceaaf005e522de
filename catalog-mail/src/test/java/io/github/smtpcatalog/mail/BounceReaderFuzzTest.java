// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.i18n.ExplainOptions;
import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Fuzz test of {@link BounceReader}, run by Jazzer: regression mode in the normal build (the files in
 * {@code src/test/resources/io/github/smtpcatalog/mail/BounceReaderFuzzTestInputs/read/}, real bounces from the
 * corpus), fuzzing with {@code JAZZER_FUZZ=1} (docs/reliability.md).
 *
 * <p>The properties: any bytes give a report or {@link BounceReadException}, never another exception; reading
 * the bytes and reading them from a stream give the same report; a report keeps its limits (at most
 * {@link ReplyParser#MAX_RECIPIENT_GROUPS} diagnoses, the failures among them) and explains every diagnosis in
 * Dutch without an exception.
 */
class BounceReaderFuzzTest {

    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));

    @FuzzTest(maxDuration = "30s")
    void read(byte[] bytes) {
        BounceReader reader = BounceReader.standard();
        Throwable thrown = catchThrowable(() -> reader.read(bytes));
        Throwable fromStream = catchThrowable(() -> reader.read(new ByteArrayInputStream(bytes)));
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(BounceReadException.class);
            assertThat(fromStream).isInstanceOf(BounceReadException.class);
            return;
        }
        assertThat(fromStream).isNull();
        BounceReport report = reader.read(bytes);
        assertThat(reader.read(new ByteArrayInputStream(bytes))).isEqualTo(report);
        assertThat(report.diagnoses()).hasSizeLessThanOrEqualTo(ReplyParser.MAX_RECIPIENT_GROUPS)
                .doesNotContainNull();
        assertThat(report.failures()).isSubsetOf(report.diagnoses());
        assertThat(report.explain(NL)).isNotNull();
        assertThat(catchThrowable(() -> report.diagnoses().clear())).isInstanceOf(UnsupportedOperationException.class);
    }
}
