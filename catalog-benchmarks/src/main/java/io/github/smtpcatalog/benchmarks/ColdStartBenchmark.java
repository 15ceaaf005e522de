// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Cold start as a user meets it: the wall time of the whole process {@code java -jar catalog.jar explain 5.1.1}
 * against a fresh JVM that formats one ICU pattern and exits ({@code java -jar icu-format.jar}, see
 * {@link IcuFormatMain}). Goal: at most 1.3x. Each call launches one process with the same {@code java} that
 * runs the benchmark, waits for it and checks its exit code; output goes to the null device.
 *
 * <p>The jars are found relative to the working directory (the repository root, or {@code catalog-benchmarks}):
 * {@code catalog-cli/target/catalog.jar} and {@code catalog-benchmarks/target/icu-format.jar}. The system
 * properties {@code catalog.jar} and {@code icu-format.jar} of the JMH run (passed on with {@code -jvmArgs}) can
 * point elsewhere.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class ColdStartBenchmark {

    static final String CATALOG_JAR = "catalog-cli/target/catalog.jar";
    static final String ICU_JAR = "catalog-benchmarks/target/icu-format.jar";

    private List<String> catalog;
    private List<String> baseline;

    @Setup
    public void setUp() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        catalog = List.of(java, "-jar", find("catalog.jar", CATALOG_JAR).toString(), "explain", "5.1.1");
        baseline = List.of(java, "-jar", find("icu-format.jar", ICU_JAR).toString());
        // Both must work before they are timed.
        run(catalog);
        run(baseline);
    }

    /**
     * Finds a jar: the system property, else the path relative to the working directory or its parent.
     *
     * @param property the system property
     * @param relative the path from the repository root
     * @return the jar
     * @throws IllegalStateException when there is none
     */
    static Path find(String property, String relative) {
        String p = System.getProperty(property);
        if (p != null) {
            return Path.of(p).toAbsolutePath();
        }
        for (Path base : new Path[] {Path.of(""), Path.of("..")}) {
            Path candidate = base.resolve(relative).toAbsolutePath().normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath()
                + ": build it first (./mvnw -B -q -pl catalog-benchmarks -am package -DskipTests)");
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(command + " exited with " + code);
        }
        return code;
    }

    @Benchmark
    public int catalogExplain() throws Exception {
        return run(catalog);
    }

    @Benchmark
    public int baselineIcuFormat() throws Exception {
        return run(baseline);
    }
}
