// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A code the catalogue knows, with its readings: at least one of the standard, the seed's and providers' own.
 *
 * <pre>{@code
 * CatalogEntry e = StatusCatalog.standard().get(EnhancedStatusCode.parse("5.5.2"));
 * e.code();                                          // 5.5.2
 * e.readings();                                      // [STANDARD:iana.X.5.2, SEED:seed.5.5.2]
 * e.reading(ReadingPolicy.REFERENCE, ReplyContext.of(ReplyCode.of(555))).origin();   // STANDARD
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogEntry {

    private final CatalogCode code;
    private final List<Reading> readings;
    private final Set<Source> sources;
    private final Optional<CatalogEntry> self = Optional.of(this);

    /** By origin; a class, not a lambda: entries are made at start-up, where each lambda costs. */
    private static final Comparator<Reading> BY_ORIGIN = new Comparator<>() {
        @Override
        public int compare(Reading a, Reading b) {
            return a.origin().compareTo(b.origin());
        }
    };

    /**
     * Creates an entry.
     *
     * @param code     the code, not null
     * @param readings the readings, at least one, at most one per origin
     * @throws IllegalArgumentException when there is no reading or two share an origin
     */
    public CatalogEntry(CatalogCode code, List<Reading> readings) {
        this.code = Objects.requireNonNull(code, "code");
        List<Reading> sorted = new ArrayList<>(readings);
        sorted.sort(BY_ORIGIN);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Entry " + code + " has no reading");
        }
        EnumSet<Source> all = EnumSet.noneOf(Source.class);
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && sorted.get(i).origin() == sorted.get(i - 1).origin()) {
                throw new IllegalArgumentException("Entry " + code + " has two " + sorted.get(i).origin()
                        + " readings");
            }
            all.addAll(sorted.get(i).sources());
        }
        this.readings = List.copyOf(sorted);
        this.sources = Collections.unmodifiableSet(all);
    }

    /**
     * The code of this entry.
     *
     * @return the code, not null
     */
    public CatalogCode code() {
        return code;
    }

    /**
     * The level of this entry.
     *
     * @return the level of its code
     */
    public Level level() {
        return code.level();
    }

    /**
     * All readings, in the order standard, seed, Microsoft, Google.
     *
     * @return an unmodifiable list with at least one reading
     */
    public List<Reading> readings() {
        return readings;
    }

    /**
     * The reading of the given origin.
     *
     * @param origin the origin, not null
     * @return the reading, or empty when this entry has none of that origin
     */
    public Optional<Reading> reading(Origin origin) {
        for (Reading r : readings) {
            if (r.origin() == origin) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The reading that applies under a policy and what the reply shows (see {@link ReadingSelector}).
     *
     * @param policy  the policy, not null
     * @param context what the reply shows, not null ({@link ReplyContext#none()} when nothing)
     * @return the reading, not null
     */
    public Reading reading(ReadingPolicy policy, ReplyContext context) {
        return ReadingSelector.select(this, policy, context).reading();
    }

    /**
     * The union of the sources of all readings.
     *
     * @return an unmodifiable set
     */
    public Set<Source> sources() {
        return sources;
    }

    /**
     * Whether every reading of this entry is a provider's own.
     *
     * @return true for codes only a provider defines, such as Microsoft's 5.7.509
     */
    public boolean isProviderOnly() {
        for (Reading r : readings) {
            if (!r.origin().isProvider()) {
                return false;
            }
        }
        return true;
    }

    Optional<CatalogEntry> asOptional() {
        return self;
    }

    @Override
    public String toString() {
        return code + " " + readings;
    }
}
