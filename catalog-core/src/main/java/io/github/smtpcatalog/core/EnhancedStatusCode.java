// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import io.github.smtpcatalog.core.StatusCodeParseException.Reason;
import java.util.Optional;

/**
 * An enhanced mail system status code of RFC 3463, such as {@code 5.1.1}: a class (2, 4 or 5), a subject and a
 * detail, each of the last two a number from 0 to 999 written without a leading zero. Only ASCII digits count:
 * {@code ٥.١.١} and full-width digits are rejected.
 *
 * <pre>{@code
 * EnhancedStatusCode code = EnhancedStatusCode.parse("5.1.1");
 * code.statusClass();                               // PERMANENT_FAILURE
 * code.subject();                                   // 1
 * code.toString();                                  // "5.1.1"
 * EnhancedStatusCode.tryParse("5.01.1");            // Optional.empty(): leading zero
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. They order by class, subject and detail, numerically.
 *
 * @since 0.1
 */
public final class EnhancedStatusCode implements Comparable<EnhancedStatusCode> {

    /** The largest subject or detail number that RFC 3463 allows. */
    public static final int MAX_NUMBER = 999;

    private static final String WHAT = "enhanced status code";

    /**
     * Shared instances of the codes that mail systems send (subject 0 to 7, detail 0 to 31, per class), made on
     * first use. Instances are immutable (final fields), so a race at worst makes one twice.
     */
    private static final int CACHED_SUBJECTS = 8;
    private static final int CACHED_DETAILS = 32;
    private static final EnhancedStatusCode[] CACHE = new EnhancedStatusCode[3 * CACHED_SUBJECTS * CACHED_DETAILS];

    private final StatusClass statusClass;
    private final int subject;
    private final int detail;
    private final int packed;

    private EnhancedStatusCode(StatusClass statusClass, int subject, int detail) {
        this.statusClass = statusClass;
        this.subject = subject;
        this.detail = detail;
        this.packed = pack(statusClass.code(), subject, detail);
    }

    /** Class, subject and detail in one int (class in bits 20 and up): never 0, equal exactly for equal codes. */
    int packed() {
        return packed;
    }

    static int pack(int statusClass, int subject, int detail) {
        return (statusClass << 20) | (subject << 10) | detail;
    }

    /**
     * The code with the given numbers.
     *
     * @param statusClass the class digit: 2, 4 or 5
     * @param subject     the subject, 0 to 999
     * @param detail      the detail, 0 to 999
     * @return the code, not null
     * @throws IllegalArgumentException when a number is out of range
     */
    public static EnhancedStatusCode of(int statusClass, int subject, int detail) {
        Optional<StatusClass> c = StatusClass.of(statusClass);
        if (c.isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid enhanced status code class " + statusClass + ": the class must be 2, 4 or 5");
        }
        return of(c.get(), subject, detail);
    }

    /**
     * The code with the given class and numbers.
     *
     * @param statusClass the class, not null
     * @param subject     the subject, 0 to 999
     * @param detail      the detail, 0 to 999
     * @return the code, not null
     * @throws IllegalArgumentException when a number is out of range
     * @throws NullPointerException     when the class is null
     */
    public static EnhancedStatusCode of(StatusClass statusClass, int subject, int detail) {
        if (statusClass == null) {
            throw new NullPointerException("statusClass");
        }
        if (subject < 0 || subject > MAX_NUMBER || detail < 0 || detail > MAX_NUMBER) {
            throw new IllegalArgumentException("Invalid enhanced status code " + statusClass.code() + "." + subject
                    + "." + detail + ": subject and detail must be 0 to 999");
        }
        return valueOf(statusClass, subject, detail);
    }

    /** The code of valid numbers: a shared instance where there is one. */
    static EnhancedStatusCode valueOf(StatusClass statusClass, int subject, int detail) {
        if (subject >= CACHED_SUBJECTS || detail >= CACHED_DETAILS) {
            return new EnhancedStatusCode(statusClass, subject, detail);
        }
        int i = (statusClass.ordinal() * CACHED_SUBJECTS + subject) * CACHED_DETAILS + detail;
        EnhancedStatusCode c = CACHE[i];
        if (c == null) {
            c = new EnhancedStatusCode(statusClass, subject, detail);
            CACHE[i] = c;
        }
        return c;
    }

    /**
     * Parses a code such as {@code 5.1.1}. Surrounding white space is ignored; anything else that is not part of
     * the code is an error. Runs in time linear in the input's length.
     *
     * @param text the text, may be null (which is an error)
     * @return the code, not null
     * @throws StatusCodeParseException when the text is not a valid code; its {@link
     *                                  StatusCodeParseException#reason() reason} says why
     */
    public static EnhancedStatusCode parse(CharSequence text) {
        EnhancedStatusCode fast = parseCanonical(text);
        if (fast != null) {
            return fast;
        }
        Object result = parseOrReason(text);
        if (result instanceof EnhancedStatusCode) {
            return (EnhancedStatusCode) result;
        }
        throw new StatusCodeParseException(WHAT, text, (Reason) result);
    }

    /**
     * Parses a code such as {@code 5.1.1}, for untrusted input: never throws.
     *
     * @param text the text, may be null
     * @return the code, or empty when the text is not a valid code
     */
    public static Optional<EnhancedStatusCode> tryParse(CharSequence text) {
        EnhancedStatusCode fast = parseCanonical(text);
        if (fast != null) {
            return Optional.of(fast);
        }
        Object result = parseOrReason(text);
        return result instanceof EnhancedStatusCode ? Optional.of((EnhancedStatusCode) result) : Optional.empty();
    }

    /**
     * The fast path: a code written exactly in canonical form ({@code 5.1.1}, {@code 5.7.26}, no white space, no
     * leading zero), or null for anything else, which {@link #parseOrReason} then reads or rejects with its reason.
     */
    private static EnhancedStatusCode parseCanonical(CharSequence text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        if (n < 5 || n > 9) {
            return null;
        }
        char c = text.charAt(0);
        if ((c != '2' && c != '4' && c != '5') || text.charAt(1) != '.') {
            return null;
        }
        int subject = 0;
        int i = 2;
        char d = text.charAt(i);
        if (!Ascii.isDigit(d)) {
            return null;
        }
        do {
            subject = subject * 10 + (d - '0');
            d = ++i < n ? text.charAt(i) : 0;
        } while (Ascii.isDigit(d) && i < 5 && subject != 0);
        if (d != '.' || ++i >= n) {
            return null;
        }
        int start = i;
        int detail = 0;
        d = text.charAt(i);
        if (!Ascii.isDigit(d)) {
            return null;
        }
        do {
            detail = detail * 10 + (d - '0');
            d = ++i < n ? text.charAt(i) : 0;
        } while (Ascii.isDigit(d) && i - start < 3 && detail != 0);
        if (i != n) {
            return null;
        }
        return valueOf(StatusClass.ofValid(c - '0'), subject, detail);
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
        char c = text.charAt(start);
        if (!Ascii.isDigit(c)) {
            return Reason.NOT_A_NUMBER;
        }
        if (c != '2' && c != '4' && c != '5') {
            return Reason.BAD_CLASS;
        }
        int pos = start + 1;
        if (pos == end || text.charAt(pos) != '.') {
            return pos < end && Ascii.isDigit(text.charAt(pos)) ? Reason.BAD_CLASS : Reason.WRONG_SHAPE;
        }
        pos++;
        long subjectAndEnd = number(text, pos, end);
        if (subjectAndEnd < 0) {
            return Reason.values()[(int) -subjectAndEnd];
        }
        int subject = (int) (subjectAndEnd >>> 32);
        pos = (int) subjectAndEnd;
        if (pos == end || text.charAt(pos) != '.') {
            return Reason.WRONG_SHAPE;
        }
        pos++;
        long detailAndEnd = number(text, pos, end);
        if (detailAndEnd < 0) {
            return Reason.values()[(int) -detailAndEnd];
        }
        int detail = (int) (detailAndEnd >>> 32);
        pos = (int) detailAndEnd;
        if (pos != end) {
            return Reason.WRONG_SHAPE;
        }
        return valueOf(StatusClass.ofValid(c - '0'), subject, detail);
    }

    /** Reads 1 to 3 ASCII digits from pos: value in the high int, end position in the low int; or -reason. */
    private static long number(CharSequence text, int pos, int end) {
        int value = 0;
        int digits = 0;
        int i = pos;
        while (i < end && Ascii.isDigit(text.charAt(i))) {
            if (digits == 3) {
                return -Reason.OUT_OF_RANGE.ordinal();
            }
            value = value * 10 + (text.charAt(i) - '0');
            digits++;
            i++;
        }
        if (digits == 0) {
            return -Reason.NOT_A_NUMBER.ordinal();
        }
        if (digits > 1 && text.charAt(pos) == '0') {
            return -Reason.LEADING_ZERO.ordinal();
        }
        return ((long) value << 32) | i;
    }

    /**
     * The class of this code.
     *
     * @return the class, not null
     */
    public StatusClass statusClass() {
        return statusClass;
    }

    /**
     * The subject number.
     *
     * @return 0 to 999
     */
    public int subject() {
        return subject;
    }

    /**
     * The subject, where RFC 3463 defines it.
     *
     * @return the subject, or empty for numbers above 7
     */
    public Optional<Subject> subjectKind() {
        return Subject.of(subject);
    }

    /**
     * The detail number.
     *
     * @return 0 to 999
     */
    public int detail() {
        return detail;
    }

    /**
     * This code with another class, e.g. {@code 4.2.2} for {@code 5.2.2}.
     *
     * @param other the class, not null
     * @return the code with that class
     */
    public EnhancedStatusCode withStatusClass(StatusClass other) {
        return other == statusClass ? this : of(other, subject, detail);
    }

    /**
     * The code in RFC 3463 notation, which {@link #parse(CharSequence)} reads back.
     *
     * @return for example {@code "5.1.1"}
     */
    @Override
    public String toString() {
        return statusClass.code() + "." + subject + "." + detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnhancedStatusCode && ((EnhancedStatusCode) o).packed == packed;
    }

    @Override
    public int hashCode() {
        return packed;
    }

    @Override
    public int compareTo(EnhancedStatusCode o) {
        return Integer.compare(packed, o.packed);
    }
}
