// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import io.github.smtpcatalog.core.CodeMatch;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyCodeFinder;
import io.github.smtpcatalog.core.ReplyParser;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extracting the basic code, the enhanced code and the recipient with {@link ReplyCodeFinder#find(CharSequence)}
 * (the first code pair and the address after it, the same job as the expression) against the obvious regular
 * expression ({@link Inputs#regex(CharSequence)}). Goal: at least 10x faster. The full
 * {@link ReplyParser#parse(CharSequence)} (which reads the whole text for its best reading, the reply text and the
 * provider) is measured on the same inputs, as information.
 *
 * <p>{@code input}: {@code line} is a typical reply line, {@code bounce4k} a 4096-character Postfix bounce;
 * {@code 1k}, {@code 64k}, {@code 1m} are prose of 1024, 65536 and 1048576 characters ending in the reply, to
 * show that the time grows linearly with the input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ExtractionBenchmark {

    @Param({"line", "bounce4k", "1k", "64k", "1m"})
    public String input;

    private String text;

    @Setup
    public void setUp() {
        text = text(input);
        ParsedReply p = ReplyParser.parse(text);
        CodeMatch f = ReplyCodeFinder.find(text).orElseThrow();
        Inputs.Extracted r = Inputs.regex(text);
        if (r == null || !r.replyCode().equals(p.replyCode().orElseThrow().toString())
                || !r.enhancedCode().equals(p.enhancedCode().orElseThrow().toString())
                || !r.recipient().equals(p.recipient().orElseThrow())
                || !r.replyCode().equals(f.replyCode().toString())
                || !r.enhancedCode().equals(f.enhancedCode().toString())
                || !r.recipient().equals(f.recipient().orElseThrow())) {
            throw new IllegalStateException("parser " + p + ", finder " + f + " and regex " + r + " disagree on "
                    + input);
        }
    }

    static String text(String input) {
        switch (input) {
            case "line":
                return Inputs.REPLY_LINE;
            case "bounce4k":
                return Inputs.bounce4k();
            case "1k":
                return Inputs.sized(1 << 10);
            case "64k":
                return Inputs.sized(1 << 16);
            case "1m":
                return Inputs.sized(1 << 20);
            default:
                throw new IllegalArgumentException(input);
        }
    }

    @Benchmark
    public Optional<CodeMatch> finder() {
        return ReplyCodeFinder.find(text);
    }

    @Benchmark
    public ParsedReply parser() {
        return ReplyParser.parse(text);
    }

    @Benchmark
    public Inputs.Extracted baselineRegex() {
        return Inputs.regex(text);
    }
}
