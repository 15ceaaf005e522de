// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.Optional;

/**
 * A basic SMTP reply code of RFC 5321 (section 4.2), such as {@code 550}: three digits, the first 2 to 5, the
 * second 0 to 5. RFC 4954 and RFC 7504 add codes in the same form.
 *
 * <pre>{@code
 * ReplyCode reply = ReplyCode.parse("550");
 * reply.statusClass();        // Optional[PERMANENT_FAILURE]
 * ReplyCode.of(354).statusClass();   // Optional.empty(): an intermediate reply
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe, and order by their number.
 *
 * @since 0.1
 */
public final class ReplyCode implements Comparable<ReplyCode> {

    private static final String WHAT = "basic reply code";
    private static final ReplyCode[] CACHE = new ReplyCode[600];

    static {
        for (int i = 200; i < 600; i++) {
            if (isValid(i)) {
                CACHE[i] = new ReplyCode(i);
            }
        }
    }

    private final int value;

    private ReplyCode(int value) {
        this.value = value;
    }

    private static boolean isValid(int value) {
        return value >= 200 && value <= 559 && (value / 10) % 10 <= 5;
    }

    /**
     * The reply code with the given number.
     *
     * @param value the number, e.g. 550
     * @return the reply code, not null
     * @throws IllegalArgumentException when the number is not a valid reply code
     */
    public static ReplyCode of(int value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid basic reply code " + value + ": "
                    + Reason.BAD_REPLY_CODE.description());
        }
        return CACHE[value];
    }

    /**
     * Parses a reply code such as {@code 550}; surrounding white space is ignored.
     *
     * @param text the text, may be null (which is an error)
     * @return the reply code, not null
     * @throws StatusCodeParseException when the text is not a valid reply code
     */
    public static ReplyCode parse(CharSequence text) {
        Object r = parseOrReason(text);
        if (r instanceof ReplyCode) {
            return (ReplyCode) r;
        }
        throw new StatusCodeParseException(WHAT, text, (Reason) r);
    }

    /**
     * Parses a reply code for untrusted input: never throws.
     *
     * @param text the text, may be null
     * @return the reply code, or empty when the text is not one
     */
    public static Optional<ReplyCode> tryParse(CharSequence text) {
        Object r = parseOrReason(text);
        return r instanceof ReplyCode ? Optional.of((ReplyCode) r) : Optional.empty();
    }

    private static Object parseOrReason(CharSequence text) {
        if (text == null) {
            return Reason.NULL;
        }
        int start = 0;
        int end = text.length();
        while (start < end && Ascii.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Ascii.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return Reason.EMPTY;
        }
        if (end - start != 3) {
            return end - start > 3 ? Reason.TOO_LONG : Reason.BAD_REPLY_CODE;
        }
        int v = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Ascii.isDigit(c)) {
                return Reason.NOT_A_NUMBER;
            }
            v = v * 10 + (c - '0');
        }
        return isValid(v) ? CACHE[v] : Reason.BAD_REPLY_CODE;
    }

    /** The reply code with the given number, or null when the number is not one; for parsers in this module. */
    static ReplyCode valueOf(int value) {
        return value >= 0 && value < CACHE.length ? CACHE[value] : null;
    }

    /**
     * Returns the reply code for three ASCII digits at {@code pos}, or null; for parsers in this module.
     */
    static ReplyCode at(CharSequence s, int pos) {
        if (pos + 3 > s.length()) {
            return null;
        }
        char a = s.charAt(pos);
        char b = s.charAt(pos + 1);
        char c = s.charAt(pos + 2);
        if (!Ascii.isDigit(a) || !Ascii.isDigit(b) || !Ascii.isDigit(c)) {
            return null;
        }
        int v = (a - '0') * 100 + (b - '0') * 10 + (c - '0');
        return isValid(v) ? CACHE[v] : null;
    }

    /**
     * The number.
     *
     * @return 200 to 559
     */
    public int value() {
        return value;
    }

    /**
     * The class this reply belongs to. Intermediate replies (3xx) have none.
     *
     * @return the class, or empty for 3xx
     */
    public Optional<StatusClass> statusClass() {
        return StatusClass.of(value / 100);
    }

    /**
     * Whether this is an intermediate reply (3xx, e.g. 354 after DATA).
     *
     * @return true for 300 to 359
     */
    public boolean isIntermediate() {
        return value / 100 == 3;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplyCode && ((ReplyCode) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public int compareTo(ReplyCode o) {
        return Integer.compare(value, o.value);
    }
}
