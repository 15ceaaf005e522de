// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * Finds basic reply code and enhanced status code pairs ({@code 550 5.1.1}, {@code 550-5.1.1}) in a text, in reading
 * order, the way {@link java.util.regex.Matcher#find(int)} finds a pattern: the first pair at or after a start
 * index, with the recipient address in angle brackets that directly follows it. It does what the obvious regular
 * expression
 * <pre>{@code \b([245]\d{2})[ -]([245]\.\d{1,3}\.\d{1,3})\b(?:\s+<([^<>\s@]+@[^<>\s]+)>)?}</pre>
 * does, without one, and returns the codes as {@link ReplyCode} and {@link EnhancedStatusCode}.
 *
 * <pre>{@code
 * ReplyCodeFinder.find("550 5.1.1 <jan@example.nl>: Recipient address rejected").orElseThrow().recipient();
 * // Optional[jan@example.nl]
 * ReplyCodeFinder.find("Connected to 192.0.2.1 port 25");   // Optional.empty()
 *
 * // every pair of a multiline reply, in order
 * String reply = "550-5.1.1 The email account that you tried to reach does not exist.\n"
 *         + "550 5.1.1 Please try double-checking the recipient's email address. - gsmtp";
 * for (Optional<CodeMatch> m = ReplyCodeFinder.find(reply); m.isPresent();
 *         m = ReplyCodeFinder.find(reply, m.get().end())) {
 *     m.get().start();   // 0, then 68
 * }
 * }</pre>
 *
 * <h2>What is a match</h2>
 * At a position {@code p} of the text:
 * <ol>
 *   <li>a <b>basic reply code</b>: three ASCII digits that {@link ReplyCode} accepts (200 to 559, the second digit
 *       0 to 5), not preceded by a word character;</li>
 *   <li>one <b>space or hyphen</b> ({@code 550 5.1.1}, or {@code 550-5.1.1} on the continuation lines of a
 *       multiline reply); no other white space;</li>
 *   <li>an <b>enhanced status code</b> that {@link EnhancedStatusCode} accepts: class 2, 4 or 5, a dot, a subject
 *       of 1 to 3 ASCII digits, a dot, a detail of 1 to 3 ASCII digits, subject and detail without a leading
 *       zero (so {@code 0} but not {@code 01}), not followed by a word character;</li>
 *   <li>optionally, the <b>recipient</b>: white space (space, tab, line feed, carriage return, form feed or vertical
 *       tab: {@code \s}), then {@code <}, a local part without {@code @}, {@code <}, {@code >} or white space, an
 *       {@code @}, a domain without {@code <}, {@code >} or white space, and {@code >}. The match then ends after
 *       the {@code >}, else after the enhanced code; an address that is not complete does not stop the codes from
 *       matching.</li>
 * </ol>
 * A <b>word character</b>, on either side of the codes, is a letter or a digit of any script
 * ({@link Character#isLetterOrDigit(int)}, so {@code é}, {@code ٥} and full-width {@code ５} are word characters),
 * an underscore, or a nonspacing mark that belongs to a letter or digit; this is the word boundary {@code \b} of
 * {@code java.util.regex} in Java 17. So {@code 192.0.2.550 5.1.1} matches, but {@code x550 5.1.1},
 * {@code 1550 5.1.1}, {@code 550 5.1.1a}, {@code 550 5.1.1000} and {@code 550 5.1000.1} do not; after the detail
 * anything else may follow ({@code 550 5.1.1.2} is {@code 550 5.1.1}). The characters before {@code from}
 * are looked at for the boundary only, as {@link java.util.regex.Matcher#find(int)} does.
 *
 * <p>The first position from {@code from} on where all this holds is the match. The finder thus agrees with the
 * regular expression above (run on Java 17) on every text, except that it skips what the code types reject and the
 * expression accepts: basic codes 560 to 599 and with a second digit above 5 (e.g. {@code 566}), and leading zeros
 * ({@code 550 5.01.1}); of the expression's matches it gives the first one whose codes are valid. (One more,
 * exotic, difference: a nonspacing mark right before the basic code that belongs to a letter or digit outside the
 * Basic Multilingual Plane (a combining accent on U+1D400, mathematical bold capital A) is part of a word here,
 * while Java 17's {@code } does not see that letter. Since Java 19, {@code } without
 * {@link java.util.regex.Pattern#UNICODE_CHARACTER_CLASS} only knows ASCII word characters; the finder keeps the
 * rule above on every Java version.)
 *
 * <h2>Finder or parser</h2>
 * {@link ReplyParser#parse(CharSequence)} reads the <em>whole</em> text and picks the best reading of it: a failure
 * over a success, a specific code over {@code X.0.0}, DSN fields over prose, codes alone ({@code 5.1.1},
 * {@code 550}) when there is no pair; it leaves out what only looks like a code (versions such as
 * {@code 5.1.1.2}, times, sizes, ports) and also returns the reply text, the provider and a recipient found
 * elsewhere. The finder does the narrower job of the regular expression: the first pair in reading order, nothing
 * else, and stops there. Use the parser to understand a reply, the finder to locate codes fast, e.g. to scan logs.
 *
 * <h2>Cost</h2>
 * Time linear in the length of the text after {@code from}, usually well under one character read per character
 * of text: where no code can start it reads one character in up to seven (a Horspool-style skip: a letter lets it
 * move on by seven), and it verifies only where the fixed part of a pair can fit. Finding every match of a text
 * in a loop takes time linear in the text's length too. No regular expression, no allocation but the result and the recipient string. Unlike
 * {@link ReplyParser}, the whole text is searched, however long. A text that changes while it is searched (a
 * {@link StringBuilder} changed by another thread) gives an undefined result.
 *
 * <p>The class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ReplyCodeFinder {

    /** The shortest match: {@code 550 5.1.1}. */
    private static final int MIN_LENGTH = 9;

    private ReplyCodeFinder() {
    }

    /**
     * Finds the first pair in the text; the same as {@link #find(CharSequence, int) find(text, 0)}.
     *
     * <pre>{@code
     * ReplyCodeFinder.find("host mx.example.nl[192.0.2.10] said: 550 5.1.1 <jan@example.nl>: User unknown")
     *         .map(CodeMatch::enhancedCode);   // Optional[5.1.1]
     * }</pre>
     *
     * @param text the text, not null
     * @return the first match, or empty when the text holds none
     * @throws NullPointerException when {@code text} is null
     */
    public static Optional<CodeMatch> find(CharSequence text) {
        return find(text, 0);
    }

    /**
     * Finds the first pair that starts at or after {@code from}. With the {@link CodeMatch#end() end} of the
     * previous match as {@code from}, this finds the next one, so that a loop finds them all, in order and without
     * overlap.
     *
     * <pre>{@code
     * String text = "550 5.1.1 <jan@example.nl> User unknown; 452 4.2.2 <piet@example.nl> Mailbox full";
     * ReplyCodeFinder.find(text, 26).orElseThrow().recipient();   // Optional[piet@example.nl]
     * }</pre>
     *
     * @param text the text, not null
     * @param from where to start, from 0 to {@code text.length()}
     * @return the first match that starts at or after {@code from}, or empty when there is none
     * @throws NullPointerException      when {@code text} is null
     * @throws IndexOutOfBoundsException when {@code from} is negative or greater than the text's length
     */
    public static Optional<CodeMatch> find(CharSequence text, int from) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        int n = text.length();
        if (from < 0 || from > n) {
            throw new IndexOutOfBoundsException("from " + from + " is not between 0 and the text's length " + n);
        }
        return Optional.ofNullable(search(text, from, n));
    }

    /**
     * The search. Every match starts with seven characters at fixed offsets: reply code {@code [245]dd}, separator
     * {@code [ -]}, class {@code [245]}, dot, first subject digit. The loop looks at the last of these, at
     * {@code p + 6}: only a digit there lets a match start at {@code p}; otherwise it moves {@code p} on to the
     * next position where that character could still be part of a match (a dot at offset 5: one; a space or
     * hyphen at offset 3: three; a digit 2, 4 or 5 at offset 4: two; another digit at offset 2: four; anything
     * else: past it, seven).
     */
    private static CodeMatch search(CharSequence s, int from, int n) {
        int last = n - MIN_LENGTH;
        int p = from;
        while (p <= last) {
            char c = s.charAt(p + 6);
            if (c > '9') {
                p += 7;
            } else if (c >= '0') {
                if (s.charAt(p + 5) == '.') {
                    CodeMatch m = matchAt(s, p, n);
                    if (m != null) {
                        return m;
                    }
                }
                p += isClassDigit(c) ? 2 : 4;
            } else if (c == '.') {
                p += 1;
            } else if (c == ' ' || c == '-') {
                p += 3;
            } else {
                p += 7;
            }
        }
        return null;
    }

    /** The match at p, given a dot at p + 5 and a digit at p + 6, or null; p + 9 is at most n. */
    private static CodeMatch matchAt(CharSequence s, int p, int n) {
        char r0 = s.charAt(p);
        char r1 = s.charAt(p + 1);
        char r2 = s.charAt(p + 2);
        char sep = s.charAt(p + 3);
        char cls = s.charAt(p + 4);
        if (!isClassDigit(r0) || !Ascii.isDigit(r1) || !Ascii.isDigit(r2) || (sep != ' ' && sep != '-')
                || !isClassDigit(cls)) {
            return null;
        }
        // null for numbers that are no reply code (566, 599)
        ReplyCode reply = ReplyCode.valueOf((r0 - '0') * 100 + (r1 - '0') * 10 + (r2 - '0'));
        if (reply == null || (p > 0 && isWordBefore(s, p))) {
            return null;
        }
        // subject: 1 to 3 digits without a leading zero, then a dot (p + 6 is a digit, p + 8 is in the text)
        int i = p + 6;
        int subject = s.charAt(i) - '0';
        char c = s.charAt(++i);
        if (Ascii.isDigit(c)) {
            if (subject == 0) {
                return null;
            }
            subject = subject * 10 + (c - '0');
            c = s.charAt(++i);
            if (Ascii.isDigit(c)) {
                subject = subject * 10 + (c - '0');
                c = ++i < n ? s.charAt(i) : 0;
            }
        }
        if (c != '.' || ++i == n) {
            return null;
        }
        // detail: the same, then no word character (a fourth digit is one)
        c = s.charAt(i);
        if (!Ascii.isDigit(c)) {
            return null;
        }
        int detail = c - '0';
        c = ++i < n ? s.charAt(i) : 0;
        if (Ascii.isDigit(c)) {
            if (detail == 0) {
                return null;
            }
            detail = detail * 10 + (c - '0');
            c = ++i < n ? s.charAt(i) : 0;
            if (Ascii.isDigit(c)) {
                detail = detail * 10 + (c - '0');
                c = ++i < n ? s.charAt(i) : 0;
            }
        }
        if (i < n && isWordAt(s, i)) {
            return null;
        }
        EnhancedStatusCode enhanced = EnhancedStatusCode.valueOf(StatusClass.ofValid(cls - '0'), subject, detail);
        return recipientAfter(s, reply, enhanced, p, i, n);
    }

    /** The match of the codes from p to e, with the address in angle brackets after white space when there is one. */
    private static CodeMatch recipientAfter(CharSequence s, ReplyCode reply, EnhancedStatusCode enhanced, int p,
            int e, int n) {
        int i = e;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (i == e || i == n || s.charAt(i) != '<') {
            return new CodeMatch(reply, enhanced, null, p, e);
        }
        // letters and everything else above '@' are address characters: one comparison for most of them
        int local = ++i;
        char c = 0;
        while (i < n && ((c = s.charAt(i)) > '@' || (c != '@' && isAddressChar(c)))) {
            i++;
        }
        if (i == local || i == n || c != '@') {
            return new CodeMatch(reply, enhanced, null, p, e);
        }
        int domain = ++i;
        while (i < n && ((c = s.charAt(i)) > '>' || isAddressChar(c))) {
            i++;
        }
        if (i == domain || i == n || c != '>') {
            return new CodeMatch(reply, enhanced, null, p, e);
        }
        return new CodeMatch(reply, enhanced, s.subSequence(local, i).toString(), p, i + 1);
    }

    /** Whether c may be part of an address in angle brackets: not '<', '>' or white space. */
    private static boolean isAddressChar(char c) {
        return c != '<' && c != '>' && !isSpace(c);
    }

    /** White space as {@code \s} of java.util.regex: space, tab, LF, vertical tab, form feed, CR. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Whether the character (code point) before index i, i &gt; 0, is a word character. */
    private static boolean isWordBefore(CharSequence s, int i) {
        char c = s.charAt(i - 1);
        if (c < 0x80) {
            return isAsciiWord(c);
        }
        int cp = Character.codePointBefore(s, i);
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        // a nonspacing mark is part of the word of the letter or digit it is attached to (through other marks)
        int x = i;
        while (Character.getType(cp) == Character.NON_SPACING_MARK) {
            x -= Character.charCount(cp);
            if (x == 0) {
                return false;
            }
            cp = Character.codePointBefore(s, x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character (code point) at index i, right after a digit, is a word character. */
    private static boolean isWordAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return isAsciiWord(c);
        }
        int cp = Character.codePointAt(s, i);
        // a nonspacing mark here is attached to the digit before it
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isClassDigit(char c) {
        return c == '2' || c == '4' || c == '5';
    }

    private static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
