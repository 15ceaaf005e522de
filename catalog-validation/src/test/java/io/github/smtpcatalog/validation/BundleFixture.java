// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import io.github.smtpcatalog.i18n.CatalogTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A copy of the real shipped bundle folder (and, when a defect needs it, of the catalogue data file) that a test
 * can damage in one precise way.
 */
final class BundleFixture {

    static final String BUNDLES = "/io/github/smtpcatalog/i18n/bundles/";
    static final String CATALOG = "/io/github/smtpcatalog/core/data/catalog.tsv";

    final Path dir;
    private String catalog;
    private boolean catalogChanged;

    private BundleFixture(Path dir) {
        this.dir = dir;
        this.catalog = resource(CATALOG);
    }

    /** Copies bundles.list and every shipped bundle that exists into {@code dir}. */
    static BundleFixture copyOfShipped(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("bundles.list"), resource(BUNDLES + "bundles.list"));
            for (String name : CatalogTexts.shippedFileNames()) {
                try (InputStream in = CatalogTexts.class.getResourceAsStream(BUNDLES + name)) {
                    if (in != null) {
                        Files.copy(in, dir.resolve(name));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleFixture(dir);
    }

    private static String resource(String name) {
        try (InputStream in = BundleFixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates as the defect requires: the folder, or (after a catalogue change) the catalogue and files. */
    ValidationReport validate(boolean asCatalogue) {
        if (!asCatalogue && !catalogChanged) {
            return CatalogValidator.standard().validate(dir);
        }
        StatusCatalog c = catalogChanged ? StatusCatalog.load(new StringReader(catalog), "catalog.tsv")
                : StatusCatalog.standard();
        return CatalogValidator.standard().validate(c, CatalogTexts.readFolder(dir));
    }

    boolean catalogChanged() {
        return catalogChanged;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Bundle edits

    Path path(String file) {
        return dir.resolve(file);
    }

    List<String> lines(String file) {
        try {
            return new ArrayList<>(Files.readAllLines(path(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, List<String> lines) {
        try {
            Files.writeString(path(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int lineOf(String file, String key) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + " = ")) {
                return i;
            }
        }
        throw new IllegalStateException(file + " has no key " + key);
    }

    String value(String file, String key) {
        return lines(file).get(lineOf(file, key)).substring(key.length() + 3);
    }

    void setValue(String file, String key, String value) {
        List<String> lines = lines(file);
        lines.set(lineOf(file, key), key + " = " + value);
        write(file, lines);
    }

    void setRawLine(String file, String key, String line) {
        List<String> lines = lines(file);
        lines.set(lineOf(file, key), line);
        write(file, lines);
    }

    void removeKey(String file, String key) {
        List<String> lines = lines(file);
        lines.remove(lineOf(file, key));
        write(file, lines);
    }

    void removeKeysStartingWith(String file, String prefix) {
        List<String> lines = lines(file);
        lines.removeIf(l -> l.startsWith(prefix));
        write(file, lines);
    }

    void append(String file, String line) {
        List<String> lines = lines(file);
        lines.add(line);
        write(file, lines);
    }

    /** The first key of a file whose line matches. */
    Optional<String> firstKey(String file, Predicate<String> line) {
        for (String l : lines(file)) {
            if (!l.startsWith("#") && l.contains(" = ") && line.test(l)) {
                return Optional.of(l.substring(0, l.indexOf(" = ")));
            }
        }
        return Optional.empty();
    }

    void delete(String file) {
        try {
            Files.delete(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAllBundles() {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BundleFile read(String file) {
        return BundleFile.read(path(file));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Catalogue edits

    /** Changes the catalogue line of a code and reading; the function gets and returns the 11 columns. */
    void catalogLine(String code, String origin, UnaryOperator<String[]> change) {
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (String l : catalog.split("\n", -1)) {
            String[] c = l.split("\t", -1);
            if (c.length == 11 && c[0].equals(code) && c[1].equals(origin)) {
                found = true;
                String[] n = change.apply(c);
                if (n != null) {
                    out.add(String.join("\t", n));
                }
            } else {
                out.add(l);
            }
        }
        if (!found) {
            throw new IllegalStateException("no catalogue line " + code + " " + origin);
        }
        catalog = String.join("\n", out);
        catalogChanged = true;
    }

    void removeCatalogLine(String code, String origin) {
        catalogLine(code, origin, c -> null);
    }

    void addCatalogLine(String... columns) {
        catalog = catalog + String.join("\t", columns) + "\n";
        catalogChanged = true;
    }
}
