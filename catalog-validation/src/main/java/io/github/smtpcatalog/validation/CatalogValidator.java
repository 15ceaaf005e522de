// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import io.github.smtpcatalog.i18n.BundleLoadException;
import io.github.smtpcatalog.i18n.CatalogTexts;
import io.github.smtpcatalog.validation.internal.BundleSource;
import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.Engine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the catalogue and its texts for completeness and consistency: every entry has every text in every
 * locale, patterns parse and agree across locales, files are clean UTF-8, the catalogue covers the seed and the
 * IANA registry, and the texts keep the house style. See {@code docs/validation.md} for every rule.
 *
 * <pre>{@code
 * CatalogValidator validator = CatalogValidator.standard();
 * ValidationReport shipped = validator.validateShipped();                  // the library's own texts
 * ValidationReport mine = validator.validate(Path.of("src/main/bundles"));  // a consumer's bundle folder
 * if (mine.hasErrors()) {
 *     mine.findings().forEach(f -> System.err.println(f.message(Locale.forLanguageTag("nl"))));
 * }
 * }</pre>
 *
 * <p>A consumer's folder is laid out like catalog-i18n's bundle folder: {@code NAME.properties} (English, the
 * root) and {@code NAME_xx.properties} per locale, UTF-8, optionally with a {@code bundles.list}. Every locale
 * present in the folder must be complete; the shipped bundles must be complete in root and {@code nl}. Nothing
 * the files contain makes the validator throw: an unreadable file or folder is a finding.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogValidator {

    private static final String SHIPPED_DIR = "/io/github/smtpcatalog/i18n/bundles/";
    private static final Set<String> SHIPPED_LOCALES = Set.of("", "nl");

    private final StatusCatalog catalog;

    private CatalogValidator(StatusCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The validator of the shipped catalogue, created once.
     *
     * @return the validator, not null
     */
    public static CatalogValidator standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final CatalogValidator STANDARD = new CatalogValidator(StatusCatalog.standard());
    }

    /**
     * Validates the shipped catalogue with the shipped bundles (those named in catalog-i18n's
     * {@code bundles.list}); root and Dutch must be complete. The build runs this and fails on any error.
     *
     * @return the report, never null
     */
    public ValidationReport validateShipped() {
        String location = "classpath:" + SHIPPED_DIR;
        List<String> names;
        try {
            names = CatalogTexts.shippedFileNames();
        } catch (BundleLoadException e) {
            return run(catalog, new BundleSource(location, null, List.of(), BundleSource.LIST_FILE, List.of(),
                    e.getMessage(), SHIPPED_LOCALES));
        }
        List<BundleFile> files = CatalogTexts.readShippedFiles(); // missing ones: reported as missing-file
        return run(catalog, new BundleSource(location, null, files, BundleSource.LIST_FILE, names, null,
                SHIPPED_LOCALES));
    }

    /**
     * Validates a consumer's bundle folder against the shipped catalogue. Every locale present in the folder must
     * be complete. When the folder has a {@code bundles.list}, it must match the files.
     *
     * @param bundleDir the folder, not null
     * @return the report, never null; a folder that does not exist or cannot be read gives a
     *         {@code file-unreadable} finding
     */
    public ValidationReport validate(Path bundleDir) {
        Objects.requireNonNull(bundleDir, "bundleDir");
        try {
            return validateFolder(bundleDir);
        } catch (RuntimeException e) {
            // Only the file system can get here (a security manager, a broken provider): still a finding.
            return run(catalog, new BundleSource(bundleDir.toString(), "cannot read: " + e, List.of(),
                    BundleSource.LIST_FILE, null, null, Set.of()));
        }
    }

    private ValidationReport validateFolder(Path bundleDir) {
        String location = bundleDir.toString();
        if (!Files.isDirectory(bundleDir)) {
            String reason = Files.exists(bundleDir) ? "not a folder" : "the folder does not exist";
            return run(catalog, new BundleSource(location, reason, List.of(), BundleSource.LIST_FILE, null, null,
                    Set.of()));
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(bundleDir, "*" + BundleFile.EXTENSION)) {
            ds.forEach(paths::add);
        } catch (IOException | RuntimeException e) {
            return run(catalog, new BundleSource(location, "cannot list the folder: " + e.getMessage(), List.of(),
                    BundleSource.LIST_FILE, null, null, Set.of()));
        }
        paths.sort(null);
        List<BundleFile> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(BundleFile.read(p));
        }
        Path list = bundleDir.resolve(BundleSource.LIST_FILE);
        List<String> listed = null;
        String listProblem = null;
        if (Files.exists(list)) {
            try {
                listed = readList(list);
            } catch (IOException | RuntimeException e) {
                listProblem = "cannot read: " + e.getMessage();
            }
        }
        return run(catalog, new BundleSource(location, null, files, BundleSource.LIST_FILE, listed, listProblem,
                Set.of()));
    }

    private static List<String> readList(Path list) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(list),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
        }
        return names;
    }

    /**
     * Validates a catalogue of one's own with bundle files already read. Every locale present in the files must
     * be complete.
     *
     * @param catalog the catalogue, not null
     * @param files   the bundle files, not null
     * @return the report, never null
     */
    public ValidationReport validate(StatusCatalog catalog, List<BundleFile> files) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(files, "files");
        return run(catalog, new BundleSource("files", null, files, BundleSource.LIST_FILE, null, null, Set.of()));
    }

    private static ValidationReport run(StatusCatalog catalog, BundleSource source) {
        List<Finding> findings = new ArrayList<>();
        for (Detail d : Engine.validate(catalog, source)) {
            findings.add(new Finding(d));
        }
        return new ValidationReport(findings);
    }

    @Override
    public String toString() {
        return "CatalogValidator[" + catalog + "]";
    }
}
