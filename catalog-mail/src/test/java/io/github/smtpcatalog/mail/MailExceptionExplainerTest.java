// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.i18n.ExplainOptions;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressSucceededException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/**
 * The exception chains Angus Mail builds (see SMTPTransport.rcptTo, mailFrom and issueSendCommand), built here
 * without a server; {@link RealMailServerTest} gets the same exceptions from a real Postfix.
 */
class MailExceptionExplainerTest {

    private static final ExplainOptions NL = ExplainOptions.of(Locale.forLanguageTag("nl"));
    private final MailExceptionExplainer explainer = MailExceptionExplainer.standard();

    private static InternetAddress a(String s) throws Exception {
        return new InternetAddress(s);
    }

    private static SMTPAddressFailedException refused(String addr, int code, String reply) throws Exception {
        return new SMTPAddressFailedException(a(addr), "RCPT TO:<" + addr + ">", code, reply);
    }

    @Test
    void invalid_and_valid_unsent_addresses_of_a_failed_rcpt() throws Exception {
        SMTPAddressFailedException jan = refused("jan@example.nl", 550,
                "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table\n");
        SMTPAddressFailedException piet = refused("piet@example.nl", 452, "452 4.2.2 Mailbox full\n");
        jan.setNextException(piet);
        SendFailedException e = new SendFailedException("Invalid Addresses", jan, new Address[0],
                new Address[] {a("klant@example.nl"), a("piet@example.nl")}, new Address[] {a("jan@example.nl")});

        List<RecipientDiagnosis> d = explainer.diagnose(e);
        assertThat(d).extracting(x -> x.recipient().orElseThrow())
                .containsExactly("jan@example.nl", "klant@example.nl", "piet@example.nl");
        assertThat(d).extracting(RecipientDiagnosis::outcome).containsExactly(DeliveryOutcome.REFUSED,
                DeliveryOutcome.NOT_SENT, DeliveryOutcome.REFUSED);
        assertThat(d.get(0).reply().flatMap(ParsedReply::enhancedCode)).contains(EnhancedStatusCode.parse("5.1.1"));
        assertThat(d.get(1).reply()).isEmpty();
        assertThat(d.get(2).reply().flatMap(ParsedReply::replyCode)).contains(ReplyCode.of(452));
        assertThat(d.get(2).reply().flatMap(ParsedReply::recipient)).contains("piet@example.nl");

        List<RecipientExplanation> nl = explainer.explain(e, NL);
        assertThat(nl.get(0).explanation().orElseThrow().message()).contains("jan@example.nl");
        assertThat(nl.get(1).explanation()).isEmpty();
        assertThat(nl.get(1).note()).startsWith("Niet verstuurd door de andere fout");
        assertThat(nl.get(2).explanation().orElseThrow().retryable()).isTrue();
    }

    @Test
    void send_partial_leaves_the_sent_addresses_out() throws Exception {
        SMTPAddressFailedException jan = refused("jan@example.nl", 550, "550 5.1.1 User unknown\n");
        SMTPSendFailedException e = new SMTPSendFailedException(".", 250, "250 2.0.0 Ok: queued as 4ABC\n", jan,
                new Address[] {a("klant@example.nl")}, new Address[0], new Address[] {a("jan@example.nl")});
        List<RecipientDiagnosis> d = explainer.diagnose(e);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.recipient()).contains("jan@example.nl");
            assertThat(x.outcome()).isEqualTo(DeliveryOutcome.REFUSED);
            // the reply names no address: the exception's address is put in
            assertThat(x.reply().flatMap(ParsedReply::recipient)).contains("jan@example.nl");
        });
    }

    @Test
    void a_refused_message_fails_every_unsent_address_with_its_reply() throws Exception {
        SMTPSendFailedException e = new SMTPSendFailedException(".", 552,
                "552 5.3.4 Message size exceeds fixed limit\n", null, null,
                new Address[] {a("a@example.nl"), a("b@example.nl")}, new Address[0]);
        List<RecipientDiagnosis> d = explainer.diagnose(e);
        assertThat(d).hasSize(2).allMatch(x -> x.outcome() == DeliveryOutcome.MESSAGE_REFUSED)
                .allMatch(x -> x.reply().flatMap(ParsedReply::enhancedCode)
                        .equals(java.util.Optional.of(EnhancedStatusCode.parse("5.3.4"))));
        // The message-level reply does not name either recipient as the failing address.
        assertThat(d.get(0).reply().flatMap(ParsedReply::recipient)).isEmpty();
    }

    @Test
    void a_refused_sender_fails_every_recipient() throws Exception {
        String reply = "553 5.7.1 <blocked@sender.test>: Sender address rejected: not allowed\n";
        SMTPSendFailedException e = new SMTPSendFailedException("MAIL FROM:<blocked@sender.test>", 553, reply,
                null, null, new Address[] {a("klant@example.nl")}, null);
        e.setNextException(new SMTPSenderFailedException(a("blocked@sender.test"),
                "MAIL FROM:<blocked@sender.test>", 553, reply));
        List<RecipientDiagnosis> d = explainer.diagnose(e);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.recipient()).contains("klant@example.nl");
            assertThat(x.outcome()).isEqualTo(DeliveryOutcome.SENDER_REFUSED);
            assertThat(x.reply().flatMap(ParsedReply::replyCode)).contains(ReplyCode.of(553));
        });
        // A sender failure with no address lists at all still gives one entry, without a recipient.
        SMTPSenderFailedException alone = new SMTPSenderFailedException(a("blocked@sender.test"),
                "MAIL FROM:<blocked@sender.test>", 553, reply);
        assertThat(explainer.diagnose(alone)).singleElement().satisfies(x -> {
            assertThat(x.recipient()).isEmpty();
            assertThat(x.outcome()).isEqualTo(DeliveryOutcome.SENDER_REFUSED);
        });
    }

    @Test
    void a_reply_without_a_code_in_its_text_uses_the_return_code() throws Exception {
        SMTPAddressFailedException e = refused("jan@example.nl", 550, "Sorry, no\n");
        RecipientDiagnosis d = explainer.diagnose(e).get(0);
        assertThat(d.reply().flatMap(ParsedReply::replyCode)).contains(ReplyCode.of(550));
        assertThat(d.reply().flatMap(ParsedReply::enhancedCode)).isEmpty();
        assertThat(explainer.explain(e, NL).get(0).explanation()).isPresent();
    }

    @Test
    void successes_reported_on_request_are_no_failures() throws Exception {
        SMTPAddressSucceededException ok = new SMTPAddressSucceededException(a("klant@example.nl"),
                "RCPT TO:<klant@example.nl>", 250, "250 2.1.5 Ok\n");
        SMTPSendFailedException e = new SMTPSendFailedException(".", 250, "250 2.0.0 Ok\n", ok,
                new Address[] {a("klant@example.nl")}, new Address[0], new Address[0]);
        assertThat(explainer.diagnose(e)).isEmpty();
    }

    @Test
    void exceptions_without_an_smtp_reply_give_nothing_and_a_greeting_refusal_gives_one_entry() throws Exception {
        MailConnectException refusedConnection = new MailConnectException(new SocketConnectException(
                "Connection refused", new ConnectException("Connection refused"), "127.0.0.1", 2599, 5000));
        assertThat(explainer.diagnose(refusedConnection)).isEmpty();
        assertThat(explainer.diagnose(new MessagingException("Could not connect to SMTP host: localhost, port: 25")))
                .isEmpty();
        MessagingException greeting = new MessagingException(
                "Could not connect to SMTP host: mx.example.nl, port: 25, response: 421 4.7.0 Too many connections");
        assertThat(explainer.diagnose(greeting)).singleElement().satisfies(x -> {
            assertThat(x.recipient()).isEmpty();
            assertThat(x.outcome()).isEqualTo(DeliveryOutcome.MESSAGE_REFUSED);
            assertThat(x.reply().flatMap(ParsedReply::replyCode)).contains(ReplyCode.of(421));
        });
        MessagingException auth = new MessagingException("535 5.7.8 Error: authentication failed");
        assertThat(explainer.explain(auth, NL)).singleElement()
                .satisfies(x -> assertThat(x.explanation()).isPresent());
    }

    @Test
    void a_cyclic_or_very_long_chain_ends() throws Exception {
        SMTPAddressFailedException x = refused("x@example.nl", 550, "550 5.1.1 no\n");
        SMTPAddressFailedException y = refused("y@example.nl", 550, "550 5.1.1 no\n");
        x.setNextException(y);
        y.setNextException(x);   // setNextException refuses only self-cycles through the same object
        assertThat(explainer.diagnose(x)).hasSize(2);

        MessagingException head = new MessagingException("start");
        MessagingException tail = head;
        for (int i = 0; i < 5000; i++) {
            MessagingException next = refused("u" + i + "@example.nl", 550, "550 5.1.1 no\n");
            tail.setNextException(next);
            tail = next;
        }
        assertThat(explainer.diagnose(head)).hasSize(MailExceptionExplainer.MAX_CHAIN - 1);
    }
}
