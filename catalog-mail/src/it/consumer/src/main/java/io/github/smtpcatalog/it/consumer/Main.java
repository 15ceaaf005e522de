// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.it.consumer;

import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.Explanation;
import io.github.smtpcatalog.mail.BounceKind;
import io.github.smtpcatalog.mail.BounceReader;
import io.github.smtpcatalog.mail.BounceReport;
import io.github.smtpcatalog.mail.RecipientExplanation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Explains an SMTP error and a bounce in Dutch, as a customer's application would; fails loudly otherwise. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        check(Main.class.getModule().isNamed(), "the consumer runs on the module path");
        check("io.github.smtpcatalog.i18n".equals(Explainer.class.getModule().getName()),
                "catalog-i18n is the named module io.github.smtpcatalog.i18n");
        check("io.github.smtpcatalog.mail".equals(BounceReader.class.getModule().getName()),
                "catalog-mail is the named module io.github.smtpcatalog.mail");

        ExplainOptions nl = ExplainOptions.of(Locale.forLanguageTag("nl"));
        Explanation e = Explainer.standard().explain(ReplyParser.parse(
                "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table"), nl)
                .orElseThrow();
        System.out.println(e.title());
        System.out.println(e.message());
        check(e.locale().getLanguage().equals("nl"), "the explanation is Dutch");
        check(e.message().contains("niet bezorgd") && e.message().contains("jan@example.nl"),
                "the Dutch message says the mail was not delivered to jan@example.nl");
        check(!e.retryable(), "5.1.1 is permanent");

        String bounce = "From: MAILER-DAEMON@mx.example.nl (Mail Delivery System)\n"
                + "To: noreply@verzekeraar.nl\n"
                + "Subject: Undelivered Mail Returned to Sender\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain\n\n<piet@example.nl>: host mx.example.nl said: 552 5.2.2 Mailbox full\n"
                + "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.nl\n\n"
                + "Final-Recipient: rfc822; piet@example.nl\nAction: failed\nStatus: 5.2.2\n"
                + "Diagnostic-Code: smtp; 552 5.2.2 <piet@example.nl>: Mailbox full\n--b--\n";
        BounceReport report = BounceReader.standard().read(bounce.getBytes(StandardCharsets.US_ASCII));
        check(report.kind() == BounceKind.DSN, "the bounce is a DSN: " + report.evidence());
        List<RecipientExplanation> explained = report.explain(nl);
        check(explained.size() == 1, "one failed recipient");
        RecipientExplanation r = explained.get(0);
        System.out.println(r.recipient().orElse("?") + ": " + r.note());
        System.out.println(r.explanation().orElseThrow().message());
        check(r.note().startsWith("Het bericht kon niet"), "the outcome sentence is Dutch");
        System.out.println("CONSUMER OK");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("consumer check failed: " + what);
        }
    }
}
