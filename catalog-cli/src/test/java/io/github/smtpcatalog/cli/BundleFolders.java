// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import io.github.smtpcatalog.i18n.CatalogTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bundle folders for {@code catalog validate --bundles}: a copy of the shipped bundles, optionally broken. */
final class BundleFolders {

    private BundleFolders() {
    }

    /** A copy of the shipped bundle files. */
    static Path shippedCopy() {
        try {
            Path dir = Files.createTempDirectory("bundles");
            for (String name : CatalogTexts.shippedFileNames()) {
                try (InputStream in = CatalogTexts.class.getResourceAsStream(
                        "/io/github/smtpcatalog/i18n/bundles/" + name)) {
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the shipped bundles in which the Dutch title of 5.1.1 is not a valid ICU pattern. */
    static Path withBrokenPattern() {
        Path dir = shippedCopy();
        Path seed = dir.resolve("seed_nl.properties");
        try {
            String s = Files.readString(seed, StandardCharsets.UTF_8);
            String broken = s.replaceFirst("(?m)^seed\\.5\\.1\\.1\\.title = .*$", "seed.5.1.1.title = {kapot");
            if (broken.equals(s)) {
                throw new IllegalStateException("seed.5.1.1.title not found in seed_nl.properties");
            }
            Files.writeString(seed, broken, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
