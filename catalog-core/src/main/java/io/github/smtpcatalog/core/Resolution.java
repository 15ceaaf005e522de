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
     * The resolution of an entry to one of its own readings, chosen by the caller rather than by a policy: for
     * tools that show every reading of the catalogue, such as the generated documentation.
     *
     * <pre>{@code
     * CatalogEntry e = StatusCatalog.standard().get(EnhancedStatusCode.parse("5.5.2"));
     * Resolution seed = Resolution.of(e, e.reading(Origin.SEED).orElseThrow());
     * seed.requestedCode();   // empty: no code was asked for, the entry itself was
     * }</pre>
     *
     * @param entry   the entry, not null
     * @param reading one of the entry's readings, not null
     * @return the resolution; its choice is {@link ReadingChoice#ONLY_READING} when the entry has one reading,
     *         else {@link ReadingChoice#POLICY} (the caller's choice stands for the policy)
     * @throws IllegalArgumentException when the reading is not one of the entry's
     */
    public static Resolution of(CatalogEntry entry, Reading reading) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(reading, "reading");
        if (!entry.readings().contains(reading)) {
            throw new IllegalArgumentException("The reading " + reading + " is not one of the entry " + entry.code());
        }
        return new Resolution(null, null, entry, reading,
                entry.readings().size() == 1 ? ReadingChoice.ONLY_READING : ReadingChoice.POLICY);
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
