// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.List;
import java.util.Optional;

/**
 * The rules that pick a reading (DESIGN.md, "Readings, and which one wins"):
 * <ol>
 * <li>a reply that shows a provider gets that provider's reading where the entry has one;</li>
 * <li>otherwise the policy picks among the non-provider readings: the seed's under {@link ReadingPolicy#REFERENCE}
 * where the seed lists the code, else the standard one;</li>
 * <li>a reading whose usual basic codes exclude the reply's basic code loses to one whose include it;</li>
 * <li>an entry that only a provider defines answers with that provider's reading.</li>
 * </ol>
 */
final class ReadingSelector {

    private ReadingSelector() {
    }

    static final class Selection {
        private final Reading reading;
        private final ReadingChoice choice;

        Selection(Reading reading, ReadingChoice choice) {
            this.reading = reading;
            this.choice = choice;
        }

        Reading reading() {
            return reading;
        }

        ReadingChoice choice() {
            return choice;
        }
    }

    /** Whether the entry can answer in this context (a provider-only entry cannot answer for another provider). */
    static boolean applies(CatalogEntry entry, ReplyContext context) {
        if (!entry.isProviderOnly()) {
            return true;
        }
        Optional<Provider> provider = context.provider();
        return provider.isEmpty() || ownReading(entry, context).isPresent();
    }

    private static Optional<Reading> ownReading(CatalogEntry entry, ReplyContext context) {
        Optional<Provider> provider = context.provider();
        Optional<Origin> origin = provider.isPresent() ? provider.get().origin() : Optional.empty();
        return origin.isPresent() ? entry.reading(origin.get()) : Optional.empty();
    }

    static Selection select(CatalogEntry entry, ReadingPolicy policy, ReplyContext context) {
        List<Reading> readings = entry.readings();
        Optional<Reading> own = ownReading(entry, context);
        if (own.isPresent()) {
            return new Selection(own.get(), readings.size() == 1 ? ReadingChoice.ONLY_READING : ReadingChoice.PROVIDER);
        }
        Reading standard = entry.reading(Origin.STANDARD).orElse(null);
        Reading seed = entry.reading(Origin.SEED).orElse(null);
        if (standard == null && seed == null) {
            return new Selection(readings.get(0), ReadingChoice.ONLY_READING);
        }
        if (standard == null || seed == null) {
            return new Selection(standard != null ? standard : seed, ReadingChoice.ONLY_READING);
        }
        Reading preferred = policy == ReadingPolicy.REFERENCE ? seed : standard;
        Reading other = preferred == seed ? standard : seed;
        Optional<ReplyCode> reply = context.replyCode();
        if (reply.isPresent() && contradicts(preferred, reply.get()) && !contradicts(other, reply.get())) {
            return new Selection(other, ReadingChoice.REPLY_CODE);
        }
        return new Selection(preferred, ReadingChoice.POLICY);
    }

    private static boolean contradicts(Reading reading, ReplyCode reply) {
        List<ReplyCode> usual = reading.replyCodes();
        return !usual.isEmpty() && !usual.contains(reply);
    }
}
