// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.Provider;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.StatusCatalog;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Many threads explaining at once get exactly what one thread gets; lazy loading raced from many threads loads
 * once. ICU's MessageFormat is not thread-safe, so a shared formatter would corrupt results here.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 40;

    private static List<Function<Explainer, Explanation>> workload() {
        List<Function<Explainer, Explanation>> tasks = new ArrayList<>();
        List<ExplainOptions> options = List.of(ExplainOptions.of(Locale.forLanguageTag("nl")),
                ExplainOptions.of(Locale.ENGLISH), ExplainOptions.of(Locale.forLanguageTag("nl-BE"))
                        .withAudience(Audience.TECHNICAL), ExplainOptions.of(Locale.ENGLISH)
                        .withPolicy(ReadingPolicy.STANDARD));
        for (CatalogEntry e : StatusCatalog.standard().entries()) {
            for (ExplainOptions o : options) {
                e.code().enhancedCode().ifPresent(c -> tasks.add(x -> x.explain(c, o)));
                e.code().replyCode().ifPresent(r -> tasks.add(x -> x.explain(r, o).orElseThrow()));
            }
        }
        String[] recipients = {"jan@example.nl", "p.de.vries@verzekeraar.example", null};
        int i = 0;
        for (String code : List.of("5.1.1", "4.2.2", "5.7.27", "5.2.2", "5.5.2", "5.7.612", "5.1.99", "4.9.9")) {
            for (ExplainOptions o : options) {
                String rcpt = recipients[i++ % recipients.length];
                Provider p = i % 3 == 0 ? Provider.GOOGLE : i % 3 == 1 ? Provider.MICROSOFT : null;
                ParsedReply reply = ParsedReply.builder().replyCode(ReplyCode.of(code.startsWith("4") ? 452 : 550))
                        .enhancedCode(EnhancedStatusCode.parse(code)).recipient(rcpt).provider(p).build();
                tasks.add(x -> x.explain(reply, o).orElseThrow());
            }
        }
        return tasks;
    }

    @Test
    void sixteen_threads_get_exactly_the_single_threaded_results() throws Exception {
        List<Function<Explainer, Explanation>> tasks = workload();
        assertThat(tasks.size()).isGreaterThan(900);
        // Reference results from a separate explainer, so no cache is shared with the threads below.
        Explainer reference = Explainer.of(StatusCatalog.standard(), CatalogTexts.shipped());
        List<Explanation> expected = new ArrayList<>(tasks.size());
        for (Function<Explainer, Explanation> t : tasks) {
            expected.add(t.apply(reference));
        }
        Explainer shared = Explainer.of(StatusCatalog.standard(), CatalogTexts.shipped());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < tasks.size(); i++) {
                        order.add(i);
                    }
                    List<String> mismatches = new ArrayList<>();
                    Random random = new Random(seed);
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random);
                        for (int i : order.subList(0, Math.min(order.size(), 400))) {
                            Explanation got = tasks.get(i).apply(shared);
                            if (!got.equals(expected.get(i))) {
                                mismatches.add(expected.get(i) + " but got " + got);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).as("results that differ from the single-threaded ones").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lazy_loading_raced_from_many_threads_loads_once() throws Exception {
        // A fresh class loader gives fresh, not yet initialised holders for the catalogue and the texts.
        URL core = StatusCatalog.class.getProtectionDomain().getCodeSource().getLocation();
        URL i18n = Explainer.class.getProtectionDomain().getCodeSource().getLocation();
        URL icu = com.ibm.icu.text.MessageFormat.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {core, i18n, icu}, null)) {
            Method standard = loader.loadClass("io.github.smtpcatalog.i18n.Explainer").getMethod("standard");
            Method catalog = loader.loadClass("io.github.smtpcatalog.core.StatusCatalog").getMethod("standard");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Object[]>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Callable<Object[]> c = () -> {
                        start.await();
                        return new Object[] {standard.invoke(null), catalog.invoke(null)};
                    };
                    futures.add(pool.submit(c));
                }
                start.countDown();
                IdentityHashMap<Object, Boolean> explainers = new IdentityHashMap<>();
                IdentityHashMap<Object, Boolean> catalogs = new IdentityHashMap<>();
                for (Future<Object[]> f : futures) {
                    Object[] r = f.get();
                    explainers.put(r[0], true);
                    catalogs.put(r[1], true);
                }
                assertThat(explainers).hasSize(1);
                assertThat(catalogs).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
