// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One walk over the MIME structure of a message: the report type, the decoded text of the delivery-status parts,
 * of the text parts and of the HTML parts. The returned original message ({@code message/rfc822},
 * {@code text/rfc822-headers} and their global forms) is never read. Bounded: at most {@link #MAX_DEPTH} levels of
 * nesting, {@link #MAX_PARTS} parts and {@link #MAX_PART_BYTES} decoded bytes of any one part. Jakarta Mail's
 * multipart parser is handed only as many parts as are left to look at, because it splits a multipart at once and
 * spends time on every part (Jakarta Mail 2.1 looks up its stream provider for each one).
 *
 * <p>Not thread-safe: one instance per message.
 */
public final class MimeScan {

    /** The deepest multipart nesting that is read. */
    public static final int MAX_DEPTH = 8;
    /** The most body parts that are looked at. */
    public static final int MAX_PARTS = 256;
    /** The most decoded bytes read of one text or delivery-status part. */
    public static final int MAX_PART_BYTES = 1 << 20;

    private String reportType;
    private boolean report;
    private boolean feedbackPart;
    private boolean dispositionPart;
    private boolean returnedMessage;
    private int parts;
    private final List<String> deliveryStatus = new ArrayList<>(1);
    private final List<String> plain = new ArrayList<>(2);
    private final List<String> html = new ArrayList<>(1);
    private final List<String> raw = new ArrayList<>(1);
    private final List<String> problems = new ArrayList<>(1);

    private MimeScan() {
    }

    /**
     * Walks a message.
     *
     * @param message a message parsed from bytes
     * @return what the walk found
     * @throws MessagingException when even the top-level content type cannot be read
     */
    public static MimeScan of(MimeMessage message) throws MessagingException {
        MimeScan s = new MimeScan();
        s.walk(message, 0);
        return s;
    }

    private void walk(MimePart p, int depth) throws MessagingException {
        if (++parts > MAX_PARTS) {
            if (parts == MAX_PARTS + 1) {
                problems.add("more than " + MAX_PARTS + " body parts; the rest was not read");
            }
            return;
        }
        String type = baseType(p);
        if (type.startsWith("multipart/")) {
            if (depth >= MAX_DEPTH) {
                problems.add("multipart nesting deeper than " + MAX_DEPTH + " levels was not read");
                return;
            }
            if (type.equals("multipart/report") && !report) {
                report = true;
                reportType = parameter(p, "report-type");
            }
            MimeMultipart mp;
            int count;
            try {
                mp = new MimeMultipart(new PartLimitedSource(new MimePartDataSource(p), parameter(p, "boundary"),
                        MAX_PARTS - parts + 1));
                count = mp.getCount();
            } catch (MessagingException | RuntimeException e) {
                problems.add("a " + type + " body could not be split into parts (" + reason(e)
                        + "); its text was read as a whole");
                raw.add(read(p, null));
                return;
            }
            for (int i = 0; i < count && parts <= MAX_PARTS; i++) {
                MimeBodyPart child;
                try {
                    child = (MimeBodyPart) mp.getBodyPart(i);
                } catch (MessagingException | RuntimeException e) {
                    problems.add("body part " + (i + 1) + " could not be read (" + reason(e) + ")");
                    continue;
                }
                walk(child, depth + 1);
            }
            return;
        }
        switch (type) {
            case "message/delivery-status":
            case "message/global-delivery-status":
                deliveryStatus.add(read(p, "utf-8"));
                break;
            case "message/feedback-report":
                feedbackPart = true;
                break;
            case "message/disposition-notification":
            case "message/global-disposition-notification":
                dispositionPart = true;
                break;
            case "message/rfc822":
            case "message/global":
            case "text/rfc822-headers":
            case "message/global-headers":
                returnedMessage = true;
                break;
            case "text/plain":
                if (!isAttachment(p)) {
                    plain.add(read(p, parameter(p, "charset")));
                }
                break;
            case "text/html":
                if (!isAttachment(p)) {
                    html.add(MessageText.htmlToText(read(p, parameter(p, "charset"))));
                }
                break;
            default:
                break;
        }
    }

    private static String baseType(Part p) {
        String ct;
        try {
            ct = p.getContentType();
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
        if (ct == null) {
            return "text/plain";
        }
        try {
            return new ContentType(ct).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | RuntimeException e) {
            int semi = ct.indexOf(';');
            String base = (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            return base.indexOf('/') > 0 ? base : "text/plain";
        }
    }

    private static String parameter(Part p, String name) {
        try {
            String ct = p.getContentType();
            return ct == null ? null : new ContentType(ct).getParameter(name);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isAttachment(Part p) {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition());
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    /** The decoded body of a part as text; a transfer encoding that breaks off keeps what decoded before. */
    private String read(MimePart p, String charset) {
        byte[] buf = new byte[8192];
        int len = 0;
        InputStream in = null;
        try {
            try {
                in = new MimePartDataSource(p).getInputStream();
            } catch (IOException e) {
                // An unknown transfer encoding: read the body as it stands.
                in = rawStream(p);
            }
            while (len < MAX_PART_BYTES) {
                if (len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_PART_BYTES));
                }
                int r = in.read(buf, len, buf.length - len);
                if (r < 0) {
                    break;
                }
                len += r;
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            problems.add("a part's transfer encoding is broken (" + reason(e) + "); read up to the error");
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // nothing to do: the bytes are in memory
                }
            }
        }
        return MessageText.decode(buf, len, charset);
    }

    private static InputStream rawStream(MimePart p) throws MessagingException {
        if (p instanceof MimeBodyPart) {
            return ((MimeBodyPart) p).getRawInputStream();
        }
        if (p instanceof MimeMessage) {
            return ((MimeMessage) p).getRawInputStream();
        }
        return InputStream.nullInputStream();
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip();
        return m.length() > 120 ? m.substring(0, 120) + "..." : m;
    }

    /**
     * Whether the message is (or holds) a {@code multipart/report}.
     *
     * @return true for a report
     */
    public boolean isReport() {
        return report;
    }

    /**
     * The {@code report-type} parameter of the first {@code multipart/report}, lower case.
     *
     * @return the type, or null
     */
    public String reportType() {
        return reportType == null ? null : reportType.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The decoded delivery-status parts.
     *
     * @return the texts, in message order
     */
    public List<String> deliveryStatus() {
        return Collections.unmodifiableList(deliveryStatus);
    }

    /**
     * The decoded text/plain parts that are not attachments.
     *
     * @return the texts, in message order
     */
    public List<String> plainTexts() {
        return Collections.unmodifiableList(plain);
    }

    /**
     * The text/html parts that are not attachments, as plain text.
     *
     * @return the texts, in message order
     */
    public List<String> htmlTexts() {
        return Collections.unmodifiableList(html);
    }

    /**
     * The bodies of multiparts that could not be split, read as a whole.
     *
     * @return the texts
     */
    public List<String> rawTexts() {
        return Collections.unmodifiableList(raw);
    }

    /**
     * Whether a {@code message/feedback-report} part was seen.
     *
     * @return true for an ARF part
     */
    public boolean hasFeedbackPart() {
        return feedbackPart;
    }

    /**
     * Whether a {@code message/disposition-notification} part was seen.
     *
     * @return true for an MDN part
     */
    public boolean hasDispositionPart() {
        return dispositionPart;
    }

    /**
     * Whether a returned original message (or its headers) was seen and skipped.
     *
     * @return true when one was skipped
     */
    public boolean hasReturnedMessage() {
        return returnedMessage;
    }

    /**
     * What could not be read, in English, for the report's evidence.
     *
     * @return the problems, possibly empty
     */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
