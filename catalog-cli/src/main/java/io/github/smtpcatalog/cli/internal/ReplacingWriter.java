// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * A writer to a byte stream in a given charset that never fails on a character the charset lacks: it writes a
 * near equivalent instead (a letter without its accent, a straight quote for a curly one) or {@code ?}. For a
 * Unicode charset it passes everything through.
 */
final class ReplacingWriter extends Writer {

    private final Writer target;
    private final CharsetEncoder encoder;

    ReplacingWriter(OutputStream out, Charset charset) {
        // OutputStreamWriter itself replaces what it cannot encode; we only choose a better replacement first.
        this.target = new OutputStreamWriter(out, charset);
        this.encoder = isUnicode(charset) ? null : charset.newEncoder();
    }

    static boolean isUnicode(Charset charset) {
        String n = charset.name();
        return n.startsWith("UTF-") || n.equals("GB18030");
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        if (encoder == null) {
            target.write(buf, off, len);
            return;
        }
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (c < 0x80 || encoder.canEncode(c)) {
                continue;
            }
            target.write(buf, start, i - start);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(buf[i + 1])) {
                i++;
            }
            target.write(replacement(c));
            start = i + 1;
        }
        target.write(buf, start, end - start);
    }

    private String replacement(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u2033':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                return "-";
            case '\u2026':
                return "...";
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009':
                return " ";
            case '\u2022': case '\u00B7':
                return "*";
            case '\u00A7':
                return "sect.";
            case '\u20AC':
                return "EUR";
            default:
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder sb = new StringBuilder(1);
                for (int i = 0; i < base.length(); i++) {
                    char b = base.charAt(i);
                    if (Character.getType(b) != Character.NON_SPACING_MARK) {
                        sb.append(b);
                    }
                }
                return sb.length() > 0 && encoder.canEncode(sb) ? sb.toString() : "?";
        }
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
