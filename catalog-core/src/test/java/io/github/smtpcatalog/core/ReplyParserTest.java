// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    private static EnhancedStatusCode esc(String s) {
        return EnhancedStatusCode.parse(s);
    }

    private static ReplyCode reply(int v) {
        return ReplyCode.of(v);
    }

    private static void assertNoCode(String input) {
        assertThat(ReplyParser.tryParse(input)).as("tryParse(%s)", input).isEmpty();
        assertThatThrownBy(() -> ReplyParser.parse(input)).isInstanceOf(StatusCodeParseException.class)
                .extracting(e -> ((StatusCodeParseException) e).reason()).isEqualTo(Reason.NO_CODE);
    }

    @Nested
    class Errors {

        @Test
        void nullIsReasonNull() {
            assertThatThrownBy(() -> ReplyParser.parse(null)).isInstanceOf(StatusCodeParseException.class)
                    .hasMessage("Invalid SMTP reply: the input is null")
                    .extracting(e -> ((StatusCodeParseException) e).reason()).isEqualTo(Reason.NULL);
            assertThat(ReplyParser.tryParse(null)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\r\n", "\n\n\n", "\u00a0\u2003"})
        void emptyOrWhiteSpaceIsReasonEmpty(String input) {
            assertThatThrownBy(() -> ReplyParser.parse(input)).isInstanceOf(StatusCodeParseException.class)
                    .extracting(e -> ((StatusCodeParseException) e).reason()).isEqualTo(Reason.EMPTY);
            assertThat(ReplyParser.tryParse(input)).isEmpty();
        }

        @Test
        void textWithoutCodeIsReasonNoCodeAndTheMessageNamesTheInput() {
            assertThatThrownBy(() -> ReplyParser.parse("Connection refused"))
                    .isInstanceOf(StatusCodeParseException.class)
                    .hasMessage("Invalid SMTP reply \"Connection refused\": the text holds no SMTP status code");
        }

        @Test
        void theMessageShortensLongInputAndEscapesControlCharacters() {
            String input = "no code here\n" + "x".repeat(500);
            StatusCodeParseException e = (StatusCodeParseException) org.assertj.core.api.Assertions
                    .catchThrowable(() -> ReplyParser.parse(input));
            assertThat(e.reason()).isEqualTo(Reason.NO_CODE);
            assertThat(e.getMessage()).hasSizeLessThan(150).contains("\\u000a").contains("(513 characters)");
            assertThat(e.input()).startsWith("no code here\\u000a");
        }

        @Test
        void binaryGarbageGivesNoCode() {
            assertNoCode("\u0000\u0001\u0002\uffff\ud800\udc00\ud800 \u001b[31m \u007f\u0080\u00ff");
        }

        @Test
        void invalidReplyNumbersAreNoCodes() {
            assertNoCode("600 Not a reply");
            assertNoCode("199 Not a reply");
            assertNoCode("560 Second digit above 5");
            assertNoCode("6.1.1 Not a class");
            assertNoCode("5.01.1 Leading zero");
            assertNoCode("5.1.1000 Detail of four digits");
        }
    }

    @Nested
    class HostileInput {

        @Test
        void tenMegabyteLineOfLettersGivesNoCode() {
            assertNoCode("a".repeat(TEN_MB));
        }

        @Test
        void tenMegabyteLineOfDigitsGivesNoCode() {
            assertNoCode("5".repeat(TEN_MB));
        }

        @Test
        void tenMegabyteLineOfDottedNumbersGivesNoCode() {
            assertNoCode("5.1.1.".repeat(TEN_MB / 6));
        }

        @Test
        void tenMegabyteOfWhiteSpaceIsEmpty() {
            assertThatThrownBy(() -> ReplyParser.parse(" ".repeat(TEN_MB)))
                    .extracting(e -> ((StatusCodeParseException) e).reason()).isEqualTo(Reason.EMPTY);
        }

        @Test
        void tenMegabyteLineOfRepeatedRepliesGivesTheFirstWithCappedText() {
            ParsedReply p = ReplyParser.parse("550 5.1.1 User unknown ".repeat(TEN_MB / 23));
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.text()).hasSizeLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS).startsWith("User unknown");
        }

        @Test
        void tenMegabyteMultilineReplyGivesCappedText() {
            ParsedReply p = ReplyParser.parse("550-5.1.1 line\r\n".repeat(TEN_MB / 16));
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.text()).hasSizeLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS).startsWith("line line");
        }

        @Test
        void tenMegabyteOfAngleBracketsAndAddressesGivesNoCode() {
            assertNoCode("<<a@b.c>@<".repeat(TEN_MB / 10));
        }

        @Test
        void tenMegabyteOfFoldedDsnFieldIsBounded() {
            String dsn = "Final-Recipient: rfc822; jan@example.nl\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 x\n"
                    + " 550 5.1.1 y\n".repeat(TEN_MB / 13);
            ParsedReply p = ReplyParser.parse(dsn);
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.recipient()).contains("jan@example.nl");
            assertThat(p.text()).hasSizeLessThanOrEqualTo(ReplyParser.MAX_TEXT_CHARS);
        }

        @Test
        void aCodeBeyondTheInspectedPartIsNotRead() {
            assertNoCode("x".repeat(ReplyParser.MAX_INPUT_CHARS) + " 550 5.1.1 User unknown");
        }

        @Test
        void aCodeBeyondTheInspectedPartOfALineIsNotRead() {
            assertNoCode("x".repeat(ReplyParser.MAX_LINE_CHARS) + " 550 5.1.1 User unknown");
            assertThat(ReplyParser.parse("x".repeat(ReplyParser.MAX_LINE_CHARS) + "\n550 5.1.1 User unknown")
                    .enhancedCode()).contains(esc("5.1.1"));
        }

        @Test
        void manyDsnGroupsAreCapped() {
            String group = "Final-Recipient: rfc822; jan@example.nl\nAction: failed\nStatus: 5.1.1\n\n";
            List<ParsedReply> all = ReplyParser.parseDeliveryStatus(group.repeat(ReplyParser.MAX_RECIPIENT_GROUPS + 5));
            assertThat(all).hasSize(ReplyParser.MAX_RECIPIENT_GROUPS);
        }

        @Test
        void aCharSequenceOtherThanAStringIsRead() {
            StringBuilder b = new StringBuilder("550 5.1.1 <jan@example.nl>: User unknown");
            assertThat(ReplyParser.parse(b).recipient()).contains("jan@example.nl");
        }
    }

    @Nested
    class NonAsciiDigits {

        @ParameterizedTest
        @ValueSource(strings = {"٥٥٠ ٥.١.١ User unknown", "５５０ ５.１.１ User unknown", "۵۵۰ ۵.۱.۱", "५५० ५.१.१",
            "5.١.1", "55٠ 5.1.١", "٥.1.1", "５50 5.1.１"})
        void areNeverDigits(String input) {
            assertNoCode(input);
        }

        @Test
        void asciiCodeNextToNonAsciiDigitsIsNotGlued() {
            // "٥" glues to the number as a letter would: "5٥0" is a word, not a code
            assertNoCode("5٥0 User unknown");
        }
    }

    @Nested
    class NotCodes {

        @ParameterizedTest
        @ValueSource(strings = {"192.0.2.1", "Connected to [10.5.1.1]", "host 5.1.1.1 refused", "v5.1.1",
            "Postfix 3.7.11", "ESMTP Postfix 2.2.10", "Exim 4.4.1 ready", "version 4.4.1", "Dovecot 2.3.19",
            "2024-05-01", "05.01.2024", "on 4.5.24 12:05 the server", "12:05:01", "at 12:05:01 +0100",
            "port 465", "port: 550", "message size 552 bytes", "took 450 ms", "IPv6 2001:db8::550",
            "call 020-555-1234", "https://example.nl/5.1.1/help", "mailbox_5.1.1", "ref 5.1.1a",
            "file-4.2.2.tar.gz"})
        void areNotTakenForStatusCodes(String input) {
            assertNoCode(input);
        }

        @Test
        void anIpAddressBeforeTheReplyIsSkipped() {
            ParsedReply p = ReplyParser.parse("Connected to 192.0.2.1 at 12:05:01, v5.1.1: 550 5.7.1 Rejected");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("5.7.1"));
        }

        @Test
        void aLoneSubjectAboveSevenIsNoCodeButAPairedOneIs() {
            assertNoCode("see 5.94.2 for details");
            assertThat(ReplyParser.parse("550 5.94.2 Vendor specific").enhancedCode()).contains(esc("5.94.2"));
        }

        @Test
        void anInputThatIsOneCodeIsThatCodeWhateverItsSubject() {
            // The catalogue explains 4.9.9 as "temporary" by its class; the parser must hand it over.
            assertThat(ReplyParser.parse("4.9.9").enhancedCode()).contains(esc("4.9.9"));
            assertThat(ReplyParser.parse(" 5.999.999\r\n").enhancedCode()).contains(esc("5.999.999"));
            assertThat(ReplyParser.parse("5.94.2").text()).isEmpty();
            assertNoCode("5.94.2 is the version");
        }
    }

    @Nested
    class Choosing {

        @Test
        void prefersTheMostSpecificCodeOverClassOnly() {
            ParsedReply p = ReplyParser.parse("554 5.0.0 Service unavailable\n550 5.1.1 <jan@example.nl>... User unknown");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.text()).isEqualTo("<jan@example.nl>... User unknown");
        }

        @Test
        void prefersTheMostSpecificCodeEvenWhenItComesFirst() {
            ParsedReply p = ReplyParser.parse("550 5.1.1 User unknown\n554 5.0.0 Transaction failed");
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
        }

        @Test
        void prefersAFailureOverASuccess() {
            ParsedReply p = ReplyParser.parse("250 2.1.5 Ok\n250 2.0.0 Ok\n452 4.2.2 Mailbox full");
            assertThat(p.enhancedCode()).contains(esc("4.2.2"));
        }

        @Test
        void prefersAReplyPairOverALoneCode() {
            ParsedReply p = ReplyParser.parse("dsn=5.1.1, status=bounced (said: 550 5.1.1 User unknown)");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.text()).isEqualTo("User unknown");
        }

        @Test
        void takesTheFirstOfEquallyGoodCodes() {
            ParsedReply p = ReplyParser.parse("550 5.1.1 <jan@example.nl> unknown\n550 5.1.2 <piet@exampel.nl> no domain");
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.recipient()).contains("jan@example.nl");
        }

        @Test
        void aLoneEnhancedCodeTakesABasicCodeOfItsClassFromTheText() {
            ParsedReply p = ReplyParser.parse("550 Requested action not taken\n(#5.1.1)");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(ReplyParser.parse("250 Ok\n(#5.1.1)").replyCode()).isEmpty();
        }
    }

    @Nested
    class Multiline {

        @Test
        void codeRepeatedOnEveryLine() {
            ParsedReply p = ReplyParser.parse("550-5.1.1 The email account that you tried to reach does not exist.\r\n"
                    + "550-5.1.1 Please try double-checking the address.\r\n"
                    + "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si12 - gsmtp\r\n");
            assertThat(p.text()).isEqualTo("The email account that you tried to reach does not exist. "
                    + "Please try double-checking the address. https://support.google.com/mail/?p=NoSuchUser a1si12 - gsmtp");
            assertThat(p.provider()).contains(Provider.GOOGLE);
        }

        @Test
        void enhancedCodeOnlyOnTheFirstLine() {
            ParsedReply p = ReplyParser.parse("550-5.1.1 The email account that you tried to reach\n"
                    + "550-does not exist. Please try double-checking\n"
                    + "550 the recipient's email address.");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.text()).isEqualTo("The email account that you tried to reach does not exist. "
                    + "Please try double-checking the recipient's email address.");
        }

        @Test
        void theNextReplyIsNotPartOfTheText() {
            ParsedReply p = ReplyParser.parse("550 5.1.1 User unknown\n550 5.1.1 User unknown\n250 2.0.0 Ok");
            assertThat(p.text()).isEqualTo("User unknown");
        }

        @Test
        void aCodeSplitAcrossLinesIsNotJoined() {
            assertNoCode("5.1.\n1 User unknown");
            assertNoCode("55\n0 User unknown");
            assertNoCode("550-5.1.\n1 User unknown");
        }

        @Test
        void foldedContinuationLinesAreJoinedAndThePostfixSuffixDropped() {
            ParsedReply p = ReplyParser.parse("<jan@example.nl>: host mx.example.nl[192.0.2.1] said: 550 5.1.1\n"
                    + "    <jan@example.nl>: Recipient address rejected: User unknown in virtual\n"
                    + "    mailbox table (in reply to RCPT TO command)\n");
            assertThat(p.text()).isEqualTo(
                    "<jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table");
        }

        @Test
        void stackFramesAndNestedExceptionsAreNotPartOfTheText() {
            ParsedReply p = ReplyParser.parse("\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 User unknown;\n"
                    + "  nested exception is:\n\tjava.io.IOException: x\n"
                    + "\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2073)\n");
            assertThat(p.text()).isEqualTo("User unknown");
        }
    }

    @Nested
    class Agreement {

        @Test
        void replyClassFiveWithEnhancedClassFourDisagrees() {
            ParsedReply p = ReplyParser.parse("550 4.2.2 Mailbox full");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("4.2.2"));
            assertThat(p.codesAgree()).isFalse();
        }

        @Test
        void sameClassesAgree() {
            assertThat(ReplyParser.parse("552 5.2.2 Mailbox full").codesAgree()).isTrue();
            assertThat(ReplyParser.parse("452 4.2.2 Mailbox full").codesAgree()).isTrue();
        }

        @Test
        void anIntermediateReplyWithAnEnhancedCodeDisagrees() {
            assertThat(ReplyParser.parse("354 2.0.0 Go ahead").codesAgree()).isFalse();
        }

        @Test
        void oneCodeAloneAgrees() {
            assertThat(ReplyParser.parse("550").codesAgree()).isTrue();
            assertThat(ReplyParser.parse("4.2.2").codesAgree()).isTrue();
        }
    }

    @Nested
    class DeliveryStatus {

        private static final String TWO_RECIPIENTS = "Reporting-MTA: dns; mail.example.com\n"
                + "X-Postfix-Queue-ID: 4T1x2Y3z4Qz5\n"
                + "Arrival-Date: Fri,  5 Jan 2024 12:05:01 +0100 (CET)\n"
                + "\n"
                + "Final-Recipient: rfc822; jan@example.nl\n"
                + "Original-Recipient: rfc822;jan@example.nl\n"
                + "Action: failed\n"
                + "Status: 5.1.1\n"
                + "Remote-MTA: dns; mx.example.nl\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 <jan@example.nl>: Recipient address rejected:\n"
                + "    User unknown in virtual\n"
                + "\tmailbox table\n"
                + "\n"
                + "Final-Recipient: rfc822; piet@example.nl\n"
                + "Action: delayed\n"
                + "Status: 4.2.2\n"
                + "Remote-MTA: dns; gmail-smtp-in.l.google.com.\n"
                + "Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage space.\n"
                + " 452 4.2.2 Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp\n"
                + "Will-Retry-Until: Mon, 8 Jan 2024 12:05:01 +0100 (CET)\n";

        @Test
        void foldedDiagnosticAndTwoRecipientsInOrder() {
            List<ParsedReply> r = ReplyParser.parseDeliveryStatus(TWO_RECIPIENTS);
            assertThat(r).hasSize(2);

            ParsedReply jan = r.get(0);
            assertThat(jan.recipient()).contains("jan@example.nl");
            assertThat(jan.dsnAction()).contains(DsnAction.FAILED);
            assertThat(jan.dsnStatus()).contains(esc("5.1.1"));
            assertThat(jan.replyCode()).contains(reply(550));
            assertThat(jan.enhancedCode()).contains(esc("5.1.1"));
            assertThat(jan.remoteMta()).contains("mx.example.nl");
            assertThat(jan.provider()).isEmpty();
            assertThat(jan.text()).isEqualTo(
                    "<jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table");

            ParsedReply piet = r.get(1);
            assertThat(piet.recipient()).contains("piet@example.nl");
            assertThat(piet.dsnAction()).contains(DsnAction.DELAYED);
            assertThat(piet.replyCode()).contains(reply(452));
            assertThat(piet.enhancedCode()).contains(esc("4.2.2"));
            assertThat(piet.remoteMta()).contains("gmail-smtp-in.l.google.com");
            assertThat(piet.provider()).contains(Provider.GOOGLE);
            assertThat(piet.text()).isEqualTo("The recipient's inbox is out of storage space. Please direct the "
                    + "recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp");
        }

        @Test
        void parseAnswersWithTheFirstFailedGroup() {
            ParsedReply p = ReplyParser.parse(TWO_RECIPIENTS);
            assertThat(p).isEqualTo(ReplyParser.parseDeliveryStatus(TWO_RECIPIENTS).get(0));
        }

        @Test
        void parseAnswersWithTheFirstDelayedGroupWhenNoneFailed() {
            String dsn = "Final-Recipient: rfc822; a@example.nl\nAction: delivered\nStatus: 2.0.0\n\n"
                    + "Final-Recipient: rfc822; b@example.nl\nAction: delayed\nStatus: 4.4.1\n";
            assertThat(ReplyParser.parse(dsn).recipient()).contains("b@example.nl");
        }

        @Test
        void groupsWithoutBlankLinesAreSplitAtTheNextFinalRecipient() {
            String dsn = "Final-Recipient: rfc822; a@example.nl\nAction: failed\nStatus: 5.1.1\n"
                    + "Final-Recipient: rfc822; b@example.nl\nAction: failed\nStatus: 5.2.2\n";
            assertThat(ReplyParser.parseDeliveryStatus(dsn)).extracting(p -> p.recipient().orElseThrow())
                    .containsExactly("a@example.nl", "b@example.nl");
        }

        @Test
        void originalRecipientWhenThereIsNoFinalRecipient() {
            String dsn = "Original-Recipient: rfc822;<jan@example.nl>\nAction: failed\nStatus: 5.1.1\n";
            assertThat(ReplyParser.parse(dsn).recipient()).contains("jan@example.nl");
        }

        @Test
        void aGroupWithoutAnyCodeIsLeftOut() {
            String dsn = "Final-Recipient: rfc822; a@example.nl\nAction: failed\nStatus: unknown\n\n"
                    + "Final-Recipient: rfc822; b@example.nl\nAction: failed\nStatus: 5.1.1\n";
            assertThat(ReplyParser.parseDeliveryStatus(dsn)).hasSize(1);
        }

        @Test
        void fieldNamesAreCaseInsensitive() {
            String dsn = "FINAL-RECIPIENT: RFC822; jan@example.nl\nACTION: Failed\nSTATUS: 5.1.1\n";
            ParsedReply p = ReplyParser.parse(dsn);
            assertThat(p.dsnAction()).contains(DsnAction.FAILED);
            assertThat(p.recipient()).contains("jan@example.nl");
        }

        @Test
        void noGroupsInNullEmptyOrPlainText() {
            assertThat(ReplyParser.parseDeliveryStatus(null)).isEmpty();
            assertThat(ReplyParser.parseDeliveryStatus("")).isEmpty();
            assertThat(ReplyParser.parseDeliveryStatus("550 5.1.1 User unknown")).isEmpty();
            assertThat(ReplyParser.parseDeliveryStatus("Reporting-MTA: dns; mail.example.com\n")).isEmpty();
        }

        @Test
        void theListIsUnmodifiable() {
            List<ParsedReply> r = ReplyParser.parseDeliveryStatus(TWO_RECIPIENTS);
            assertThatThrownBy(r::clear).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void headerFieldsAreNeverReadForCodes() {
            assertNoCode("Subject: Offerte 550 5.1.1\nDate: Fri, 5 Jan 2024 12:05:01 +0100\nX-Spam-Score: 5.1.1\n");
        }

        @Test
        void anUnknownFieldIsReadAsText() {
            assertThat(ReplyParser.parse("Error: 550 5.1.1 User unknown").enhancedCode()).contains(esc("5.1.1"));
        }
    }

    @Nested
    class Recipients {

        @Test
        void rcptToWins() {
            ParsedReply p = ReplyParser.parse("MAIL FROM:<piet@example.com>\nRCPT TO:<jan@example.nl>\n550 5.1.1 User unknown");
            assertThat(p.recipient()).contains("jan@example.nl");
        }

        @Test
        void senderAddressesAreNotRecipients() {
            assertThat(ReplyParser.parse("550 5.7.1 MAIL FROM:<piet@example.com> rejected").recipient()).isEmpty();
            assertThat(ReplyParser.parse("553 5.7.1 <piet@example.com>: Sender address rejected").recipient()).isEmpty();
            assertThat(ReplyParser.parse("553 5.1.8 <piet@example.invalid>... Domain of sender address does not exist")
                    .recipient()).isEmpty();
        }

        @Test
        void mailtoBracketsAndBareAddresses() {
            assertThat(ReplyParser.parse("jan@example.nl<mailto:jan@example.nl>\n550 5.1.1 x").recipient())
                    .contains("jan@example.nl");
            assertThat(ReplyParser.parse("Your message wasn't delivered to jan@example.nl.\n550 5.1.1 x").recipient())
                    .contains("jan@example.nl");
            assertThat(ReplyParser.parse("  jan@example.nl\n    550 5.1.1 x").recipient()).contains("jan@example.nl");
        }

        @Test
        void mailerDaemonAndPostmasterAreNotRecipients() {
            assertThat(ReplyParser.parse("Please contact postmaster@example.com.\nSent to postmaster@example.com\n550 5.1.1 x")
                    .recipient()).isEmpty();
            assertThat(ReplyParser.parse("<MAILER-DAEMON@example.com>\n550 5.1.1 x").recipient()).isEmpty();
        }

        @Test
        void internationalisedAddresses() {
            assertThat(ReplyParser.parse("550 5.1.1 <jöran@bücher.example>: User unknown").recipient())
                    .contains("jöran@bücher.example");
        }

        @Test
        void htmlEntitiesAreNotDecoded() {
            ParsedReply p = ReplyParser.parse("<html><body><p>550 5.1.1 &lt;jan@example.nl&gt; User unknown</p></body></html>");
            assertThat(p.replyCode()).contains(reply(550));
            assertThat(p.enhancedCode()).contains(esc("5.1.1"));
            assertThat(p.recipient()).isEmpty();
            assertThat(p.text()).isEqualTo("&lt;jan@example.nl&gt; User unknown");
        }
    }

    @Nested
    class Providers {

        @Test
        void providerHostsInHeaderFieldsDoNotCount() {
            ParsedReply p = ReplyParser.parse("Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com)\n"
                    + "Reporting-MTA: dns; googlemail.com\nFrom: Piet <piet@gmail.com>\n\n550 5.1.1 User unknown");
            assertThat(p.provider()).isEmpty();
        }

        @Test
        void hostNamesCountOnlyAsWholeLabels() {
            assertThat(ReplyParser.parse("550 5.1.1 User unknown [mx.notgoogle.com]").provider()).isEmpty();
            assertThat(ReplyParser.parse("550 5.1.1 User unknown [mx.google.com]").provider())
                    .contains(Provider.GOOGLE);
        }

        @Test
        void theRecipientDomainIsNoProviderSignal() {
            assertThat(ReplyParser.parse("550 5.1.1 <jan@gmail.com>: User unknown").provider()).isEmpty();
        }

        @Test
        void microsoftDiagnostics() {
            assertThat(ReplyParser.parse("550 5.4.316 SMTPSEND.DNS.NonExistentDomain; nonexistent domain")
                    .provider()).contains(Provider.MICROSOFT);
        }
    }

    @Nested
    class Text {

        @Test
        void textIsCappedAndWhiteSpaceCollapsed() {
            ParsedReply p = ReplyParser.parse("550 5.1.1   a\t\tb  " + "c".repeat(5000));
            assertThat(p.text()).startsWith("a b c").hasSize(ReplyParser.MAX_TEXT_CHARS);
        }

        @Test
        void codesAloneHaveNoText() {
            assertThat(ReplyParser.parse("550").text()).isEmpty();
            assertThat(ReplyParser.parse("5.1.1").text()).isEmpty();
        }

        @Test
        void quotesAroundTheReplyAreDropped() {
            assertThat(ReplyParser.parse("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; x'")
                    .text()).isEqualTo("RESOLVER.ADR.RecipientNotFound; x");
        }
    }

    @Test
    void theResultResolvesInTheCatalogue() {
        ParsedReply p = ReplyParser.parse("550 5.1.1 <jan@example.nl>: Recipient address rejected");
        Optional<Resolution> r = StatusCatalog.standard().resolve(p, ReadingPolicy.REFERENCE);
        assertThat(r).isPresent();
        assertThat(ReplyParser.parse("550 Requested action not taken").enhancedCode()).isEmpty();
        assertThat(StatusCatalog.standard().resolve(ReplyParser.parse("550 Requested action not taken"),
                ReadingPolicy.REFERENCE)).isPresent();
    }
}
