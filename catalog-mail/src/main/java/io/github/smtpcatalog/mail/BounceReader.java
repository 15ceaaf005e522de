// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads a bounce message and tells, per recipient, what happened: RFC 3464 delivery status notifications
 * ({@code multipart/report; report-type=delivery-status}, read with the DSN parser of catalog-core) and the
 * plain-text bounces of Postfix, Exim, Sendmail, qmail, Microsoft 365 and Gmail. Auto-replies, ARF feedback
 * reports and ordinary mail are recognised and get no status.
 *
 * <pre>{@code
 * BounceReader reader = BounceReader.standard();
 * BounceReport report = reader.read(Files.readAllBytes(Path.of("bounce.eml")));
 * for (RecipientExplanation r : report.explain(ExplainOptions.of(Locale.forLanguageTag("nl")))) {
 *     System.out.println(r.recipient().orElse("?") + ": " + r.note());
 *     r.explanation().ifPresent(e -> System.out.println(e.message()));
 * }
 * }</pre>
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>Transfer encodings (quoted-printable, base64) are decoded; text is decoded with its declared charset, or
 *       UTF-8 where that charset is unknown or cannot be right (UTF-16 on ASCII bytes); undecodable bytes become
 *       U+FFFD. Status codes and addresses are ASCII, so they survive a wrong label.</li>
 *   <li>The returned original message ({@code message/rfc822}, {@code text/rfc822-headers} and their global
 *       forms, or the quoted copy after a marker such as "------ This is a copy of the message") is never read as
 *       bounce text.</li>
 *   <li>An HTML-only bounce is read as the text of its HTML.</li>
 *   <li>A multipart that cannot be split (a missing boundary, a truncated message) is read as one text; a part
 *       whose transfer encoding breaks off is read up to the error. Both are named in
 *       {@link BounceReport#evidence()}.</li>
 * </ul>
 *
 * <h2>Limits</h2>
 * <p>At most {@link #maxBytes()} bytes of a message are read ({@value #DEFAULT_MAX_BYTES} by default, 10 MiB);
 * the rest is ignored and {@link BounceReport#truncated()} is true. The delivery report comes before the returned
 * message, so a cut bounce usually keeps all its recipients. Of each text part at most 1 MiB is decoded, at most
 * 256 parts and 8 levels of nesting are looked at. Work is linear in the bytes read; nothing waits on a network.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BounceReader {

    /** The default cap on the bytes read of one message: 10 MiB. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    /** The smallest cap {@link #withMaxBytes(int)} accepts: 4 KiB. */
    public static final int MIN_MAX_BYTES = 4096;

    private static final BounceReader STANDARD = new BounceReader(DEFAULT_MAX_BYTES);

    private final int maxBytes;
    private final Session session;

    private BounceReader(int maxBytes) {
        this.maxBytes = maxBytes;
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        this.session = Session.getInstance(p);
    }

    /**
     * The reader with the default cap of {@value #DEFAULT_MAX_BYTES} bytes.
     *
     * @return the reader
     */
    public static BounceReader standard() {
        return STANDARD;
    }

    /**
     * A reader with another cap on the bytes read of one message.
     *
     * @param value the cap, at least {@value #MIN_MAX_BYTES}
     * @return a new reader
     * @throws IllegalArgumentException when the cap is smaller than {@value #MIN_MAX_BYTES}
     */
    public BounceReader withMaxBytes(int value) {
        if (value < MIN_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be at least " + MIN_MAX_BYTES + ": " + value);
        }
        return new BounceReader(value);
    }

    /**
     * The cap on the bytes read of one message.
     *
     * @return the cap
     */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a message from its bytes (an {@code .eml} file, standard input of {@code catalog explain -}).
     *
     * @param message the message in RFC 5322 form, not null; an mbox {@code From } line in front is skipped
     * @return the report, with the recipients in the message's order
     * @throws BounceReadException with {@link BounceReadException.Reason#MALFORMED MALFORMED} when the bytes cannot
     *                             be opened as a message at all
     */
    public BounceReport read(byte[] message) {
        Objects.requireNonNull(message, "message");
        int n = Math.min(message.length, maxBytes);
        return analyse(message, n, message.length > maxBytes);
    }

    /**
     * Reads a message from a stream, up to {@link #maxBytes()} bytes. The stream is not closed; after a cap was
     * hit it is left unread past the cap.
     *
     * @param in the message in RFC 5322 form, not null
     * @return the report
     * @throws BounceReadException with {@link BounceReadException.Reason#READ_FAILED READ_FAILED} when the stream
     *                             fails, {@link BounceReadException.Reason#MALFORMED MALFORMED} when the bytes
     *                             cannot be opened as a message at all
     */
    public BounceReport read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        boolean more;
        try {
            bytes = in.readNBytes(maxBytes);
            more = bytes.length == maxBytes && in.read() >= 0;
        } catch (IOException e) {
            throw new BounceReadException(BounceReadException.Reason.READ_FAILED,
                    "the input stream failed: " + e.getMessage(), e);
        }
        return analyse(bytes, bytes.length, more);
    }

    /**
     * Reads a message of Jakarta Mail, e.g. one fetched from an IMAP folder. The message is written out (up to
     * {@link #maxBytes()} bytes) and read as bytes, so a folder-backed message is fetched only that far. As when
     * it is sent, a message built in code that was never saved gets {@code saveChanges()} from Jakarta Mail
     * first; a message read from a stream or a store is not changed.
     *
     * @param message the message, not null
     * @return the report
     * @throws BounceReadException with {@link BounceReadException.Reason#READ_FAILED READ_FAILED} when the message
     *                             cannot be written out (a closed folder, a broken connection)
     */
    public BounceReport read(MimeMessage message) {
        Objects.requireNonNull(message, "message");
        CappedOutput out = new CappedOutput(maxBytes);
        boolean truncated = false;
        try {
            message.writeTo(out);
        } catch (CappedOutput.Full e) {
            truncated = true;
        } catch (IOException | MessagingException | RuntimeException e) {
            throw new BounceReadException(BounceReadException.Reason.READ_FAILED,
                    "the message could not be written out: " + e.getMessage(), e);
        }
        return analyse(out.bytes(), out.size(), truncated);
    }

    /**
     * Whether bytes look like a whole mail message rather than a reply line, bare DSN fields or bare bounce text:
     * an mbox {@code From } line, or header fields up to the first empty line of which at least one is a field
     * of a message ({@code Return-Path}, {@code Received}, {@code From}, {@code To}, {@code Subject},
     * {@code Date}, {@code Message-ID}, {@code MIME-Version}, {@code Content-Type}, {@code Delivered-To} and the
     * like) rather than a DSN field ({@code Final-Recipient}, {@code Action}, {@code Status}, ...). Meant for a
     * command that reads "a reply, a DSN or a whole bounce" from one input.
     *
     * <pre>{@code
     * BounceReader.looksLikeMessage("550 5.1.1 User unknown".getBytes(UTF_8));                     // false
     * BounceReader.looksLikeMessage("Final-Recipient: rfc822; a@b.nl\nStatus: 5.1.1\n".getBytes(UTF_8)); // false
     * BounceReader.looksLikeMessage("From: MAILER-DAEMON@x.nl\nSubject: ...\n\n".getBytes(UTF_8)); // true
     * }</pre>
     *
     * @param bytes the input, not null
     * @return true when it starts like a message
     */
    public static boolean looksLikeMessage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        if (head.startsWith("From ")) {
            return true;
        }
        String[] lines = head.split("\r?\n", 200);
        boolean messageField = false;
        for (int i = 0; i < lines.length && i < 150; i++) {
            String l = lines[i];
            if (l.isEmpty()) {
                break;
            }
            if (i > 0 && (l.charAt(0) == ' ' || l.charAt(0) == '\t')) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || colon > 76 || !isFieldName(l.substring(0, colon))) {
                return false;
            }
            messageField |= isMessageField(l.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
        }
        return messageField;
    }

    private static boolean isMessageField(String name) {
        switch (name) {
            case "return-path": case "received": case "from": case "to": case "cc": case "subject": case "date":
            case "message-id": case "mime-version": case "content-type": case "delivered-to": case "sender":
            case "reply-to": case "envelope-to": case "x-original-to": case "auto-submitted": case "references":
            case "in-reply-to": case "x-failed-recipients": case "dkim-signature": case "authentication-results":
                return true;
            default:
                return false;
        }
    }

    private static boolean isFieldName(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private BounceReport analyse(byte[] bytes, int length, boolean truncated) {
        int start = 0;
        if (length >= 5 && bytes[0] == 'F' && bytes[1] == 'r' && bytes[2] == 'o' && bytes[3] == 'm'
                && bytes[4] == ' ') {
            while (start < length && bytes[start] != '\n') {
                start++;
            }
            start = Math.min(length, start + 1);
        }
        MimeMessage m;
        try {
            m = new MimeMessage(session, new SharedByteArrayInputStream(bytes, start, length - start));
        } catch (MessagingException | RuntimeException e) {
            throw new BounceReadException(BounceReadException.Reason.MALFORMED,
                    "the data cannot be opened as a MIME message: " + e.getMessage(), e);
        }
        try {
            return BounceAnalysis.of(m, truncated);
        } catch (MessagingException | RuntimeException e) {
            throw new BounceReadException(BounceReadException.Reason.MALFORMED,
                    "the MIME structure cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "BounceReader[maxBytes=" + maxBytes + "]";
    }

    /** A byte sink that stops at a cap. */
    private static final class CappedOutput extends OutputStream {
        private byte[] buf = new byte[8192];
        private int size;
        private final int cap;

        CappedOutput(int cap) {
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            ensure(1);
            buf[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            int room = cap - size;
            int n = Math.min(len, room);
            ensure(n);
            System.arraycopy(b, off, buf, size, n);
            size += n;
            if (n < len) {
                throw new Full();
            }
        }

        private void ensure(int n) throws Full {
            if (size + n > cap) {
                throw new Full();
            }
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.min(cap, Math.max(buf.length * 2, size + n)));
            }
        }

        byte[] bytes() {
            return buf;
        }

        int size() {
            return size;
        }

        /** The cap was reached. */
        static final class Full extends IOException {
            private static final long serialVersionUID = 1L;

            Full() {
                super("message larger than the cap", null);
            }
        }
    }
}
