// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.smtpcatalog.core.DsnAction;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.StatusClass;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explanation;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sends mail with Angus Mail to a real Postfix on 127.0.0.1 ({@link PostfixServers}), catches the real
 * exceptions, reads the real DSNs from the Maildir on disk, and checks the Dutch and English explanations.
 */
@Timeout(120)
class RealMailServerTest {

    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));
    private static final ExplainOptions EN = ExplainOptions.of(Locale.ENGLISH);
    private static final Duration BOUNCE_WAIT = Duration.ofSeconds(40);

    private static PostfixServers servers;

    @BeforeAll
    static void startPostfix() throws Exception {
        servers = PostfixServers.start();
    }

    @AfterAll
    static void stopPostfix() {
        if (servers != null) {
            servers.stop();
        }
    }

    private static Session session(boolean sendPartial, String envelopeFrom, String dsnRet) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(servers.port()));
        p.setProperty("mail.smtp.from", envelopeFrom);
        p.setProperty("mail.smtp.localhost", "client.catalog.test");
        p.setProperty("mail.smtp.connectiontimeout", "10000");
        p.setProperty("mail.smtp.timeout", "20000");
        p.setProperty("mail.smtp.sendpartial", Boolean.toString(sendPartial));
        if (dsnRet != null) {
            p.setProperty("mail.smtp.dsn.notify", "FAILURE,DELAY");
            p.setProperty("mail.smtp.dsn.ret", dsnRet);
        }
        return Session.getInstance(p);
    }

    private static MimeMessage message(Session s, String id, int bodyBytes, String... to) throws Exception {
        MimeMessage m = new MimeMessage(s);
        m.setFrom(new InternetAddress("bounces@catalog.test", "Verzekeraar Test"));
        for (String t : to) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(t));
        }
        m.setSubject("Uw polis " + id, "UTF-8");
        m.setHeader("X-Catalog-Test-Id", id);
        StringBuilder body = new StringBuilder("Beste klant,\n\nHierbij uw polis. Kenmerk " + id + ".\n");
        while (body.length() < bodyBytes) {
            body.append("Dit is opvulling om het bericht groot te maken. 0123456789 abcdefghij\n");
        }
        m.setText(body.toString(), "UTF-8");
        return m;
    }

    private static String id() {
        return "cat-" + UUID.randomUUID();
    }

    private static MessagingException send(Session s, MimeMessage m) {
        return catchThrowableOfType(MessagingException.class, () -> Transport.send(m));
    }

    private static RecipientExplanation only(List<RecipientExplanation> list, String recipient) {
        return list.stream().filter(r -> r.recipient().orElse("").equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no explanation for " + recipient + " in " + list));
    }

    private static void assertCodes(RecipientExplanation r, int reply, String enhanced) {
        ParsedReply p = r.reply().orElseThrow();
        if (reply > 0) {
            assertThat(p.replyCode()).contains(ReplyCode.of(reply));
        }
        assertThat(p.enhancedCode()).contains(EnhancedStatusCode.parse(enhanced));
    }

    @Test
    void the_servers_listen_on_loopback_only() throws Exception {
        for (String instance : List.of("front", "back")) {
            assertThat(servers.postconf(instance, "inet_interfaces")).isEqualTo("127.0.0.1");
            assertThat(servers.postconf(instance, "inet_protocols")).isEqualTo("ipv4");
        }
    }

    @Test
    void an_unknown_local_user_is_refused_with_550_5_1_1() throws Exception {
        Session s = session(false, "bounces@catalog.test", null);
        MessagingException e = send(s, message(s, id(), 100, "onbekend@catalog.test"));
        assertThat(e).isInstanceOf(SendFailedException.class);
        assertThat(e.getNextException()).isInstanceOf(SMTPAddressFailedException.class);

        List<RecipientExplanation> nl = MailExceptionExplainer.standard().explain(e, NL);
        assertThat(nl).hasSize(1);
        RecipientExplanation r = nl.get(0);
        assertThat(r.recipient()).contains("onbekend@catalog.test");
        assertThat(r.outcome()).isEqualTo(DeliveryOutcome.REFUSED);
        assertCodes(r, 550, "5.1.1");
        Explanation x = r.explanation().orElseThrow();
        assertThat(x.matchedCode().toString()).isEqualTo("5.1.1");
        assertThat(x.retryable()).isFalse();
        assertThat(x.message()).contains("niet bezorgd").contains("onbekend@catalog.test");
        assertThat(r.note()).contains("geweigerd");

        RecipientExplanation en = MailExceptionExplainer.standard().explain(e, EN).get(0);
        assertThat(en.explanation().orElseThrow().message()).contains("not delivered")
                .contains("onbekend@catalog.test");
        assertThat(en.note()).contains("refused");
    }

    @Test
    void one_refused_address_leaves_the_valid_ones_unsent_and_a_temporary_refusal_is_its_own() throws Exception {
        Session s = session(false, "bounces@catalog.test", null);
        MessagingException e = send(s, message(s, id(), 100, "klant@catalog.test", "onbekend@catalog.test",
                "later@catalog.test"));
        SendFailedException sfe = (SendFailedException) e;
        assertThat(sfe.getInvalidAddresses()).extracting(Object::toString).containsExactly("onbekend@catalog.test");
        assertThat(sfe.getValidUnsentAddresses()).extracting(Object::toString)
                .containsExactlyInAnyOrder("klant@catalog.test", "later@catalog.test");

        List<RecipientExplanation> nl = MailExceptionExplainer.standard().explain(e, NL);
        assertThat(nl).hasSize(3);
        RecipientExplanation unknown = only(nl, "onbekend@catalog.test");
        assertThat(unknown.outcome()).isEqualTo(DeliveryOutcome.REFUSED);
        assertCodes(unknown, 550, "5.1.1");

        RecipientExplanation later = only(nl, "later@catalog.test");
        assertThat(later.outcome()).isEqualTo(DeliveryOutcome.REFUSED);
        assertCodes(later, 450, "4.2.1");
        assertThat(later.explanation().orElseThrow().retryable()).isTrue();
        assertThat(later.explanation().orElseThrow().message()).contains("nog niet bezorgd");

        RecipientExplanation klant = only(nl, "klant@catalog.test");
        assertThat(klant.outcome()).isEqualTo(DeliveryOutcome.NOT_SENT);
        assertThat(klant.explanation()).isEmpty();
        assertThat(klant.note()).startsWith("Niet verstuurd door de andere fout");
        assertThat(only(MailExceptionExplainer.standard().explain(e, EN), "klant@catalog.test").note())
                .startsWith("Not sent because of the other failure");
    }

    @Test
    void with_send_partial_the_delivered_addresses_are_no_failures() throws Exception {
        Session s = session(true, "bounces@catalog.test", null);
        String id = id();
        MessagingException e = send(s, message(s, id, 100, "klant@catalog.test", "onbekend@catalog.test"));
        assertThat(e).isInstanceOf(SMTPSendFailedException.class);
        assertThat(((SendFailedException) e).getValidSentAddresses()).extracting(Object::toString)
                .containsExactly("klant@catalog.test");

        List<RecipientDiagnosis> d = MailExceptionExplainer.standard().diagnose(e);
        assertThat(d).extracting(x -> x.recipient().orElseThrow()).containsExactly("onbekend@catalog.test");
        assertThat(d.get(0).outcome()).isEqualTo(DeliveryOutcome.REFUSED);

        // The delivered copy is an ordinary message: no bounce, no invented status.
        byte[] delivered = PostfixServers.awaitMessage(servers.maildir("klant"), id, BOUNCE_WAIT);
        BounceReport report = BounceReader.standard().read(delivered);
        assertThat(report.kind()).isEqualTo(BounceKind.NOT_A_BOUNCE);
        assertThat(report.diagnoses()).isEmpty();
        assertThat(report.explain(NL)).isEmpty();
    }

    @Test
    void a_message_over_the_size_limit_is_refused_for_everyone_with_552_5_3_4() throws Exception {
        Session s = session(false, "bounces@catalog.test", null);
        MessagingException e = send(s, message(s, id(), 150_000, "klant@catalog.test", "postmaster@catalog.test"));
        assertThat(e).isInstanceOf(SMTPSendFailedException.class);
        assertThat(((SMTPSendFailedException) e).getReturnCode()).isEqualTo(552);

        List<RecipientExplanation> nl = MailExceptionExplainer.standard().explain(e, NL);
        assertThat(nl).extracting(r -> r.recipient().orElseThrow())
                .containsExactlyInAnyOrder("klant@catalog.test", "postmaster@catalog.test");
        for (RecipientExplanation r : nl) {
            assertThat(r.outcome()).isEqualTo(DeliveryOutcome.MESSAGE_REFUSED);
            assertCodes(r, 552, "5.3.4");
            assertThat(r.explanation().orElseThrow().message()).contains("niet bezorgd");
            assertThat(r.note()).contains("bericht zelf geweigerd");
        }
        assertThat(MailExceptionExplainer.standard().explain(e, EN).get(0).explanation().orElseThrow().title())
                .isNotBlank();
    }

    @Test
    void a_refused_sender_fails_every_recipient() throws Exception {
        Session s = session(false, "blocked@sender.test", null);
        MessagingException e = send(s, message(s, id(), 100, "klant@catalog.test"));
        assertThat(e).isInstanceOf(SMTPSendFailedException.class);
        assertThat(e.getNextException()).isInstanceOf(SMTPSenderFailedException.class);

        List<RecipientExplanation> nl = MailExceptionExplainer.standard().explain(e, NL);
        assertThat(nl).hasSize(1);
        RecipientExplanation r = nl.get(0);
        assertThat(r.recipient()).contains("klant@catalog.test");
        assertThat(r.outcome()).isEqualTo(DeliveryOutcome.SENDER_REFUSED);
        assertCodes(r, 553, "5.7.1");
        assertThat(r.note()).contains("afzenderadres");
        assertThat(r.explanation().orElseThrow().message()).contains("niet bezorgd");
    }

    @Test
    void greylisting_a_full_mailbox_and_a_policy_refusal() throws Exception {
        Session s = session(false, "bounces@catalog.test", null);
        MessagingException e = send(s, message(s, id(), 100, "greylist@catalog.test", "quota@catalog.test",
                "policy@catalog.test"));
        List<RecipientExplanation> en = MailExceptionExplainer.standard().explain(e, EN);
        assertThat(en).hasSize(3);
        RecipientExplanation grey = only(en, "greylist@catalog.test");
        assertCodes(grey, 450, "4.7.1");
        assertThat(grey.explanation().orElseThrow().statusClass()).contains(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
        RecipientExplanation quota = only(en, "quota@catalog.test");
        assertCodes(quota, 452, "4.2.2");
        assertThat(quota.explanation().orElseThrow().retryable()).isTrue();
        RecipientExplanation policy = only(en, "policy@catalog.test");
        assertCodes(policy, 554, "5.7.1");
        assertThat(policy.explanation().orElseThrow().retryable()).isFalse();
        assertThat(en).allMatch(r -> r.outcome() == DeliveryOutcome.REFUSED);
    }

    @Test
    void the_bounce_of_refusals_by_the_next_server_is_a_dsn_per_recipient() throws Exception {
        Session s = session(false, "bounces@catalog.test", null);
        String id = id();
        MimeMessage m = message(s, id, 100, "nobody@remote.test", "blocked@remote.test", "jan@remote.test");
        Transport.send(m);   // the front accepts all three; the back refuses two of them
        byte[] bounce = PostfixServers.awaitMessage(servers.bounceMaildir(), id, BOUNCE_WAIT);

        BounceReport report = BounceReader.standard().read(bounce);
        assertThat(report.kind()).isEqualTo(BounceKind.DSN);
        assertThat(report.truncated()).isFalse();
        assertThat(report.diagnoses()).extracting(d -> d.recipient().orElseThrow())
                .containsExactlyInAnyOrder("nobody@remote.test", "blocked@remote.test");
        assertThat(report.diagnoses()).allMatch(d -> d.outcome() == DeliveryOutcome.FAILED);
        assertThat(report.diagnoses()).allMatch(d -> d.reply().orElseThrow().dsnAction()
                .equals(java.util.Optional.of(DsnAction.FAILED)));

        List<RecipientExplanation> nl = report.explain(NL);
        RecipientExplanation nobody = only(nl, "nobody@remote.test");
        assertCodes(nobody, 550, "5.1.1");
        assertThat(nobody.reply().orElseThrow().remoteMta()).contains("127.0.0.1");
        assertThat(nobody.explanation().orElseThrow().message()).contains("nobody@remote.test")
                .contains("niet bezorgd");
        assertThat(nobody.note()).contains("teruggestuurd");
        RecipientExplanation blocked = only(report.explain(EN), "blocked@remote.test");
        assertCodes(blocked, 554, "5.7.1");
        assertThat(blocked.explanation().orElseThrow().message()).contains("not delivered");

        // The same message through Jakarta Mail's MimeMessage and an InputStream gives the same report.
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bounce));
        assertThat(BounceReader.standard().read(parsed)).isEqualTo(report);
        assertThat(BounceReader.standard().read(new ByteArrayInputStream(bounce))).isEqualTo(report);
    }

    @Test
    void a_temporary_refusal_that_outlives_the_queue_is_returned_as_failed_with_its_4xx_status() throws Exception {
        Session s = session(false, "bounces@catalog.test", "HDRS");
        String id = id();
        Transport.send(message(s, id, 100, "busy@remote.test"));
        byte[] bounce = PostfixServers.awaitMessage(servers.bounceMaildir(), id, BOUNCE_WAIT);
        assertThat(new String(bounce, java.nio.charset.StandardCharsets.US_ASCII))
                .contains("text/rfc822-headers");

        BounceReport report = BounceReader.standard().read(bounce);
        assertThat(report.kind()).isEqualTo(BounceKind.DSN);
        RecipientDiagnosis d = report.diagnoses().get(0);
        assertThat(d.recipient()).contains("busy@remote.test");
        assertThat(d.outcome()).isEqualTo(DeliveryOutcome.FAILED);
        assertThat(d.reply().orElseThrow().enhancedCode()).contains(EnhancedStatusCode.parse("4.2.1"));
        Explanation nl = report.explain(NL).get(0).explanation().orElseThrow();
        assertThat(nl.statusClass()).contains(StatusClass.PERSISTENT_TRANSIENT_FAILURE);
    }

    @Test
    void an_unreachable_next_hop_and_a_size_limit_downstream_bounce_with_postfix_own_diagnostics()
            throws Exception {
        Session s = session(false, "bounces@catalog.test", null);
        String unreachable = id();
        Transport.send(message(s, unreachable, 100, "iemand@unreachable.test"));
        String big = id();
        Transport.send(message(s, big, 50_000, "jan@remote.test"));

        BounceReport r1 = BounceReader.standard().read(
                PostfixServers.awaitMessage(servers.bounceMaildir(), unreachable, BOUNCE_WAIT));
        assertThat(r1.kind()).isEqualTo(BounceKind.DSN);
        assertThat(r1.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.recipient()).contains("iemand@unreachable.test");
            assertThat(d.reply().orElseThrow().enhancedCode()).contains(EnhancedStatusCode.parse("4.4.1"));
            assertThat(d.text()).contains("Connection refused");
        });

        BounceReport r2 = BounceReader.standard().read(
                PostfixServers.awaitMessage(servers.bounceMaildir(), big, BOUNCE_WAIT));
        RecipientExplanation nl = r2.explain(NL).get(0);
        assertThat(nl.recipient()).contains("jan@remote.test");
        assertThat(nl.reply().orElseThrow().enhancedCode()).contains(EnhancedStatusCode.parse("5.3.4"));
        assertThat(nl.explanation().orElseThrow().message()).contains("niet bezorgd");
        assertThat(r2.explain(EN).get(0).explanation().orElseThrow().matchedCode().toString())
                .startsWith("5.3");
    }

    @Test
    void the_maillog_shows_the_bounces() throws Exception {
        // Not a check of the library: a guard that the DSNs above really came from Postfix's bounce daemon.
        Session s = session(false, "bounces@catalog.test", null);
        String id = id();
        Transport.send(message(s, id, 100, "nobody@remote.test"));
        PostfixServers.awaitMessage(servers.bounceMaildir(), id, BOUNCE_WAIT);
        assertThat(Files.readString(servers.log("front"))).contains("sender non-delivery notification");
    }
}
