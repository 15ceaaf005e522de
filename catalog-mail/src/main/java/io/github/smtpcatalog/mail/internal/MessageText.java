// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns the decoded bytes of a text part into text: the declared charset where it is known and fits the bytes,
 * else UTF-8; malformed bytes become U+FFFD. Also turns HTML into plain text. Every method is linear in its input.
 */
public final class MessageText {

    private static final byte[] ASCII_PROBE = "Az09 <@>.:;\n".getBytes(StandardCharsets.US_ASCII);

    private MessageText() {
    }

    /**
     * Decodes bytes with a charset name from a Content-Type header.
     *
     * @param bytes   the decoded body of the part
     * @param length  how many of the bytes to use
     * @param charset the charset parameter, or null
     * @return the text, never null
     */
    public static String decode(byte[] bytes, int length, String charset) {
        Charset cs = charsetFor(charset);
        if (!asciiCompatible(cs) && looksLikeAscii(bytes, length)) {
            // A wrong label such as UTF-16 on ASCII bytes would turn every code into CJK characters.
            cs = StandardCharsets.UTF_8;
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes, 0, length));
            return out.toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            // Not reachable with REPLACE; decode leniently as a last resort.
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * The charset to use for a Content-Type charset parameter: US-ASCII and unknown or missing names give UTF-8
     * (a superset of ASCII that many servers send under an ASCII label).
     *
     * @param name the parameter, or null
     * @return the charset
     */
    static Charset charsetFor(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("us-ascii") || n.equals("ascii") || n.equals("ansi_x3.4-1968") || n.equals("7bit")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean asciiCompatible(Charset cs) {
        if (!cs.canEncode()) {
            return false;
        }
        try {
            byte[] b = new String(ASCII_PROBE, StandardCharsets.US_ASCII).getBytes(cs);
            return java.util.Arrays.equals(b, ASCII_PROBE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean looksLikeAscii(byte[] bytes, int length) {
        int n = Math.min(length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plain text of an HTML document: tags removed (block tags become line breaks), the content of
     * {@code script}, {@code style} and {@code head} dropped, and the common entities decoded, so that
     * {@code &lt;jan@example.nl&gt;} becomes an address again. Linear in the input; never throws.
     *
     * @param html the HTML
     * @return the text
     */
    public static String htmlToText(CharSequence html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(Math.min(n, 1 << 16));
        int i = 0;
        String skipUntil = null;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = indexOf(html, '>', i + 1);
                if (end < 0) {
                    // No tag closes any more: the rest is text.
                    if (skipUntil == null) {
                        out.append(html, i, n);
                    }
                    break;
                }
                if (startsWith(html, i + 1, "!--")) {
                    int close = indexOf(html, "-->", i + 4);
                    i = close < 0 ? n : close + 3;
                    continue;
                }
                String name = tagName(html, i + 1, end);
                if (skipUntil != null) {
                    if (name.equals("/" + skipUntil)) {
                        skipUntil = null;
                    }
                } else if (name.equals("script") || name.equals("style") || name.equals("head")
                        || name.equals("title")) {
                    skipUntil = name;
                } else if (isBlock(name)) {
                    out.append('\n');
                } else {
                    out.append(' ');
                }
                i = end + 1;
                continue;
            }
            if (skipUntil != null) {
                i++;
                continue;
            }
            if (c == '&') {
                int semi = -1;
                for (int j = i + 1; j < n && j <= i + 10; j++) {
                    if (html.charAt(j) == ';') {
                        semi = j;
                        break;
                    }
                }
                if (semi > 0) {
                    String e = entity(html.subSequence(i + 1, semi).toString());
                    if (e != null) {
                        out.append(e);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c == '\u00a0' ? ' ' : c);
            i++;
        }
        return out.toString();
    }

    private static String tagName(CharSequence s, int from, int end) {
        StringBuilder b = new StringBuilder(8);
        int i = from;
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < end && s.charAt(i) == '/') {
            b.append('/');
            i++;
        }
        while (i < end && b.length() < 12) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            b.append(Character.toLowerCase(c));
            i++;
        }
        return b.toString();
    }

    private static boolean isBlock(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        switch (n) {
            case "br": case "p": case "div": case "tr": case "li": case "table": case "ul": case "ol":
            case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "pre": case "blockquote":
            case "hr": case "body": case "html":
                return true;
            default:
                return false;
        }
    }

    private static String entity(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                break;
        }
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                if (Character.isValidCodePoint(cp) && cp != 0) {
                    return new String(Character.toChars(cp));
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(CharSequence s, String what, int from) {
        outer:
        for (int i = from; i <= s.length() - what.length(); i++) {
            for (int k = 0; k < what.length(); k++) {
                if (s.charAt(i + k) != what.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(CharSequence s, int at, String what) {
        if (at + what.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < what.length(); k++) {
            if (s.charAt(at + k) != what.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
