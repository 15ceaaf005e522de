// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.Provider;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.ReplyParser;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Many threads explaining at once get exactly what one thread gets; lazy loading raced from many threads loads
 * once. ICU's MessageFormat is not thread-safe, so a shared formatter would corrupt results here. The workload
 * covers every catalogue entry, replies built by hand, and real server replies, bounce texts and DSN fields that
 * each thread parses itself with {@link ReplyParser} before explaining them, for the customer and the technical
 * audience, in Dutch, Belgian Dutch and English. No time limit: the test checks results, not speed. The figures
 * (threads, calls) are printed for docs/reliability.md.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 40;
    private static final int CALLS_PER_ROUND = 400;

    /** Real replies as servers and Jakarta Mail write them (documentation addresses and hosts). */
    static final List<String> REAL_REPLIES = List.of(
            "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown in virtual mailbox table",
            "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n"
                    + "550-5.1.1 double-checking the recipient's email address for typos or\r\n"
                    + "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp",
            "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n"
                    + "452 4.2.2 recipient to https://support.google.com/mail/?p=OverQuotaTemp b2si456 - gsmtp",
            "550 5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp",
            "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) "
                    + "[AM0PR01MB1234.eurprd01.prod.protection.outlook.com]",
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                    + "address lookup'",
            "com.sun.mail.smtp.SMTPAddressFailedException: 452 4.2.2 <piet@example.nl>: Mailbox full",
            "host mx.example.nl[192.0.2.1] said: 554 5.7.1 <klant@example.nl>: Relay access denied (in reply to "
                    + "RCPT TO command)",
            "SMTP error from remote mail server after RCPT TO:<info@example.nl>:\n    550 5.2.1 Mailbox disabled",
            "421 4.7.0 Try again later, closing connection. (EHLO) x3si789 - gsmtp",
            "552 5.3.4 Message size exceeds fixed maximum message size",
            "554 5.7.9 Message not accepted for policy reasons.",
            "550 5.5.2 Syntax error",
            "555 5.5.2 Syntax error. c4si012 - gsmtp",
            "451 4.4.1 No answer from host",
            "Reporting-MTA: dns; mail.example.com\n\nFinal-Recipient: rfc822; jan@example.nl\nAction: failed\n"
                    + "Status: 5.1.1\nRemote-MTA: dns; mx.example.nl\nDiagnostic-Code: smtp; 550 5.1.1 "
                    + "<jan@example.nl>: Recipient address\n    rejected: User unknown\n",
            "Final-Recipient: rfc822; piet@example.nl\nAction: delayed\nStatus: 4.4.7\n"
                    + "Diagnostic-Code: smtp; 451 4.4.7 Delivery time expired",
            "250 2.0.0 Ok: queued as 4T1x2Y3z4Qz5",
            "530 5.7.0 Must issue a STARTTLS command first",
            "535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=Bad",
            "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. [DB5EUR01FT012.eop-EUR01.prod.protection"
                    + ".outlook.com]",
            "5.1.1", "550", "4.9.9", "5.1.99", "5.999.999");

    private static List<Function<Explainer, Explanation>> workload() {
        List<Function<Explainer, Explanation>> tasks = new ArrayList<>();
        List<ExplainOptions> options = List.of(ExplainOptions.of(Locale.forLanguageTag("nl")),
                ExplainOptions.of(Locale.ENGLISH), ExplainOptions.of(Locale.forLanguageTag("nl-BE"))
                        .withAudience(Audience.TECHNICAL), ExplainOptions.of(Locale.ENGLISH)
                        .withPolicy(ReadingPolicy.STANDARD), ExplainOptions.of(Locale.ENGLISH)
                        .withAudience(Audience.TECHNICAL));
        for (CatalogEntry e : StatusCatalog.standard().entries()) {
            for (ExplainOptions o : options) {
                e.code().enhancedCode().ifPresent(c -> tasks.add(x -> x.explain(c, o)));
                e.code().replyCode().ifPresent(r -> tasks.add(x -> x.explain(r, o).orElseThrow()));
            }
        }
        for (String line : REAL_REPLIES) {
            for (ExplainOptions o : options) {
                // Each call parses the line itself, so the parser runs on many threads too.
                tasks.add(x -> x.explain(ReplyParser.parse(line), o).orElseThrow());
                tasks.add(x -> x.explain(line, o));
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
        assertThat(tasks.size()).isGreaterThan(1000);
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
            AtomicLong calls = new AtomicLong();
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
                        for (int i : order.subList(0, Math.min(order.size(), CALLS_PER_ROUND))) {
                            Explanation got = tasks.get(i).apply(shared);
                            calls.incrementAndGet();
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
            assertThat(calls.get()).isEqualTo((long) THREADS * ROUNDS * CALLS_PER_ROUND);
            System.out.printf("ConcurrencyTest: %d threads made %d explain calls (%d rounds of %d, drawn from %d tasks,"
                    + " %d real replies among them), all equal to the single-threaded results%n", THREADS,
                    calls.get(), ROUNDS, CALLS_PER_ROUND, tasks.size(), REAL_REPLIES.size());
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
