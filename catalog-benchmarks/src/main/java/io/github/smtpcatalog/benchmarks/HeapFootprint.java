// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.Resolution;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.Audience;
import io.github.smtpcatalog.i18n.CatalogTexts;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the heap that the loaded catalogue with both locales holds, measured two ways in this fresh JVM:
 *
 * <ul>
 *   <li>{@code used.delta}: used heap after a forced full GC, before and after loading
 *       {@link StatusCatalog#standard()}, {@link CatalogTexts#shipped()}, {@link Explainer#standard()} and
 *       explaining one reply in Dutch and one in English, with the explainer kept alive. This is everything the
 *       first use costs, ICU's own locale data and caches included.</li>
 *   <li>{@code jol.catalog}, {@code jol.texts}, {@code jol.explainer}: the retained size of the object graphs
 *       (JOL {@link GraphLayout}) of the catalogue, of the texts, and of the explainer (catalogue, texts, plans
 *       and registered messages) at that point. The texts are read lazily, so only the files those two
 *       explanations needed are in.</li>
 *   <li>{@code used.delta.all}, {@code jol.explainer.all}: the same after every reading of every entry has been
 *       explained in both locales for both audiences: every bundle file read, every plan made, every message
 *       compiled (on this thread). The most the loaded catalogue with both locales holds.</li>
 * </ul>
 *
 * <p>Output: one {@code key=bytes} line each. {@link BenchmarkMain} runs it several times in fresh JVMs with the
 * serial collector (whose {@code System.gc()} is a full, compacting collection) and reports the median.
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    /**
     * Measures and prints.
     *
     * @param args ignored
     * @throws InterruptedException never in practice
     */
    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        // Load what the measurement itself uses (management beans, JOL's classes) before the first reading.
        GraphLayout.parseInstance(new Object()).totalSize();
        long before = usedAfterGc(mem);

        StatusCatalog catalog = StatusCatalog.standard();
        CatalogTexts texts = CatalogTexts.shipped();
        Explainer explainer = Explainer.standard();
        String nl = explainer.explain(ReplyParser.parse(Inputs.REPLY_LINE),
                ExplainOptions.of(Locale.forLanguageTag("nl"))).orElseThrow().message();
        String en = explainer.explain(EnhancedStatusCode.parse("4.2.2"),
                ExplainOptions.of(Locale.ENGLISH)).message();

        long after = usedAfterGc(mem);
        System.out.println("used.delta=" + (after - before));
        System.out.println("jol.catalog=" + GraphLayout.parseInstance(catalog).totalSize());
        System.out.println("jol.texts=" + GraphLayout.parseInstance(texts).totalSize());
        System.out.println("jol.explainer=" + GraphLayout.parseInstance(explainer).totalSize());

        // Everything in use: every reading of every entry explained in both locales, for both audiences (all
        // bundle files read, every plan made, every message compiled on this thread).
        int n = 0;
        for (CatalogEntry e : catalog.entries()) {
            for (Reading r : e.readings()) {
                for (Locale l : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
                    for (Audience a : Audience.values()) {
                        n += explainer.explain(Resolution.of(e, r), null,
                                ExplainOptions.of(l).withAudience(a)).message().length();
                    }
                }
            }
        }
        long all = usedAfterGc(mem);
        System.out.println("used.delta.all=" + (all - before));
        System.out.println("jol.explainer.all=" + GraphLayout.parseInstance(explainer).totalSize());
        System.out.println("explained=" + n);
        // Keep everything reachable up to here.
        System.out.println("check=" + (nl.length() + en.length() + catalog.entries().size() + texts.files().size()));
    }

    private static long usedAfterGc(MemoryMXBean mem) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
