// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.core.Resolution;
import io.github.smtpcatalog.i18n.CatalogTexts;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.Explanation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full Dutch customer explanation of a parsed reply that names its recipient
 * ({@link Explainer#explain(ParsedReply, ExplainOptions)}) against formatting the same patterns (title, lead,
 * customer text, causes, customer and administrator actions: every pattern the explanation consists of, with
 * the same arguments) directly with ICU, with a {@link MessageFormat} cached per pattern and with a fresh one
 * each time. Goal: within 1.5x of the cached one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ExplainBenchmark {

    private static final ULocale NL = new ULocale("nl");

    private Explainer explainer;
    private ParsedReply reply;
    private ExplainOptions options;
    private String[] patterns;
    private MessageFormat[] cached;
    private Map<String, Object> args;

    @Setup
    public void setUp() {
        explainer = Explainer.standard();
        reply = ReplyParser.parse(Inputs.REPLY_LINE);
        options = ExplainOptions.of(Locale.forLanguageTag("nl"));
        Resolution r = explainer.catalog().resolve(reply, options.policy()).orElseThrow();
        if (options.policy() != ReadingPolicy.REFERENCE) {
            throw new IllegalStateException("expected the default policy");
        }
        String id = r.reading().textId();
        String cls = "class." + r.statusClass().orElseThrow().code();
        CatalogTexts texts = explainer.texts();
        Locale nl = options.locale();
        List<String> keys = new ArrayList<>();
        keys.add(id + ".title");
        keys.add(cls + ".lead");
        keys.add(id + ".customer");
        for (String list : new String[] {".cause.", ".customerAction.", ".adminAction."}) {
            for (int k = 1; texts.pattern(id + list + k, nl).isPresent(); k++) {
                keys.add(id + list + k);
            }
        }
        patterns = new String[keys.size()];
        cached = new MessageFormat[keys.size()];
        for (int k = 0; k < patterns.length; k++) {
            patterns[k] = texts.pattern(keys.get(k), nl)
                    .orElseThrow(() -> new IllegalStateException("no Dutch text for " + keys));
            cached[k] = new MessageFormat(patterns[k], NL);
        }
        args = new HashMap<>();
        args.put("recipient", reply.recipient().orElseThrow());
        args.put("domain", reply.recipientDomain().orElseThrow());
        args.put("product", Explainer.ABSENT);
        args.putAll(r.reading().params());

        // Both sides must produce the same texts.
        Explanation e = explain();
        List<String> direct = List.of(baselineCachedFormat());
        List<String> expected = new ArrayList<>();
        expected.add(e.title());
        expected.add(e.message());
        expected.addAll(e.causes());
        expected.addAll(e.customerActions());
        expected.addAll(e.adminActions());
        List<String> got = new ArrayList<>();
        got.add(direct.get(0));
        got.add(direct.get(1) + " " + direct.get(2));
        got.addAll(direct.subList(3, direct.size()));
        if (!expected.equals(got) || !e.message().contains("jan@example.nl")) {
            throw new IllegalStateException("the baseline formats other texts:\n" + expected + "\n" + got);
        }
        if (!List.of(baselineFreshFormat()).equals(direct)) {
            throw new IllegalStateException("fresh and cached formats differ");
        }
    }

    @Benchmark
    public Explanation explain() {
        return explainer.explain(reply, options).orElseThrow();
    }

    /** The same patterns, each with its own MessageFormat built once (the goal's reference). */
    @Benchmark
    public String[] baselineCachedFormat() {
        String[] out = new String[cached.length];
        for (int k = 0; k < cached.length; k++) {
            out[k] = cached[k].format(args);
        }
        return out;
    }

    /** The same patterns, each with a MessageFormat made for this call. */
    @Benchmark
    public String[] baselineFreshFormat() {
        String[] out = new String[patterns.length];
        for (int k = 0; k < patterns.length; k++) {
            out[k] = new MessageFormat(patterns[k], NL).format(args);
        }
        return out;
    }
}
