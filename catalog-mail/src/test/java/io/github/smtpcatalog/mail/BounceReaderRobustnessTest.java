// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Untrusted input: damaged, hostile, huge and random messages give a documented result or a
 * {@link BounceReadException}, never another exception, and finish in bounded time.
 */
@Timeout(120)
class BounceReaderRobustnessTest {

    private static final BounceReader READER = BounceReader.standard();

    private static byte[] corpus(String file) throws IOException {
        return BounceCorpusTest.bytes(file);
    }

    /** Reads, and accepts only a report or the documented exception. */
    private static BounceReport readSafely(byte[] b) {
        Throwable t = catchThrowable(() -> READER.read(b));
        if (t == null) {
            return READER.read(b);
        }
        assertThat(t).isInstanceOf(BounceReadException.class);
        return null;
    }

    @Test
    void every_prefix_of_a_dsn_reads_without_crashing_and_keeps_the_recipient_once_the_report_is_in() throws Exception {
        byte[] full = corpus("postfix-dsn-two-recipients.eml");
        String text = new String(full, StandardCharsets.ISO_8859_1);
        int reportEnd = text.indexOf("Diagnostic-Code: smtp; 552");
        for (int n = 0; n <= full.length; n += 7) {
            byte[] cut = java.util.Arrays.copyOf(full, n);
            BounceReport r = readSafely(cut);
            if (n > reportEnd + 40) {
                assertThat(r).as("prefix of %d bytes", n).isNotNull();
                assertThat(r.kind()).isEqualTo(BounceKind.DSN);
                assertThat(r.diagnoses()).extracting(d -> d.recipient().orElseThrow())
                        .containsExactly("piet@example.nl", "marie@voorbeeld.nl");
            }
        }
    }

    @Test
    void random_bytes_and_mutated_bounces_never_throw_anything_undocumented() throws Exception {
        Random random = new Random(20261130L);
        for (int i = 0; i < 150; i++) {
            byte[] b = new byte[random.nextInt(4000)];
            random.nextBytes(b);
            readSafely(b);
        }
        List<byte[]> seeds = List.of(corpus("postfix-dsn-user-unknown.eml"), corpus("m365-dsn-two-recipients.eml"),
                corpus("exim-plain-two-recipients.eml"), corpus("gmail-dsn-no-such-user.eml"));
        String specials = "\r\n\t :;<>@\"=-./\\(){}[]?\0\u00ff";
        for (int i = 0; i < 400; i++) {
            byte[] b = seeds.get(i % seeds.size()).clone();
            int edits = 1 + random.nextInt(20);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(b.length);
                b[at] = (byte) specials.charAt(random.nextInt(specials.length()));
            }
            readSafely(b);
        }
    }

    @Test
    void empty_and_header_only_input_is_no_bounce() {
        assertThat(READER.read(new byte[0]).kind()).isEqualTo(BounceKind.NOT_A_BOUNCE);
        assertThat(READER.read("Subject: hi\n".getBytes(StandardCharsets.US_ASCII)).kind())
                .isEqualTo(BounceKind.NOT_A_BOUNCE);
        assertThat(READER.read("550 5.1.1 <jan@example.nl>: User unknown\n".getBytes(StandardCharsets.US_ASCII))
                .diagnoses()).isEmpty();
    }

    @Test
    void a_huge_bounce_is_read_up_to_the_cap_and_still_has_its_recipient() throws Exception {
        String dsn = new String(corpus("postfix-dsn-user-unknown.eml"), StandardCharsets.US_ASCII);
        StringBuilder b = new StringBuilder(dsn.substring(0, dsn.lastIndexOf("--8C3B21A0F2")));
        String line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\n";
        b.append("--8C3B21A0F2.1796030103/smtp.verzekeraar.nl\nContent-Type: application/octet-stream\n"
                + "Content-Transfer-Encoding: base64\n\n");
        while (b.length() < 24 * 1024 * 1024) {
            b.append(line);
        }
        byte[] huge = b.toString().getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        BounceReport r = READER.read(huge);
        assertThat(r.truncated()).isTrue();
        assertThat(r.evidence()).contains("size cap");
        assertThat(r.kind()).isEqualTo(BounceKind.DSN);
        assertThat(r.diagnoses()).singleElement().satisfies(d -> assertThat(d.recipient()).contains("jan@example.nl"));
        assertThat(READER.read(new ByteArrayInputStream(huge))).isEqualTo(r);
        assertThat(System.nanoTime() - start).isLessThan(30_000_000_000L);

        BounceReader small = READER.withMaxBytes(BounceReader.MIN_MAX_BYTES);
        assertThat(small.maxBytes()).isEqualTo(4096);
        assertThat(small.read(huge).truncated()).isTrue();
        assertThatThrownBy(() -> READER.withMaxBytes(100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deep_nesting_and_many_parts_are_bounded() {
        StringBuilder deep = new StringBuilder("From: MAILER-DAEMON@example.nl\nSubject: Undelivered Mail Returned "
                + "to Sender\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int i = 0; i < 200; i++) {
            deep.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        deep.append("--b200\nContent-Type: text/plain\n\n<jan@example.nl>: 550 5.1.1 User unknown\n");
        BounceReport r = READER.read(deep.toString().getBytes(StandardCharsets.US_ASCII));
        assertThat(r.evidence()).contains("nesting deeper than");

        StringBuilder many = new StringBuilder("From: MAILER-DAEMON@example.nl\nSubject: Undelivered Mail "
                + "Returned to Sender\nContent-Type: multipart/mixed; boundary=\"m\"\n\n");
        for (int i = 0; i < 20_000; i++) {
            many.append("--m\nContent-Type: image/png\n\nx\n");
        }
        many.append("--m--\n");
        assertThat(READER.read(many.toString().getBytes(StandardCharsets.US_ASCII)).evidence())
                .contains("more than 256 body parts");
    }

    @Test
    void quadratic_shapes_stay_fast() {
        String[] shapes = {"<".repeat(400_000), "&#".repeat(300_000), "@".repeat(500_000),
            "a@b.c ".repeat(100_000), "<a@b.cd>".repeat(100_000), ("x".repeat(900) + "\n").repeat(1000)};
        for (String body : shapes) {
            for (String type : List.of("text/plain", "text/html")) {
                byte[] b = ("From: MAILER-DAEMON@example.nl\nSubject: Undelivered Mail Returned to Sender\n"
                        + "Content-Type: " + type + "\n\n" + body).getBytes(StandardCharsets.US_ASCII);
                long start = System.nanoTime();
                READER.read(b);
                assertThat(System.nanoTime() - start).as(type + " " + body.substring(0, 10))
                        .isLessThan(10_000_000_000L);
            }
        }
    }

    @Test
    void broken_transfer_encodings_are_read_up_to_the_error() throws Exception {
        String dsn = new String(corpus("postfix-dsn-base64-parts.eml"), StandardCharsets.US_ASCII);
        // Damage the base64 of the delivery report near its end: what decoded before the damage is kept.
        int ds = dsn.indexOf("Content-Type: message/delivery-status");
        int end = dsn.indexOf("--8C3B21A0F2", ds);
        String broken = dsn.substring(0, end - 30) + "!!!!****" + dsn.substring(end - 22);
        BounceReport r = READER.read(broken.getBytes(StandardCharsets.US_ASCII));
        assertThat(r.kind()).isEqualTo(BounceKind.DSN);
        // An unknown transfer encoding is read as it stands.
        String unknown = new String(corpus("postfix-dsn-user-unknown.eml"), StandardCharsets.US_ASCII)
                .replace("Content-Type: message/delivery-status\n",
                        "Content-Type: message/delivery-status\nContent-Transfer-Encoding: x-rot13\n");
        assertThat(READER.read(unknown.getBytes(StandardCharsets.US_ASCII)).diagnoses()).hasSize(1);
    }

    @Test
    void a_failing_stream_is_a_documented_exception() {
        InputStream broken = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> READER.read(broken)).isInstanceOf(BounceReadException.class)
                .satisfies(e -> assertThat(((BounceReadException) e).reason())
                        .isEqualTo(BounceReadException.Reason.READ_FAILED))
                .hasMessageContaining("connection reset");
    }

    @Test
    void a_message_built_in_code_is_read_like_its_bytes() throws Exception {
        Session s = Session.getInstance(new Properties());
        MimeMessage m = new MimeMessage(s);
        m.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.nl", "Mail Delivery System"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("noreply@verzekeraar.nl"));
        m.setSubject("Undelivered Mail Returned to Sender");
        // Built with Angus Mail's DSN API: with the dsn module present, multipart/report content must be a
        // MultipartReport (its content handler writes nothing for a plain MimeMultipart).
        InternetHeaders perMessage = new InternetHeaders();
        perMessage.addHeader("Reporting-MTA", "dns; mx.example.nl");
        InternetHeaders jan = new InternetHeaders();
        jan.addHeader("Final-Recipient", "rfc822; jan@example.nl");
        jan.addHeader("Action", "failed");
        jan.addHeader("Status", "5.1.1");
        jan.addHeader("Diagnostic-Code", "smtp; 550 5.1.1 User unknown");
        DeliveryStatus status = new DeliveryStatus();
        status.setMessageDSN(perMessage);
        status.addRecipientDSN(jan);
        MultipartReport report = new MultipartReport(
                "This is the mail system at host mx.example.nl.\n\n<jan@example.nl>: 550 5.1.1 unknown\n", status);
        m.setContent(report);
        BounceReport r = READER.read(m);
        assertThat(r.kind()).isEqualTo(BounceKind.DSN);
        assertThat(r.diagnoses()).singleElement().satisfies(d -> {
            assertThat(d.recipient()).contains("jan@example.nl");
            assertThat(d.reply().flatMap(ParsedReply::enhancedCode)).contains(EnhancedStatusCode.parse("5.1.1"));
        });
    }

    @Test
    void the_reader_is_thread_safe() throws Exception {
        List<String> files = List.of("postfix-dsn-two-recipients.eml", "exim-plain-two-recipients.eml",
                "m365-dsn-two-recipients.eml", "qmail-two-recipients.eml", "not-bounce-arf-feedback-report.eml");
        List<BounceReport> expected = new ArrayList<>();
        for (String f : files) {
            expected.add(READER.read(corpus(f)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % files.size();
                byte[] b = corpus(files.get(k));
                Callable<Boolean> task = () -> READER.read(b).equals(expected.get(k));
                results.add(pool.submit(task));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void looks_like_message_tells_a_message_from_a_reply_line() {
        assertThat(BounceReader.looksLikeMessage("550 5.1.1 <jan@example.nl>: User unknown".getBytes(
                StandardCharsets.US_ASCII))).isFalse();
        assertThat(BounceReader.looksLikeMessage("Final-Recipient: rfc822; jan@example.nl\nAction: failed\n"
                .getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(BounceReader.looksLikeMessage("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; j@example.nl\n"
                .getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(BounceReader.looksLikeMessage("This is the mail system at host mx.example.nl.\n\n<jan@example.nl>: "
                .getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(BounceReader.looksLikeMessage("5.1.1".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(BounceReader.looksLikeMessage("From MAILER-DAEMON Sat Nov 28 12:10:00 2026\n".getBytes(
                StandardCharsets.US_ASCII))).isTrue();
        assertThat(BounceReader.looksLikeMessage("Return-Path: <>\nFrom: x\n\nbody".getBytes(
                StandardCharsets.US_ASCII))).isTrue();
    }
}
