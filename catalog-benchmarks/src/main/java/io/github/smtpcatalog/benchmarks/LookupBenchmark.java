// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.StatusCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Lookup of a parsed code in the catalogue ({@link StatusCatalog#find(EnhancedStatusCode)}) against
 * {@link HashMap#get} on a map of the same entries. Goal: within 2x, and no allocation.
 *
 * <p>Each call looks up the next of the catalogue's detail codes (a fixed cycle), so neither side can fold the
 * answer into a constant; both sides pay the same cycling.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Thread)
public class LookupBenchmark {

    private EnhancedStatusCode[] codes;
    private int mask;
    private int i;
    private StatusCatalog catalog;
    private Map<EnhancedStatusCode, CatalogEntry> hashMap;

    @Setup
    public void setUp() {
        catalog = StatusCatalog.standard();
        List<EnhancedStatusCode> found = new ArrayList<>();
        hashMap = new HashMap<>();
        for (CatalogEntry e : catalog.entries()) {
            if (e.level() == Level.DETAIL && !e.code().isRange()) {
                EnhancedStatusCode c = EnhancedStatusCode.parse(e.code().toString());
                found.add(c);
                hashMap.put(c, e);
            }
        }
        int n = Integer.highestOneBit(found.size() - 1) << 1;
        codes = new EnhancedStatusCode[n];
        for (int k = 0; k < n; k++) {
            codes[k] = found.get(k % found.size());
        }
        mask = n - 1;
    }

    private EnhancedStatusCode next() {
        return codes[i++ & mask];
    }

    /** The catalogue: returns the entry's own Optional, allocated once. */
    @Benchmark
    public Optional<CatalogEntry> catalogFind() {
        return catalog.find(next());
    }

    /** The baseline: a plain HashMap of the same entries. */
    @Benchmark
    public CatalogEntry baselineHashMapGet() {
        return hashMap.get(next());
    }
}
