// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.smtpcatalog.cli.internal.CatalogueDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue in the repository's {@code docs/} is what {@code catalog docs} writes now: a change to
 * the catalogue, the texts or the generator must come with the regenerated files.
 */
class DocsCurrentIT {

    static Path docsDir() {
        String p = System.getProperty("catalog.docs.dir");
        assertThat(p).as("system property catalog.docs.dir (set by the build)").isNotNull();
        return Path.of(p).toAbsolutePath().normalize();
    }

    @Test
    void committed_docs_are_what_the_generator_writes_now() throws IOException {
        Path fresh = JarProcess.tempDir("catalog-docs-now");
        JarProcess p = JarProcess.run("docs", "--out", fresh.toString());
        assertThat(p.exit()).as(p.stderr()).isZero();
        List<String> stale = new ArrayList<>();
        for (String name : List.of("catalogue.nl.md", "catalogue.en.md", "catalogue.html")) {
            Path committed = docsDir().resolve(name);
            String now = Files.readString(fresh.resolve(name), StandardCharsets.UTF_8);
            if (!Files.isRegularFile(committed)) {
                stale.add(name + " is missing");
            } else if (!Files.readString(committed, StandardCharsets.UTF_8).equals(now)) {
                stale.add(name + " differs from the generator's output" + firstDifference(
                        Files.readString(committed, StandardCharsets.UTF_8), now));
            }
        }
        if (!stale.isEmpty()) {
            fail("The generated catalogue in " + docsDir() + " is not current: " + String.join("; ", stale)
                    + ". Regenerate it from the repository root after building the jar (./mvnw -B -q -pl"
                    + " catalog-cli -am package -DskipTests), then commit docs/: " + CatalogueDocs.REGENERATE);
        }
    }

    private static String firstDifference(String committed, String now) {
        String[] a = committed.split("\n", -1);
        String[] b = now.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return " (first at line " + (i + 1) + ": committed \"" + cut(a[i]) + "\", now \"" + cut(b[i]) + "\")";
            }
        }
        return " (line count " + a.length + " committed, " + b.length + " now)";
    }

    private static String cut(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "..." : s;
    }
}
