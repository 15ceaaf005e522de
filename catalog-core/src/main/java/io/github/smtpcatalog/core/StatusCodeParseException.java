// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Objects;

/**
 * Thrown when text is not a valid SMTP status code. The message names the input (shortened when it is long) and
 * the reason; {@link #reason()} gives the reason as a stable value.
 *
 * <pre>{@code
 * try {
 *     EnhancedStatusCode.parse("5.01.1");
 * } catch (StatusCodeParseException e) {
 *     e.reason();      // LEADING_ZERO
 *     e.getMessage();  // Invalid enhanced status code "5.01.1": a number has a leading zero
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class StatusCodeParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ECHO = 40;

    /** Why the text is not a valid code. */
    public enum Reason {
        /** The input was null. */
        NULL("the input is null"),
        /** The input was empty or only white space. */
        EMPTY("the input is empty"),
        /** The class is not 2, 4 or 5 (RFC 3463) or the reply's first digit is not 2 to 5 (RFC 5321). */
        BAD_CLASS("the class must be 2, 4 or 5"),
        /** A part that must be a number is missing or holds a character that is not an ASCII digit. */
        NOT_A_NUMBER("a part is not a number of ASCII digits"),
        /** A number has a leading zero, which RFC 3463 does not allow. */
        LEADING_ZERO("a number has a leading zero"),
        /** The subject or detail has more than three digits. */
        OUT_OF_RANGE("a number has more than three digits"),
        /** The code has too few or too many parts. */
        WRONG_SHAPE("the code must have the form class.subject.detail"),
        /** A basic reply code must be exactly three digits; its second digit must be 0 to 5. */
        BAD_REPLY_CODE("a basic reply code is three digits from 200 to 559"),
        /** The text is longer than any code can be. */
        TOO_LONG("the input is too long to be a code"),
        /** The text (a server reply, a DSN field, a bounce) holds no status code at all. */
        NO_CODE("the text holds no SMTP status code");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /**
         * A short English description of the reason.
         *
         * @return the description
         */
        public String description() {
            return description;
        }
    }

    private final Reason reason;
    private final String input;

    /**
     * Creates the exception.
     *
     * @param what   what was parsed, e.g. "enhanced status code"
     * @param input  the input, may be null
     * @param reason the reason, not null
     */
    public StatusCodeParseException(String what, CharSequence input, Reason reason) {
        super(message(what, input, Objects.requireNonNull(reason, "reason")));
        this.reason = reason;
        this.input = input == null ? null : shorten(input);
    }

    private static String message(String what, CharSequence input, Reason reason) {
        if (input == null) {
            return "Invalid " + what + ": " + reason.description();
        }
        return "Invalid " + what + " \"" + shorten(input) + "\": " + reason.description();
    }

    private static String shorten(CharSequence input) {
        StringBuilder b = new StringBuilder(Math.min(input.length(), MAX_ECHO) + 16);
        int n = Math.min(input.length(), MAX_ECHO);
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (input.length() > MAX_ECHO) {
            b.append("... (").append(input.length()).append(" characters)");
        }
        return b.toString();
    }

    /**
     * Why the input is not a valid code.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The offending input as shown in the message (control characters escaped, long input shortened).
     *
     * @return the shown input, or null when the input was null
     */
    public String input() {
        return input;
    }
}
