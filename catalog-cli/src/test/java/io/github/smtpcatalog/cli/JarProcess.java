// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code target/catalog.jar} as a process with the JVM that runs the tests: {@code java [jvmArgs] -jar
 * catalog.jar args}. The build passes the jar's path as the system property {@code catalog.jar}.
 */
record JarProcess(int exit, byte[] out, byte[] err) {

    static Path jar() {
        String p = System.getProperty("catalog.jar");
        assertThat(p).as("system property catalog.jar (set by the failsafe configuration)").isNotNull();
        Path jar = Path.of(p);
        assertThat(jar).as("the shaded jar; run the package phase first").isRegularFile();
        return jar;
    }

    static JarProcess run(String... args) {
        return run(List.of(), "", args);
    }

    static JarProcess run(List<String> jvmArgs, String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            CompletableFuture<byte[]> out = read(p.getInputStream());
            CompletableFuture<byte[]> err = read(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the command may exit before it reads its input
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timeout: " + cmd);
            }
            return new JarProcess(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<byte[]> read(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                return s.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    String stdout() {
        return new String(out, StandardCharsets.UTF_8);
    }

    String stderr() {
        return new String(err, StandardCharsets.UTF_8);
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
