// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of the catalogue to a code: the entry that answered, at which level, and the reading it chose.
 *
 * <pre>{@code
 * Resolution r = StatusCatalog.standard().resolve(EnhancedStatusCode.parse("5.1.99"), ReadingPolicy.REFERENCE);
 * r.level();             // SUBJECT
 * r.entry().code();      // 5.1.x
 * r.reading().origin();  // SEED: the seed lists 5.1.x
 * r.retryable();         // false
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Resolution {

    private final EnhancedStatusCode requested;
    private final ReplyCode replyCode;
    private final CatalogEntry entry;
    private final Reading reading;
    private final ReadingChoice choice;

    Resolution(EnhancedStatusCode requested, ReplyCode replyCode, CatalogEntry entry, Reading reading,
            ReadingChoice choice) {
        this.requested = requested;
        this.replyCode = replyCode;
        this.entry = Objects.requireNonNull(entry, "entry");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /**
     * The enhanced code that was asked for.
     *
     * @return the code, or empty when a basic reply alone was resolved
     */
    public Optional<EnhancedStatusCode> requestedCode() {
        return Optional.ofNullable(requested);
    }

    /**
     * The basic reply code that came with the request.
     *
     * @return the code, or empty
     */
    public Optional<ReplyCode> replyCode() {
        return Optional.ofNullable(replyCode);
    }

    /**
     * The entry that answered.
     *
     * @return the entry, not null
     */
    public CatalogEntry entry() {
        return entry;
    }

    /**
     * The code of the entry that answered: {@code 5.1.1}, {@code 5.1.x}, {@code 5.x.x} or {@code 550}.
     *
     * @return the matched code
     */
    public CatalogCode matchedCode() {
        return entry.code();
    }

    /**
     * The level that answered.
     *
     * @return DETAIL, SUBJECT, CLASS or REPLY
     */
    public Level level() {
        return entry.level();
    }

    /**
     * The reading chosen.
     *
     * @return the reading, not null
     */
    public Reading reading() {
        return reading;
    }

    /**
     * Why this reading was chosen.
     *
     * @return the reason, not null
     */
    public ReadingChoice choice() {
        return choice;
    }

    /**
     * The class of the problem: that of the requested code, else that of the reply.
     *
     * @return the class, or empty for an intermediate (3xx) reply alone
     */
    public Optional<StatusClass> statusClass() {
        if (requested != null) {
            return Optional.of(requested.statusClass());
        }
        return entry.code().statusClass();
    }

    /**
     * Whether sending again later can succeed: the reading's judgement.
     *
     * @return true for temporary conditions
     */
    public boolean retryable() {
        return reading.retryable();
    }

    @Override
    public String toString() {
        return "Resolution[" + (requested != null ? requested : replyCode) + " -> " + entry.code() + " (" + level()
                + "), " + reading + ", " + choice + "]";
    }
}
