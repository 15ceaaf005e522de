// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of a catalogue entry, written as the seed writes it: {@code 5.1.1} (detail), {@code 5.1.x} (subject),
 * {@code 5.x.x} (class), {@code 550} (basic reply), or a provider's detail range such as {@code 5.7.606-649}.
 *
 * <pre>{@code
 * CatalogCode c = CatalogCode.parse("5.1.x");
 * c.level();                                            // SUBJECT
 * c.contains(EnhancedStatusCode.parse("5.1.99"));       // true
 * CatalogCode.of(EnhancedStatusCode.parse("5.1.1"));    // 5.1.1
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. They order by class, subject and detail (the class before its
 * subjects, a subject before its details), with the basic replies after all enhanced codes.
 *
 * @since 0.1
 */
public final class CatalogCode implements Comparable<CatalogCode> {

    private static final int NONE = -1;

    private final Level level;
    private final StatusClass statusClass;
    private final int subject;
    private final int detailFrom;
    private final int detailTo;
    private final ReplyCode reply;

    private CatalogCode(Level level, StatusClass statusClass, int subject, int detailFrom, int detailTo,
            ReplyCode reply) {
        this.level = level;
        this.statusClass = statusClass;
        this.subject = subject;
        this.detailFrom = detailFrom;
        this.detailTo = detailTo;
        this.reply = reply;
    }

    /**
     * The detail-level code of an enhanced status code.
     *
     * @param code the code, not null
     * @return the catalogue code
     */
    public static CatalogCode of(EnhancedStatusCode code) {
        Objects.requireNonNull(code, "code");
        return new CatalogCode(Level.DETAIL, code.statusClass(), code.subject(), code.detail(), code.detail(), null);
    }

    /**
     * The code of a basic reply.
     *
     * @param reply the reply code, not null
     * @return the catalogue code
     */
    public static CatalogCode of(ReplyCode reply) {
        Objects.requireNonNull(reply, "reply");
        return new CatalogCode(Level.REPLY, null, NONE, NONE, NONE, reply);
    }

    /**
     * The code of a subject within a class, e.g. {@code 5.1.x}.
     *
     * @param statusClass the class, not null
     * @param subject     the subject, 0 to 999
     * @return the catalogue code
     */
    public static CatalogCode ofSubject(StatusClass statusClass, int subject) {
        Objects.requireNonNull(statusClass, "statusClass");
        checkNumber(subject);
        return new CatalogCode(Level.SUBJECT, statusClass, subject, NONE, NONE, null);
    }

    /**
     * The code of a class, e.g. {@code 5.x.x}.
     *
     * @param statusClass the class, not null
     * @return the catalogue code
     */
    public static CatalogCode ofClass(StatusClass statusClass) {
        Objects.requireNonNull(statusClass, "statusClass");
        return new CatalogCode(Level.CLASS, statusClass, NONE, NONE, NONE, null);
    }

    /**
     * A provider's range of detail codes, e.g. {@code 5.7.606-649}.
     *
     * @param statusClass the class, not null
     * @param subject     the subject
     * @param from        the first detail
     * @param to          the last detail, greater than {@code from}
     * @return the catalogue code
     */
    public static CatalogCode ofRange(StatusClass statusClass, int subject, int from, int to) {
        Objects.requireNonNull(statusClass, "statusClass");
        checkNumber(subject);
        checkNumber(from);
        checkNumber(to);
        if (to <= from) {
            throw new IllegalArgumentException("Invalid detail range " + from + "-" + to + ": the end must be larger");
        }
        return new CatalogCode(Level.DETAIL, statusClass, subject, from, to, null);
    }

    private static void checkNumber(int n) {
        if (n < 0 || n > EnhancedStatusCode.MAX_NUMBER) {
            throw new IllegalArgumentException("Invalid number " + n + ": must be 0 to 999");
        }
    }

    /**
     * Parses the notation of {@link #toString()}.
     *
     * @param text the text, not null
     * @return the catalogue code
     * @throws StatusCodeParseException when the text is no catalogue code
     */
    public static CatalogCode parse(CharSequence text) {
        return tryParse(text).orElseThrow(() -> {
            StatusCodeParseException.Reason reason = text == null ? StatusCodeParseException.Reason.NULL
                    : text.toString().isBlank() ? StatusCodeParseException.Reason.EMPTY
                    : StatusCodeParseException.Reason.WRONG_SHAPE;
            return new StatusCodeParseException("catalogue code", text, reason);
        });
    }

    /**
     * Parses the notation of {@link #toString()} without throwing.
     *
     * @param text the text, may be null
     * @return the catalogue code, or empty
     */
    public static Optional<CatalogCode> tryParse(CharSequence text) {
        if (text == null || text.length() > 16) {
            return Optional.empty();
        }
        String s = text.toString().strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                // white space inside is no notation of toString(): "5.7.606 -649" is not the range 5.7.606-649
                return Optional.empty();
            }
        }
        // No lambdas here: this runs for every line of the data file at start-up.
        if (s.length() == 3 && s.indexOf('.') < 0) {
            Optional<ReplyCode> r = ReplyCode.tryParse(s);
            return r.isPresent() ? Optional.of(of(r.get())) : Optional.empty();
        }
        if (s.length() == 5 && s.endsWith(".x.x")) {
            Optional<StatusClass> c = Ascii.isDigit(s.charAt(0)) ? StatusClass.of(s.charAt(0) - '0')
                    : Optional.empty();
            return c.isPresent() ? Optional.of(ofClass(c.get())) : Optional.empty();
        }
        if (s.endsWith(".x")) {
            Optional<EnhancedStatusCode> c = EnhancedStatusCode.tryParse(s.substring(0, s.length() - 1) + "0");
            return c.isPresent() ? Optional.of(ofSubject(c.get().statusClass(), c.get().subject())) : Optional.empty();
        }
        int dash = s.indexOf('-');
        if (dash > 0) {
            int lastDot = s.lastIndexOf('.');
            if (lastDot < 0 || lastDot > dash) {
                return Optional.empty();
            }
            Optional<EnhancedStatusCode> from = EnhancedStatusCode.tryParse(s.substring(0, dash));
            Optional<EnhancedStatusCode> to = EnhancedStatusCode.tryParse(s.substring(0, lastDot + 1)
                    + s.substring(dash + 1));
            if (from.isEmpty() || to.isEmpty() || to.get().detail() <= from.get().detail()) {
                return Optional.empty();
            }
            return Optional.of(ofRange(from.get().statusClass(), from.get().subject(), from.get().detail(),
                    to.get().detail()));
        }
        Optional<EnhancedStatusCode> c = EnhancedStatusCode.tryParse(s);
        return c.isPresent() ? Optional.of(of(c.get())) : Optional.empty();
    }

    /**
     * The level of this code.
     *
     * @return the level, not null
     */
    public Level level() {
        return level;
    }

    /**
     * The class, for enhanced codes; for basic replies the reply's class where it has one.
     *
     * @return the class, or empty for intermediate (3xx) replies
     */
    public Optional<StatusClass> statusClass() {
        return level == Level.REPLY ? reply.statusClass() : Optional.of(statusClass);
    }

    /**
     * The subject number, for detail and subject codes.
     *
     * @return the subject, or empty for class and reply codes
     */
    public Optional<Integer> subject() {
        return subject == NONE ? Optional.empty() : Optional.of(subject);
    }

    /**
     * The enhanced code, for a detail code that is not a range.
     *
     * @return the code, or empty
     */
    public Optional<EnhancedStatusCode> enhancedCode() {
        return level == Level.DETAIL && detailFrom == detailTo
                ? Optional.of(EnhancedStatusCode.of(statusClass, subject, detailFrom)) : Optional.empty();
    }

    /**
     * The basic reply code, for a reply entry.
     *
     * @return the reply code, or empty
     */
    public Optional<ReplyCode> replyCode() {
        return Optional.ofNullable(reply);
    }

    /**
     * Whether this is a provider's range of detail codes.
     *
     * @return true for codes such as {@code 5.7.606-649}
     */
    public boolean isRange() {
        return level == Level.DETAIL && detailTo != detailFrom;
    }

    /**
     * Whether the given enhanced code falls under this code (equal detail, inside the range, same subject, or
     * same class).
     *
     * @param code the code, not null
     * @return true when this code covers it
     */
    public boolean contains(EnhancedStatusCode code) {
        if (level == Level.REPLY || code.statusClass() != statusClass) {
            return false;
        }
        if (level == Level.CLASS) {
            return true;
        }
        if (code.subject() != subject) {
            return false;
        }
        return level == Level.SUBJECT || (code.detail() >= detailFrom && code.detail() <= detailTo);
    }

    /**
     * The seed's notation.
     *
     * @return {@code 5.1.1}, {@code 5.1.x}, {@code 5.x.x}, {@code 550} or {@code 5.7.606-649}
     */
    @Override
    public String toString() {
        switch (level) {
            case REPLY:
                return reply.toString();
            case CLASS:
                return statusClass.code() + ".x.x";
            case SUBJECT:
                return statusClass.code() + "." + subject + ".x";
            default:
                return statusClass.code() + "." + subject + "." + detailFrom
                        + (detailTo != detailFrom ? "-" + detailTo : "");
        }
    }

    private long sortKey() {
        if (level == Level.REPLY) {
            return (1L << 40) + reply.value();
        }
        return ((long) statusClass.code() << 32) | ((long) (subject + 1) << 16) | (detailFrom + 1);
    }

    @Override
    public int compareTo(CatalogCode o) {
        int c = Long.compare(sortKey(), o.sortKey());
        return c != 0 ? c : Integer.compare(detailTo, o.detailTo);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CatalogCode)) {
            return false;
        }
        CatalogCode c = (CatalogCode) o;
        return level == c.level && statusClass == c.statusClass && subject == c.subject
                && detailFrom == c.detailFrom && detailTo == c.detailTo && Objects.equals(reply, c.reply);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sortKey()) * 31 + detailTo;
    }
}
