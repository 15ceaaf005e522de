// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.i18n.ExplainOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The results of catalog-mail cannot be changed, neither through a returned list nor through a list the caller
 * passed in and changes afterwards. (ArchitectureTest checks that the public classes are final with final
 * fields.)
 */
class ImmutabilityTest {

    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));

    private static RecipientDiagnosis diagnosis(String recipient, DeliveryOutcome outcome, String reply) {
        return RecipientDiagnosis.of(recipient, outcome, ReplyParser.parse(reply), reply);
    }

    @Test
    void aReportKeepsItsOwnCopyOfTheDiagnosesAndHandsOutUnmodifiableLists() {
        RecipientDiagnosis jan = diagnosis("jan@example.nl", DeliveryOutcome.FAILED, "550 5.1.1 User unknown");
        RecipientDiagnosis piet = diagnosis("piet@example.nl", DeliveryOutcome.DELAYED, "452 4.2.2 Mailbox full");
        List<RecipientDiagnosis> diagnoses = new ArrayList<>(List.of(jan, piet));
        BounceReport report = BounceReport.of(BounceKind.DSN, diagnoses, "test", false);
        diagnoses.clear();
        assertThat(report.diagnoses()).containsExactly(jan, piet);
        assertThat(report.failures()).contains(jan);
        assertThatThrownBy(() -> report.diagnoses().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.diagnoses().add(jan)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.failures().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<RecipientExplanation> explained = report.explain(NL);
        assertThat(explained).isNotEmpty();
        assertThatThrownBy(explained::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(explained.get(0).explanation()).hasValueSatisfying(e -> assertThatThrownBy(() -> e.causes()
                .clear()).isInstanceOf(UnsupportedOperationException.class));
    }

    @Test
    void aReadReportHandsOutUnmodifiableLists() {
        byte[] message = ("From: MAILER-DAEMON@mail.example.com\nSubject: Undelivered Mail Returned to Sender\n"
                + "Content-Type: text/plain\n\n<jan@example.nl>: host mx.example.nl[192.0.2.1] said: 550 5.1.1 User "
                + "unknown (in reply to RCPT TO command)\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        BounceReport report = BounceReader.standard().read(message);
        assertThat(report.diagnoses()).hasSize(1);
        assertThatThrownBy(() -> report.diagnoses().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.failures().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.explain(NL).remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BounceReader.standard().read(message)).isEqualTo(report);
    }
}
