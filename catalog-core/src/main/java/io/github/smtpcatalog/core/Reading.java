// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One meaning of a catalogue entry, with its source and provenance: the standard (IANA/RFC) reading, the
 * seed's, or a provider's. Its texts live in the catalog-i18n bundles under {@link #textId()}.
 *
 * <pre>{@code
 * Reading r = StatusCatalog.standard().get(EnhancedStatusCode.parse("5.1.1")).reading(Origin.STANDARD).get();
 * r.category();      // USER_UNKNOWN
 * r.retryable();     // false
 * r.provenance();    // "RFC 3463 §3.2; IANA SMTP Enhanced Status Codes registry (updated 2024-12-06)"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Reading {

    private final Origin origin;
    private final String textId;
    private final Set<Source> sources;
    private final List<ReplyCode> replyCodes;
    private final BounceCategory category;
    private final String sisimaiReason;
    private final boolean retryable;
    private final Agreement agreement;
    private final Map<String, Integer> params;
    private final String provenance;

    private Reading(Builder b) {
        this.origin = Objects.requireNonNull(b.origin, "origin");
        this.textId = requireText(b.textId, "textId");
        this.sources = b.sources.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.sources));
        this.replyCodes = List.copyOf(b.replyCodes);
        this.category = Objects.requireNonNull(b.category, "category");
        this.sisimaiReason = b.sisimaiReason;
        this.retryable = b.retryable;
        this.agreement = Objects.requireNonNull(b.agreement, "agreement");
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(b.params));
        this.provenance = requireText(b.provenance, "provenance");
        if ((origin == Origin.STANDARD) != (agreement == Agreement.STANDARD)) {
            throw new IllegalArgumentException("Reading " + textId + ": agreement " + agreement
                    + " does not fit origin " + origin);
        }
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return s;
    }

    /**
     * A builder, for catalogue loaders and test fixtures.
     *
     * @param origin where the reading comes from
     * @param textId the text id in the bundles
     * @return a new builder
     */
    public static Builder builder(Origin origin, String textId) {
        return new Builder(origin, textId);
    }

    /**
     * Where this reading comes from.
     *
     * @return the origin, not null
     */
    public Origin origin() {
        return origin;
    }

    /**
     * The id of this reading's texts in the bundles, e.g. {@code iana.X.1.1} or {@code seed.5.5.2}. Readings of
     * different entries may share texts (4.1.1 and 5.1.1 share {@code iana.X.1.1}).
     *
     * @return the text id, not blank
     */
    public String textId() {
        return textId;
    }

    /**
     * The sources that describe this reading.
     *
     * @return an unmodifiable set
     */
    public Set<Source> sources() {
        return sources;
    }

    /**
     * The basic reply codes usually sent with this reading.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<ReplyCode> replyCodes() {
        return replyCodes;
    }

    /**
     * The kind of bounce reason.
     *
     * @return the category, not null
     */
    public BounceCategory category() {
        return category;
    }

    /**
     * The matching reason name of the Sisimai bounce parser, e.g. {@code userunknown}.
     *
     * @return the name, or empty where none fits
     */
    public Optional<String> sisimaiReason() {
        return Optional.ofNullable(sisimaiReason);
    }

    /**
     * Whether sending again later, unchanged, can succeed.
     *
     * @return true for temporary conditions
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * How this reading relates to the standard meaning.
     *
     * @return the agreement, {@link Agreement#STANDARD} for the standard reading itself
     */
    public Agreement agreement() {
        return agreement;
    }

    /**
     * Whether this reading departs from the standard meaning of the code.
     *
     * @return true for partial, different and unregistered readings
     */
    public boolean departsFromStandard() {
        return agreement.departsFromStandard();
    }

    /**
     * Numeric arguments of this reading's texts, e.g. {@code attachments=250} for the seed's 5.6.3.
     *
     * @return an unmodifiable map, in data file order
     */
    public Map<String, Integer> params() {
        return params;
    }

    /**
     * Where this meaning is documented: RFC and section, registry, seed page or vendor page.
     *
     * @return the provenance, not blank
     */
    public String provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return origin + ":" + textId;
    }

    /** Builds a {@link Reading}. Not thread-safe. */
    public static final class Builder {
        private final Origin origin;
        private final String textId;
        private final Set<Source> sources = EnumSet.noneOf(Source.class);
        private List<ReplyCode> replyCodes = List.of();
        private BounceCategory category = BounceCategory.OTHER;
        private String sisimaiReason;
        private boolean retryable;
        private Agreement agreement;
        private final Map<String, Integer> params = new LinkedHashMap<>();
        private String provenance;

        private Builder(Origin origin, String textId) {
            this.origin = origin;
            this.textId = textId;
            this.agreement = origin == Origin.STANDARD ? Agreement.STANDARD : Agreement.SAME;
        }

        /**
         * Sets the sources.
         *
         * @param value the sources
         * @return this builder
         */
        public Builder sources(Set<Source> value) {
            sources.clear();
            sources.addAll(value);
            return this;
        }

        /**
         * Sets the usual basic reply codes.
         *
         * @param value the reply codes
         * @return this builder
         */
        public Builder replyCodes(List<ReplyCode> value) {
            replyCodes = List.copyOf(value);
            return this;
        }

        /**
         * Sets the bounce category.
         *
         * @param value the category
         * @return this builder
         */
        public Builder category(BounceCategory value) {
            category = value;
            return this;
        }

        /**
         * Sets the Sisimai reason name.
         *
         * @param value the name, or null
         * @return this builder
         */
        public Builder sisimaiReason(String value) {
            sisimaiReason = value;
            return this;
        }

        /**
         * Sets whether a retry can help.
         *
         * @param value true when it can
         * @return this builder
         */
        public Builder retryable(boolean value) {
            retryable = value;
            return this;
        }

        /**
         * Sets the agreement with the standard.
         *
         * @param value the agreement
         * @return this builder
         */
        public Builder agreement(Agreement value) {
            agreement = value;
            return this;
        }

        /**
         * Adds a numeric text argument.
         *
         * @param name  the argument name
         * @param value its value
         * @return this builder
         */
        public Builder param(String name, int value) {
            params.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Sets the provenance.
         *
         * @param value the provenance
         * @return this builder
         */
        public Builder provenance(String value) {
            provenance = value;
            return this;
        }

        /**
         * Builds the reading.
         *
         * @return the reading
         * @throws IllegalArgumentException when a required value is missing or the agreement does not fit
         */
        public Reading build() {
            return new Reading(this);
        }
    }
}
