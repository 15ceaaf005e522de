// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import io.github.smtpcatalog.i18n.CatalogTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API: shapes, ordering, robustness against hostile input, and the locale of messages. */
class CatalogValidatorTest {

    private final CatalogValidator validator = CatalogValidator.standard();

    @Test
    void standard_isOneInstance() {
        assertThat(CatalogValidator.standard()).isSameAs(validator);
    }

    @Test
    void validate_folderThatDoesNotExist_isAFinding(@TempDir Path tmp) {
        ValidationReport r = validator.validate(tmp.resolve("nowhere"));
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("file-unreadable");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.file()).contains(tmp.resolve("nowhere").toString());
        });
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void validate_fileInsteadOfFolder_isAFinding(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("seed.properties"), "a = b\n");
        assertThat(validator.validate(file).findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::ruleId).containsExactly("file-unreadable");
    }

    @Test
    void validate_garbage_neverThrows(@TempDir Path tmp) throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            byte[] bytes = new byte[2000];
            random.nextBytes(bytes);
            Files.write(tmp.resolve("junk" + i + (i % 2 == 0 ? "" : "_nl") + ".properties"), bytes);
        }
        Files.writeString(tmp.resolve("hostile.properties"), "seed.5.1.1.title = {a, plural, one {{b, select, "
                + "x {{c, selectordinal, one {#}}}}}\nx\\u12 = \\\n{{{{\n\u0000 = \uFFFF\n", StandardCharsets.UTF_8);
        Files.write(tmp.resolve("bundles.list"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        ValidationReport r = validator.validate(tmp);
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("internal-error");
        r.findings().forEach(f -> assertThat(f.toString()).isNotBlank());
    }

    @Test
    void validate_unreadableListFile_isAFinding(@TempDir Path tmp) throws IOException {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        Files.write(f.path("bundles.list"), new byte[] {(byte) 0xc3, 0x28});
        assertThat(validator.validate(f.dir).findings()).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("file-unreadable");
            assertThat(x.file()).contains("bundles.list");
        });
    }

    @Test
    void validate_catalogAndFiles_matchesTheFolderWithoutItsList(@TempDir Path tmp) {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        f.delete("bundles.list");
        List<BundleFile> files = CatalogTexts.readFolder(f.dir);
        List<Finding> viaFiles = validator.validate(StatusCatalog.standard(), files).findings();
        List<Finding> viaFolder = validator.validate(f.dir).findings();
        assertThat(viaFiles).isEqualTo(viaFolder);
    }

    @Test
    void validate_rejectsNull() {
        assertThatThrownBy(() -> validator.validate((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> validator.validate(null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> validator.validate(StatusCatalog.standard(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void report_isSortedBySeverityFileLineRule(@TempDir Path tmp) {
        List<Finding> findings = validator.validate(BundleFixture.copyOfShipped(tmp.resolve("b")).dir).findings();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort((a, b) -> {
            int c = a.severity().compareTo(b.severity());
            c = c != 0 ? c : a.file().orElse("").compareTo(b.file().orElse(""));
            c = c != 0 ? c : Integer.compare(a.line(), b.line());
            return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
        });
        assertThat(findings).isEqualTo(sorted);
    }

    @Test
    void report_countsAndSummary(@TempDir Path tmp) {
        ValidationReport r = validator.validate(BundleFixture.copyOfShipped(tmp.resolve("b")).dir);
        long total = r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO);
        assertThat(total).isEqualTo(r.findings().size());
        assertThat(r.hasErrors()).isEqualTo(r.count(Severity.ERROR) > 0);
        assertThat(r.toString()).startsWith("ValidationReport[").contains(r.count(Severity.INFO) + " info");
        assertThatThrownBy(() -> r.count(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> r.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void finding_accessorsAndToString(@TempDir Path tmp) {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        f.setValue("seed_nl.properties", "seed.5.1.1.cause.1", "");
        Finding e = validator.validate(f.dir).findings().stream().filter(x -> x.ruleId().equals("empty-value"))
                .findFirst().orElseThrow();
        assertThat(e.file()).contains("seed_nl.properties");
        assertThat(e.line()).isEqualTo(f.lineOf("seed_nl.properties", "seed.5.1.1.cause.1") + 1);
        assertThat(e.key()).contains("seed.5.1.1.cause.1");
        assertThat(e.code()).contains("5.1.1");
        assertThat(e.toString()).isEqualTo("ERROR empty-value seed_nl.properties:" + e.line()
                + " [seed.5.1.1.cause.1] (5.1.1): The value is empty.");
        assertThat(e.message(Locale.forLanguageTag("nl"))).isEqualTo("De waarde is leeg.");
        assertThat(e.message(Locale.forLanguageTag("nl-BE"))).isEqualTo("De waarde is leeg.");
        assertThatThrownBy(() -> e.message(null)).isInstanceOf(NullPointerException.class);
    }

    /** l10n-notes check 22: an unsupported locale gets English, never the JVM default (here Dutch). */
    @Test
    void message_neverFallsIntoTheDefaultLocale(@TempDir Path tmp) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-NL"));
            BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
            f.setValue("seed_nl.properties", "seed.5.1.1.cause.1", "");
            Finding e = validator.validate(f.dir).findings().stream()
                    .filter(x -> x.ruleId().equals("empty-value")).findFirst().orElseThrow();
            assertThat(e.message(Locale.GERMAN)).isEqualTo("The value is empty.");
            assertThat(e.message(Locale.ROOT)).isEqualTo("The value is empty.");
            assertThat(e.message(Locale.forLanguageTag("fy"))).isEqualTo("The value is empty.");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void groupSequence_aBrokenPatternIsNotAlsoComparedWithEnglish(@TempDir Path tmp) {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        // Broken syntax and an argument that English does not have: only the syntax error is reported.
        f.setValue("seed_nl.properties", "seed.5.1.1.customer", "{domain, select, none {x} other {y}");
        List<String> rules = validator.validate(f.dir).findings().stream()
                .filter(x -> x.key().orElse("").equals("seed.5.1.1.customer")).map(Finding::ruleId).toList();
        assertThat(rules).containsExactly("pattern-syntax");
    }

    @Test
    void consumerFolder_withAnExtraLocale_mustBeComplete(@TempDir Path tmp) throws IOException {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        f.delete("bundles.list");
        Files.writeString(f.path("labels_fy.properties"), "label.code = Koade\n");
        ValidationReport r = validator.validate(f.dir);
        assertThat(r.findings()).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("missing-file");
            assertThat(x.file()).contains("seed_fy.properties");
        });
        assertThat(r.findings()).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("missing-text");
            assertThat(x.file()).contains("labels_fy.properties");
            assertThat(x.key()).contains("label.title");
        });
    }

    @Test
    void emptyLocaleFile_doesNotMakeItsLocaleRequired(@TempDir Path tmp) throws IOException {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        f.delete("bundles.list");
        List<Finding> before = validator.validate(f.dir).findings();
        Files.writeString(f.path("labels_en.properties"), "# Intentionally empty: root is English.\n");
        assertThat(validator.validate(f.dir).findings()).isEqualTo(before);
    }

    @Test
    void mandatoryKeyMissingEverywhere_isMissingInEachLocale(@TempDir Path tmp) {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("b"));
        f.removeKey("seed.properties", "seed.5.1.1.technical");
        f.removeKey("seed_nl.properties", "seed.5.1.1.technical");
        List<Finding> missing = validator.validate(f.dir).findings().stream()
                .filter(x -> x.key().orElse("").equals("seed.5.1.1.technical")).toList();
        assertThat(missing).extracting(Finding::ruleId).containsExactly("missing-text", "missing-text");
        assertThat(missing).extracting(x -> x.file().orElseThrow())
                .containsExactlyInAnyOrder("seed.properties", "seed_nl.properties");
        assertThat(missing.get(0).message(Locale.ENGLISH)).endsWith("no locale has one.");
    }
}
