// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The main class of {@code benchmarks.jar}: runs JMH with the given options (all of JMH's command line), then
 * prints each benchmark's ratio to its baseline from the same run, the goal and whether it is met, and the heap
 * footprint (measured by {@link HeapFootprint} in fresh JVMs).
 *
 * <p>Extra options, before JMH's own: {@code -smoke} runs every benchmark once in one short fork (what
 * {@code ./mvnw verify} does, to prove that they run; its numbers mean nothing); {@code -noheap} skips the heap
 * footprint.
 */
public final class BenchmarkMain {

    private static final double MIB = 1024.0 * 1024.0;
    private static final double HEAP_GOAL = 4 * MIB;
    private static final int HEAP_RUNS = 3;
    private static final int HEAP_RUNS_SMOKE = 1;
    private static final String[] EXTRACTION_INPUTS = {"line", "bounce4k", "1k", "64k", "1m"};

    private BenchmarkMain() {
    }

    /**
     * Runs.
     *
     * @param args {@code -smoke}, {@code -noheap}, then JMH's options
     * @throws Exception when JMH or the heap measurement fails
     */
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean smoke = rest.remove("-smoke");
        boolean heap = !rest.remove("-noheap");
        CommandLineOptions cmd = new CommandLineOptions(rest.toArray(new String[0]));
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(rest.toArray(new String[0]));
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (smoke) {
            options.forks(1).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(100)).shouldFailOnError(true);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<String> report = new ArrayList<>();
        report.add("");
        report.add("Ratios to the baselines of this run" + (smoke ? " (SMOKE RUN: one short iteration, the numbers"
                + " mean nothing)" : "") + ":");
        report.add("");
        report.addAll(ratios(index(results)));
        if (heap) {
            report.add("");
            report.addAll(heap(smoke ? HEAP_RUNS_SMOKE : HEAP_RUNS));
        }
        report.forEach(System.out::println);
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Map<String, RunResult> index(Collection<RunResult> results) {
        Map<String, RunResult> byKey = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String input = r.getParams().getParam("input");
            byKey.put(input == null ? key : key + ":" + input, r);
        }
        return byKey;
    }

    private static List<String> ratios(Map<String, RunResult> r) {
        List<String> t = new ArrayList<>();
        t.add("| benchmark | candidate (mean) | baseline (mean) | ratio of means | ratio of best iterations | goal | met |");
        t.add("|---|---|---|---|---|---|---|");
        ratio(t, r, "lookup: StatusCatalog.find vs HashMap.get", "LookupBenchmark.catalogFind",
                "LookupBenchmark.baselineHashMapGet", false, 2.0);
        RunResult find = r.get("LookupBenchmark.catalogFind");
        if (find != null) {
            Result alloc = alloc(find);
            t.add("| lookup: allocation of StatusCatalog.find | " + (alloc == null ? "run with -prof gc"
                    : String.format(Locale.ROOT, "%.3f B/op", alloc.getScore())) + " | | | | 0 B/op | "
                    + (alloc == null ? "?" : alloc.getScore() < 0.5 ? "yes" : "NO") + " |");
        }
        ratio(t, r, "parse a code: EnhancedStatusCode.parse vs regex", "CodeParseBenchmark.parse",
                "CodeParseBenchmark.baselineRegex", true, 5.0);
        for (String input : EXTRACTION_INPUTS) {
            ratio(t, r, "extract codes and recipient (" + input + "): ReplyCodeFinder.find vs regex",
                    "ExtractionBenchmark.finder:" + input, "ExtractionBenchmark.baselineRegex:" + input, true,
                    input.equals("line") || input.equals("bounce4k") ? 10.0 : Double.NaN);
        }
        // The full parse does a larger job than the expression (the best reading of the whole text, reply text,
        // provider): information, no goal.
        for (String input : EXTRACTION_INPUTS) {
            ratio(t, r, "full parse (" + input + "): ReplyParser.parse vs regex",
                    "ExtractionBenchmark.parser:" + input, "ExtractionBenchmark.baselineRegex:" + input, true,
                    Double.NaN);
        }
        ratio(t, r, "explanation (nl, recipient): Explainer.explain vs cached MessageFormat",
                "ExplainBenchmark.explain", "ExplainBenchmark.baselineCachedFormat", false, 1.5);
        ratio(t, r, "explanation (nl, recipient): Explainer.explain vs fresh MessageFormat",
                "ExplainBenchmark.explain", "ExplainBenchmark.baselineFreshFormat", false, Double.NaN);
        ratio(t, r, "cold start: catalog explain 5.1.1 vs JVM + one ICU format", "ColdStartBenchmark.catalogExplain",
                "ColdStartBenchmark.baselineIcuFormat", false, 1.3);
        t.add("");
        t.add("Linear growth of the extraction (time per KiB of input; constant = linear):");
        t.add("");
        t.add("| input | ReplyCodeFinder.find (mean) | regex (mean) | ReplyParser.parse (mean)"
                + " | ReplyCodeFinder.find (best iteration) | regex (best iteration) | ReplyParser.parse (best iteration) |");
        t.add("|---|---|---|---|---|---|---|");
        for (String[] in : new String[][] {{"1k", "1"}, {"64k", "64"}, {"1m", "1024"}}) {
            RunResult f = r.get("ExtractionBenchmark.finder:" + in[0]);
            RunResult x = r.get("ExtractionBenchmark.baselineRegex:" + in[0]);
            RunResult p = r.get("ExtractionBenchmark.parser:" + in[0]);
            double kib = Double.parseDouble(in[1]);
            if (x != null && (f != null || p != null)) {
                t.add("| " + in[0] + " | " + perKib(f, false, kib) + " | " + perKib(x, false, kib) + " | "
                        + perKib(p, false, kib) + " | " + perKib(f, true, kib) + " | " + perKib(x, true, kib) + " | "
                        + perKib(p, true, kib) + " |");
            }
        }
        return t;
    }

    /** The score (mean or best iteration) per KiB of input, or "-" when the benchmark was not run. */
    private static String perKib(RunResult r, boolean best, double kib) {
        if (r == null) {
            return "-";
        }
        double score = best ? best(r) : r.getPrimaryResult().getScore();
        return String.format(Locale.ROOT, "%.0f ns/KiB", score / kib);
    }

    private static Result alloc(RunResult r) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * One table row. {@code speedup}: the ratio is baseline / candidate and the goal a minimum; else candidate /
     * baseline and the goal a maximum. A NaN goal is information only.
     */
    private static void ratio(List<String> t, Map<String, RunResult> r, String what, String candidate,
            String baseline, boolean speedup, double goal) {
        RunResult c = r.get(candidate);
        RunResult b = r.get(baseline);
        if (c == null || b == null) {
            return;
        }
        Result cr = c.getPrimaryResult();
        Result br = b.getPrimaryResult();
        double ratio = speedup ? br.getScore() / cr.getScore() : cr.getScore() / br.getScore();
        double rel = Math.sqrt(sq(cr.getScoreError() / cr.getScore()) + sq(br.getScoreError() / br.getScore()));
        String err = Double.isNaN(rel) ? "" : String.format(Locale.ROOT, " ± %.2f", ratio * rel);
        // On a shared machine other processes only ever add time: the best iteration of each side is the least
        // disturbed estimate, and their ratio the one the goal is judged on.
        double cb = best(c);
        double bb = best(b);
        double bestRatio = speedup ? bb / cb : cb / bb;
        String g = Double.isNaN(goal) ? "(info)" : (speedup ? "≥ " : "≤ ") + goal + "x"
                + (speedup ? " faster" : "");
        String met = Double.isNaN(goal) ? "" : (speedup ? bestRatio >= goal : bestRatio <= goal) ? "yes" : "NO";
        t.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx%s%s | %.2fx%s (%.4g / %.4g) | %s | %s |", what,
                score(cr), score(br), ratio, err, speedup ? " faster" : "", bestRatio, speedup ? " faster" : "",
                cb, bb, g, met));
    }

    /** The lowest score of any measured iteration of any fork. */
    private static double best(RunResult r) {
        double min = Double.MAX_VALUE;
        for (BenchmarkResult br : r.getBenchmarkResults()) {
            for (IterationResult ir : br.getIterationResults()) {
                min = Math.min(min, ir.getPrimaryResult().getScore());
            }
        }
        return min;
    }

    private static double sq(double x) {
        return x * x;
    }

    private static String score(Result r) {
        String err = Double.isNaN(r.getScoreError()) ? "" : String.format(Locale.ROOT, " ± %.3g", r.getScoreError());
        return String.format(Locale.ROOT, "%.4g%s %s", r.getScore(), err, r.getScoreUnit());
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<String> heap(int runs) throws IOException, InterruptedException {
        Map<String, List<Long>> values = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, Long> e : heapRun().entrySet()) {
                values.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        List<String> t = new ArrayList<>();
        t.add("Heap footprint of the loaded catalogue with both locales (median of " + runs
                + " fresh JVMs, -XX:+UseSerialGC; goal < 4 MiB):");
        t.add("");
        t.add("| measure | bytes | MiB | goal | met |");
        t.add("|---|---|---|---|---|");
        for (String key : new String[] {"used.delta", "jol.catalog", "jol.texts", "jol.explainer", "used.delta.all",
            "jol.explainer.all"}) {
            List<Long> v = values.get(key);
            if (v == null) {
                continue;
            }
            v.sort(null);
            long median = v.get(v.size() / 2);
            boolean judged = key.startsWith("used.delta") || key.startsWith("jol.explainer");
            t.add(String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %s |", key, median, median / MIB,
                    judged ? "< 4 MiB" : "", judged ? median < HEAP_GOAL ? "yes" : "NO" : ""));
        }
        return t;
    }

    private static Map<String, Long> heapRun() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Djdk.attach.allowAttachSelf=true",
                "-Djol.magicFieldOffset=true", "-cp", cp, HeapFootprint.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<String, Long> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).trim()));
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("HeapFootprint exited with " + p.exitValue());
        }
        return out;
    }
}
