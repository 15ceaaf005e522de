// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing an enhanced code from a string ({@link EnhancedStatusCode#parse(CharSequence)}) against matching the
 * pattern {@code (\d)\.(\d{1,3})\.(\d{1,3})}, compiled once. Goal: at least 5x faster.
 *
 * <p>The baseline only matches and takes the three groups as strings; the parser also checks the class, the
 * range and leading zeros and builds the code object.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class CodeParseBenchmark {

    private static final Pattern CODE = Pattern.compile("(\\d)\\.(\\d{1,3})\\.(\\d{1,3})");

    /** A mix of short and long codes, as they come. */
    private final String[] inputs = {"5.1.1", "4.2.2", "5.7.26", "5.4.300", "2.0.0", "5.7.1", "4.4.7", "5.2.2"};
    private int i;

    private String next() {
        return inputs[i++ & 7];
    }

    @Benchmark
    public EnhancedStatusCode parse() {
        return EnhancedStatusCode.parse(next());
    }

    @Benchmark
    public void baselineRegex(Blackhole bh) {
        Matcher m = CODE.matcher(next());
        if (m.matches()) {
            bh.consume(m.group(1));
            bh.consume(m.group(2));
            bh.consume(m.group(3));
        }
    }
}
