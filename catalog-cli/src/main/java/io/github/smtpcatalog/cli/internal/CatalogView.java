// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyContext;
import io.github.smtpcatalog.core.Resolution;
import io.github.smtpcatalog.core.Source;
import io.github.smtpcatalog.i18n.Audience;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The whole catalogue explained in one locale, every reading of every entry, for {@code catalog list} and the
 * generated documentation.
 */
public final class CatalogView {

    private CatalogView() {
    }

    /**
     * One reading of an entry with its texts.
     *
     * @param reading   the reading
     * @param customer  its explanation for the customer
     * @param technical its explanation for the administrator, or null when not asked for
     */
    public record ReadingView(Reading reading, Explanation customer, Explanation technical) {
    }

    /**
     * An entry with all its readings explained.
     *
     * @param entry     the entry
     * @param preferred the reading the default policy (reference, no reply context) uses
     * @param readings  every reading, in the entry's order (standard, seed, Microsoft, Google)
     */
    public record EntryView(CatalogEntry entry, ReadingView preferred, List<ReadingView> readings) {

        /**
         * The title of the preferred reading.
         *
         * @return the title
         */
        public String title() {
            return preferred.customer().title();
        }

        /**
         * The sources of the entry, comma-separated: {@code SEED,IANA,RFC}.
         *
         * @return the sources
         */
        public String sources() {
            StringJoiner j = new StringJoiner(",");
            for (Source s : entry.sources()) {
                j.add(s.name());
            }
            return j.toString();
        }
    }

    /**
     * Explains every entry of the explainer's catalogue.
     *
     * @param explainer the explainer
     * @param locale    the locale
     * @param technical whether to explain each reading for the administrator too
     * @return the entries in catalogue order
     */
    public static List<EntryView> of(Explainer explainer, Locale locale, boolean technical) {
        ExplainOptions customer = ExplainOptions.of(locale);
        ExplainOptions admin = customer.withAudience(Audience.TECHNICAL);
        List<EntryView> out = new ArrayList<>();
        for (CatalogEntry e : explainer.catalog().entries()) {
            Reading preferred = e.reading(ReadingPolicy.REFERENCE, ReplyContext.none());
            List<ReadingView> readings = new ArrayList<>();
            ReadingView pref = null;
            for (Reading r : e.readings()) {
                Resolution res = Resolution.of(e, r);
                ReadingView v = new ReadingView(r, explainer.explain(res, null, customer),
                        technical ? explainer.explain(res, null, admin) : null);
                readings.add(v);
                if (r == preferred) {
                    pref = v;
                }
            }
            out.add(new EntryView(e, pref, List.copyOf(readings)));
        }
        return out;
    }
}
