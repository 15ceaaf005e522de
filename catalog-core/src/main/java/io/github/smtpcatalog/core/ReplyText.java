// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static io.github.smtpcatalog.core.ReplyScanner.MAX_LINE_CHARS;
import static io.github.smtpcatalog.core.ReplyScanner.MAX_REGION_CHARS;
import static io.github.smtpcatalog.core.ReplyScanner.MAX_TEXT_CHARS;
import static io.github.smtpcatalog.core.ScanChars.count;
import static io.github.smtpcatalog.core.ScanChars.isAsciiLetter;
import static io.github.smtpcatalog.core.ScanChars.isBlankChar;
import static io.github.smtpcatalog.core.ScanChars.regionEqualsIgnoreCase;

import io.github.smtpcatalog.core.ReplyScanner.Candidate;

/**
 * The reply text around a chosen code: the rest of its line and the lines that continue the same reply, with the
 * codes left out, white space collapsed and the tails servers add removed. Reads at most
 * {@link ReplyScanner#MAX_REGION_CHARS} past the code and keeps at most {@link ReplyScanner#MAX_TEXT_CHARS}.
 *
 * <p>Not thread-safe: one instance per text.
 */
final class ReplyText {

    private final String s;
    private final int from;
    private final int to;
    private int regionEnd;

    ReplyText(String s, int from, int to) {
        this.s = s;
        this.from = from;
        this.to = to;
    }

    /** Where the lines read for the last text end: the region in which the recipient and provider are looked for. */
    int regionEnd() {
        return regionEnd;
    }

    /**
     * The reply text of a candidate without its codes: the rest of its line, then the lines of the same multiline
     * reply ({@code 550-...}, {@code 550 ...}) or folded (indented) continuation lines. Sets {@link #regionEnd()}.
     * With no candidate (a diagnostic without a code), the whole value.
     */
    String of(Candidate c) {
        TextBuilder tb = new TextBuilder(c);
        if (c == null) {
            tb.append(from, Math.min(to, from + MAX_LINE_CHARS), false);
            regionEnd = to;
            return tb.finish();
        }
        int firstEnd = lineEndFrom(c.end);
        int lineLimit = Math.min(firstEnd, c.lineStart + MAX_LINE_CHARS);
        int after = c.end;
        if (c.reply != null && c.enhanced == null && c.dash) {
            after++; // "550-Mailbox unavailable"
        }
        if (c.prefixText && !hasLetter(after, lineLimit)) {
            // "Sorry, no mailbox here by that name. (#5.1.1)": the text stands before the code
            tb.append(c.lineStart + c.indent, c.start, false);
            tb.trimOpeners();
            if (after < lineLimit && (s.charAt(after) == ')' || s.charAt(after) == ']')) {
                after++;
            }
            if (!hasLetterOrDigit(after, lineLimit)) {
                after = lineLimit; // only punctuation after the code: "(#5.1.1).", "5.1.1!"
            }
        } else if (after < lineLimit && s.charAt(after) == closerOf(c)) {
            after++; // "(#5.1.1) Mailbox unknown": the bracket around the code is not text
        }
        tb.append(after, lineLimit, false);
        boolean multi = c.reply != null && c.dash;
        int pos = nextLine(firstEnd);
        regionEnd = firstEnd;
        while (pos < to && !tb.isFull() && pos - c.start < MAX_REGION_CHARS) {
            int le = lineEndFrom(pos);
            int k = pos;
            while (k < le && isBlankChar(s.charAt(k))) {
                k++;
            }
            if (k == le || le - pos > MAX_LINE_CHARS) {
                break;
            }
            int ind = k - pos;
            if (ind > 0 && ind >= c.indent) {
                if (stopsText(k, le)) {
                    break;
                }
                tb.append(k, le, true);
            } else if (multi && ind == c.indent && startsWithReply(k, le, c.reply)) {
                multi = k + 3 < le && s.charAt(k + 3) == '-';
                tb.append(k, le, true);
            } else {
                break;
            }
            regionEnd = le;
            pos = nextLine(le);
        }
        return tb.finish();
    }

    /** The bracket that closes the one opened just before a code ("(5.1.1", "[#5.1.1"), or 0. */
    private char closerOf(Candidate c) {
        int k = c.start - 1;
        if (k >= c.lineStart && s.charAt(k) == '#') {
            k--;
        }
        char open = k >= c.lineStart ? s.charAt(k) : 0;
        return open == '(' ? ')' : open == '[' ? ']' : 0;
    }

    private boolean hasLetterOrDigit(int a, int e) {
        for (int k = a; k < e; k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLetter(int a, int e) {
        for (int k = a; k < e; k++) {
            if (isAsciiLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private int lineEndFrom(int p) {
        int e = p;
        while (e < to && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
            e++;
        }
        return e;
    }

    private int nextLine(int e) {
        if (e >= to) {
            return to;
        }
        return e + (s.charAt(e) == '\r' && e + 1 < to && s.charAt(e + 1) == '\n' ? 2 : 1);
    }

    private boolean startsWithReply(int k, int le, ReplyCode rc) {
        if (k + 3 > le || ReplyCode.at(s, k) != rc) {
            return false;
        }
        return k + 3 == le || s.charAt(k + 3) == '-' || s.charAt(k + 3) == ' ';
    }

    /** Continuation lines that belong to something else: Java stack frames, nested exceptions. */
    private boolean stopsText(int k, int le) {
        if (regionEqualsIgnoreCase(s, k, "nested exception") || regionEqualsIgnoreCase(s, k, "caused by:")) {
            return true;
        }
        if (k + 3 < le && s.charAt(k) == 'a' && s.charAt(k + 1) == 't' && s.charAt(k + 2) == ' ') {
            // "at org.example.Foo.bar(Foo.java:12)"
            int m = k + 3;
            boolean dot = false;
            while (m < le && (Character.isJavaIdentifierPart(s.charAt(m)) || s.charAt(m) == '.')) {
                dot |= s.charAt(m) == '.';
                m++;
            }
            return dot && m < le && s.charAt(m) == '(';
        }
        return false;
    }

    /** Collects reply text: white space collapsed, repeated codes of the same reply left out, length capped. */
    private final class TextBuilder {
        private final Candidate c;
        private final StringBuilder b;
        private final String enhanced;
        private boolean space;
        private boolean done;

        TextBuilder(Candidate c) {
            this.c = c;
            this.b = new StringBuilder(Math.max(16, Math.min(MAX_TEXT_CHARS, to - (c == null ? from : c.end))));
            this.enhanced = c == null || c.enhanced == null ? null : c.enhanced.toString();
        }

        boolean isFull() {
            return done || b.length() >= MAX_TEXT_CHARS;
        }

        void append(int a, int e, boolean lineStartCodes) {
            int i = a;
            if (lineStartCodes && c != null && c.reply != null) {
                i = skipCodes(i, e, false);
            }
            for (; i < e && !isFull(); i++) {
                char ch = s.charAt(i);
                if (ch == '<' && i + 1 < e && s.charAt(i + 1) == '/') {
                    // an HTML closing tag ends the text
                    done = true;
                    break;
                }
                if (isBlankChar(ch) || ch < ' ' || ch == '\u007f') {
                    space = b.length() > 0;
                    continue;
                }
                if (c != null && c.reply != null && (space || b.length() == 0) && Ascii.isDigit(ch)) {
                    int skip = skipCodes(i, e, true);
                    if (skip > i) {
                        i = skip - 1;
                        continue;
                    }
                }
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
            space = b.length() > 0;
        }

        /** Skips "550-5.1.1 " / "550 " at i; with requireEnhanced only when the enhanced code follows too. */
        private int skipCodes(int i, int e, boolean requireEnhanced) {
            if (i + 3 > e || ReplyCode.at(s, i) != c.reply) {
                return i;
            }
            int j = i + 3;
            if (j < e && (s.charAt(j) == '-' || s.charAt(j) == ' ')) {
                j++;
            } else if (j != e) {
                return i;
            }
            int k = j;
            while (k < e && s.charAt(k) == ' ') {
                k++;
            }
            if (enhanced != null && k + enhanced.length() <= e && regionEqualsIgnoreCase(s, k, enhanced)) {
                int m = k + enhanced.length();
                if (m == e || isBlankChar(s.charAt(m))) {
                    return m;
                }
            }
            return requireEnhanced ? i : j;
        }

        void trimOpeners() {
            int n = b.length();
            while (n > 0 && "#([ ".indexOf(b.charAt(n - 1)) >= 0) {
                n--;
            }
            b.setLength(n);
            space = n > 0;
        }

        String finish() {
            String t = b.toString().strip();
            // The builder stops at MAX_TEXT_CHARS chars, which can split a surrogate pair: a text of exactly the
            // limit that ends in a high surrogate loses it (never a lone surrogate in the text returned).
            if (t.length() >= MAX_TEXT_CHARS) {
                int n = MAX_TEXT_CHARS;
                if (Character.isHighSurrogate(t.charAt(n - 1))) {
                    n--;
                }
                t = t.substring(0, n).strip();
            }
            if (t.endsWith(")")) {
                int p = t.lastIndexOf("(in reply to ");
                if (p >= 0) {
                    t = t.substring(0, p).strip();
                }
            }
            if (t.endsWith("#SMTP#")) {
                t = t.substring(0, t.length() - 6).strip();
                if (t.endsWith(">")) {
                    t = t.substring(0, t.length() - 1).strip();
                }
            }
            while (t.endsWith("#")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (c != null) {
                char close = c.opener == '\'' ? '\'' : c.opener == '"' ? '"' : c.opener == '(' ? ')'
                        : c.opener == '[' ? ']' : 0;
                if (close != 0 && t.endsWith(String.valueOf(close))) {
                    t = t.substring(0, t.length() - 1).strip();
                }
            }
            if (t.endsWith(")") && count(t, ')') > count(t, '(')) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.endsWith("]") && count(t, ']') > count(t, '[')) {
                t = t.substring(0, t.length() - 1).strip();
            }
            while (t.endsWith(";")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            int lead = 0;
            while (lead < t.length() && ",;:.".indexOf(t.charAt(lead)) >= 0) {
                lead++;
            }
            return lead == 0 ? t : t.substring(lead).strip();
        }
    }
}
