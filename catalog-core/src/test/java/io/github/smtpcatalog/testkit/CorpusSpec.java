// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The input notation of the bad-input corpora ({@code bad-input/*.tsv}), so that a one-line spec stands for
 * inputs that cannot be written in a TSV cell: control characters, lone surrogates, raw bytes, 10 MB lines.
 *
 * <ul>
 *   <li>{@code \n}, {@code \r}, {@code \t}, {@code \0}, {@code \\}: line feed, carriage return, tab, NUL,
 *       backslash;</li>
 *   <li>{@code \}{@code uXXXX}: that UTF-16 code unit, lone surrogates included;</li>
 *   <li>{@code \xHH}: the char U+00HH in a text; the raw byte HH in a byte input (a bundle file);</li>
 *   <li>{@code [[N*TEXT]]}: TEXT (itself in this notation) N times; N may end with {@code K} (x 1024) or
 *       {@code M} (x 1024 x 1024), so {@code [[10M*x]]} is a line of 10 MiB;</li>
 *   <li>the whole spec {@code <null>}: no input at all (null).</li>
 * </ul>
 *
 * <p>Shared by the corpora of catalog-core, catalog-i18n and catalog-mail through catalog-core's test jar (which
 * holds only this package).
 *
 * <pre>{@code
 * String line = CorpusSpec.text("550 5.1.1 [[10M*x]]");      // a 10 MiB line
 * byte[] bundle = CorpusSpec.bytes("key = caf\\xe9\\n");   // a Latin-1 byte in a UTF-8 file
 * }</pre>
 */
public final class CorpusSpec {

    public static final String NULL = "<null>";

    private CorpusSpec() {
    }

    /**
     * Whether a spec stands for an input of a megabyte or more (a repetition counted in {@code M}). PIT runs the
     * corpora with {@code -Dsmtpcatalog.pit=true} and leaves these cases out there: each would run again for every
     * mutant of the parser; the normal build runs them all.
     */
    public static boolean isHuge(String spec) {
        return spec.matches("(?s).*\\[\\[\\s*\\d+M\\*.*");
    }

    /** Whether a corpus case runs: always, except huge ones under PIT. */
    public static boolean runs(String spec) {
        return !(Boolean.getBoolean("smtpcatalog.pit") && isHuge(spec));
    }

    /** The text a spec stands for, or null for {@code <null>}. */
    public static String text(String spec) {
        if (spec.equals(NULL)) {
            return null;
        }
        Out out = new Out(false);
        decode(spec, out);
        return out.chars.toString();
    }

    /** The bytes a spec stands for: text as UTF-8 (lone surrogates as their 3-byte form), {@code \xHH} raw. */
    public static byte[] bytes(String spec) {
        if (spec.equals(NULL)) {
            return null;
        }
        Out out = new Out(true);
        decode(spec, out);
        out.flush();
        return out.bytes.toByteArray();
    }

    private static final class Out {
        final boolean binary;
        final StringBuilder chars = new StringBuilder();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Out(boolean binary) {
            this.binary = binary;
        }

        void text(CharSequence s) {
            chars.append(s);
        }

        void raw(int b) {
            if (binary) {
                flush();
                bytes.write(b);
            } else {
                chars.append((char) b);
            }
        }

        void repeat(Out once, int times) {
            if (!binary) {
                chars.append(once.chars.toString().repeat(times));
                return;
            }
            flush();
            once.flush();
            byte[] one = once.bytes.toByteArray();
            byte[] all = new byte[Math.multiplyExact(one.length, times)];
            for (int k = 0; k < times; k++) {
                System.arraycopy(one, 0, all, k * one.length, one.length);
            }
            bytes.writeBytes(all);
        }

        /** In a byte input, writes the pending text as UTF-8; a lone surrogate as its 3-byte (invalid) form. */
        void flush() {
            if (!binary) {
                return;
            }
            int from = 0;
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < chars.length()
                        && Character.isLowSurrogate(chars.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    bytes.writeBytes(chars.substring(from, i).getBytes(StandardCharsets.UTF_8));
                    bytes.write(0xe0 | (c >> 12));
                    bytes.write(0x80 | ((c >> 6) & 0x3f));
                    bytes.write(0x80 | (c & 0x3f));
                    from = i + 1;
                }
            }
            bytes.writeBytes(chars.substring(from).getBytes(StandardCharsets.UTF_8));
            chars.setLength(0);
        }
    }

    private static void decode(String spec, Out out) {
        int i = 0;
        while (i < spec.length()) {
            char c = spec.charAt(i);
            if (c == '[' && spec.startsWith("[[", i)) {
                int star = spec.indexOf('*', i);
                int close = spec.indexOf("]]", star);
                if (star < 0 || close < 0) {
                    throw new IllegalArgumentException("Unclosed [[N*TEXT]] in " + spec);
                }
                int times = count(spec.substring(i + 2, star));
                Out once = new Out(out.binary);
                decode(spec.substring(star + 1, close), once);
                out.repeat(once, times);
                i = close + 2;
            } else if (c == '\\' && i + 1 < spec.length()) {
                char e = spec.charAt(i + 1);
                switch (e) {
                    case 'n':
                        out.text("\n");
                        break;
                    case 'r':
                        out.text("\r");
                        break;
                    case 't':
                        out.text("\t");
                        break;
                    case '0':
                        out.text("\0");
                        break;
                    case '\\':
                        out.text("\\");
                        break;
                    case 'u':
                        out.text(String.valueOf((char) Integer.parseInt(spec.substring(i + 2, i + 6), 16)));
                        i += 4;
                        break;
                    case 'x':
                        out.raw(Integer.parseInt(spec.substring(i + 2, i + 4), 16));
                        i += 2;
                        break;
                    default:
                        throw new IllegalArgumentException("Unknown escape \\" + e + " in " + spec);
                }
                i += 2;
            } else {
                out.text(String.valueOf(c));
                i++;
            }
        }
    }

    private static int count(String n) {
        String s = n.strip();
        int unit = 1;
        if (s.endsWith("K")) {
            unit = 1024;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("M")) {
            unit = 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        }
        return Integer.parseInt(s) * unit;
    }

    /**
     * Writes a value of an expected outcome in the notation: backslashes, control characters, lone surrogates and
     * invisible format characters (RLM, BOM, ...) escaped, so that the table shows them.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                            || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
