// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.validation.internal.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per rule: start from a copy of the real shipped bundles, introduce exactly one defect, and see exactly
 * the finding of that rule (rule id, file, key, code) and nothing else that the clean copy does not have. The
 * clean copy is validated once per mode (folder, or catalogue plus files).
 */
class RuleDefectTest {

    /** What a defect must produce; a null file, key or code must be absent. */
    record Expected(String rule, String file, String key, String code) {
    }

    /** One row of the table. */
    record Defect(String name, boolean catalogueMode, Consumer<BundleFixture> apply, List<Expected> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<String> RULES_COVERED = new ArrayList<>();

    @TempDir
    static Path cleanDir;

    private static List<Finding> cleanFolder;
    private static List<Finding> cleanCatalogue;

    @BeforeAll
    static void validateCleanCopy() {
        BundleFixture clean = BundleFixture.copyOfShipped(cleanDir.resolve("clean"));
        cleanFolder = clean.validate(false).findings();
        cleanCatalogue = clean.validate(true).findings();
    }

    private static Defect folder(String name, Consumer<BundleFixture> apply, String rule, String file, String key,
            String code) {
        return new Defect(name, false, apply, List.of(new Expected(rule, file, key, code)));
    }

    private static Defect catalogue(String name, Consumer<BundleFixture> apply, String rule, String key,
            String code) {
        return new Defect(name, true, apply, List.of(new Expected(rule, null, key, code)));
    }

    static Stream<Defect> defects() {
        String seed = "seed.properties";
        String seedNl = "seed_nl.properties";
        String id = "seed.5.1.1";
        String code = "5.1.1";
        return Stream.of(
                // Files
                folder("a bundle that is a folder, not a file", f -> {
                    f.delete(seedNl);
                    mkdir(f.path(seedNl));
                }, "file-unreadable", seedNl, null, null),
                folder("a line saved as Latin-1", f -> {
                    String file = "iana-core_nl.properties";
                    String key = f.firstKey(file, l -> l.contains("\u00eb")).orElseThrow();
                    List<String> lines = f.lines(file);
                    int i = f.lineOf(file, key);
                    byte[] latin1 = lines.get(i).getBytes(StandardCharsets.ISO_8859_1);
                    writeWithRawLine(f, file, lines, i, latin1);
                    writeString(f.path("expected-key.txt"), key);
                }, "file-encoding", "iana-core_nl.properties", "*", "*"),
                folder("mojibake: UTF-8 read as Latin-1 and saved again", f -> {
                    String file = "iana-core_nl.properties";
                    String key = f.firstKey(file, l -> l.contains("\u00eb")).orElseThrow();
                    f.setValue(file, key, f.value(file, key).replace("\u00eb", "\u00c3\u00ab"));
                }, "mojibake", "iana-core_nl.properties", "*", "*"),
                folder("a line without a key", f -> f.append(seed, "= a value without a key"),
                        "malformed-line", seed, null, null),
                folder("an incomplete unicode escape", f -> f.setValue(seed, id + ".technical",
                        f.value(seed, id + ".technical") + " \\uZZZZ"), "bad-unicode-escape", seed, id + ".technical",
                        code),
                folder("an unknown escape", f -> f.setValue(seed, id + ".technical",
                        f.value(seed, id + ".technical").replaceFirst("d", "\\\\d")), "unknown-escape", seed,
                        id + ".technical", code),
                folder("a key twice in one file", f -> f.append(seed, id + ".title = Another title"),
                        "duplicate-key", seed, id + ".title", code),
                // The definition in the file that sorts first counts; the other is the duplicate.
                folder("a key in two files of one locale", f -> f.append("labels.properties",
                        id + ".title = Another title"), "duplicate-key", seed, id + ".title", code),
                folder("a file name with a bogus locale", f -> copy(f, seedNl, "seed_xx_YY.properties"),
                        "invalid-locale", "seed_xx_YY.properties", null, null),
                folder("a listed file deleted", f -> f.delete(seedNl), "missing-file", seedNl, null, null),
                folder("a locale file missing (no list file)", f -> {
                    f.delete("bundles.list");
                    f.delete("replies_nl.properties");
                }, "missing-file", "replies_nl.properties", null, null),
                folder("a file missing from the list file", f -> f.removeKeysStartingWith("bundles.list",
                        "labels_nl.properties"), "unlisted-file", "labels_nl.properties", null, null),
                folder("an empty folder", BundleFixture::deleteAllBundles, "no-bundles", "*", null, null),

                // Completeness
                folder("a Dutch text deleted", f -> f.removeKey(seedNl, id + ".cause.2"), "missing-text", seedNl,
                        id + ".cause.2", code),
                folder("all Dutch texts of an entry deleted", f -> f.removeKeysStartingWith(seedNl, id + "."),
                        "missing-text-id", seedNl, id, code),
                folder("a key with an unknown field", f -> {
                    f.append(seed, id + ".summary = A summary");
                }, "orphan-key", seed, id + ".summary", code),
                folder("a failed-action lead on an entry that is not a class", f -> f.append(seed,
                        id + ".failedLead = Not delivered."), "orphan-key", seed, id + ".failedLead", code),
                folder("a key of nothing", f -> f.append(seed, "misc.note = A note"), "orphan-key", seed,
                        "misc.note", null),
                folder("a key for a code the catalogue lacks", f -> f.append(seed, "seed.5.9.9.title = Nine"),
                        "unknown-code", seed, "seed.5.9.9.title", "5.9.9"),
                folder("a key for a code in bad syntax", f -> f.append(seed, "seed.5.01.1.title = Leading zero"),
                        "code-syntax", seed, "seed.5.01.1.title", "5.01.1"),
                folder("an empty value", f -> f.setValue(seedNl, id + ".cause.1", ""), "empty-value", seedNl,
                        id + ".cause.1", code),
                folder("a gap in a list", f -> {
                    f.removeKey(seed, id + ".cause.2");
                    f.removeKey(seedNl, id + ".cause.2");
                }, "list-gap", seed, id + ".cause.3", code),
                folder("a sixth cause", f -> {
                    f.append(seed, id + ".cause.6 = The moon is full.");
                    f.append(seedNl, id + ".cause.6 = Het is volle maan.");
                }, "list-too-long", seed, id + ".cause.6", code),

                // Patterns
                folder("an unbalanced brace", f -> f.setValue(seedNl, id + ".customer",
                        f.value(seedNl, id + ".customer") + " {recipient"), "pattern-syntax", seedNl, id + ".customer",
                        code),
                folder("an ASCII apostrophe", f -> f.setValue(seed, id + ".title", "Recipient's account is gone"),
                        "ascii-apostrophe", seed, id + ".title", code),
                folder("a plural without one", f -> f.setValue("seed_nl.properties", "seed.5.6.3.customer",
                        f.value("seed_nl.properties", "seed.5.6.3.customer").replaceFirst("one \\{[^}]*\\} ", "")),
                        "plural-forms", seedNl, "seed.5.6.3.customer", "5.6.3"),
                folder("a plural without other", f -> f.setValue("seed_nl.properties", "seed.5.6.3.customer",
                        f.value("seed_nl.properties", "seed.5.6.3.customer").replaceFirst(" other \\{[^}]*\\}", "")),
                        "plural-forms", seedNl, "seed.5.6.3.customer", "5.6.3"),
                folder("a plural form Dutch does not have", f -> f.setValue(seedNl, "seed.5.6.3.customer",
                        f.value(seedNl, "seed.5.6.3.customer").replaceFirst("one \\{", "few {# bijlagen} one {")),
                        "plural-unused", seedNl, "seed.5.6.3.customer", "5.6.3"),
                folder("an argument the library never passes", f -> f.setValue(seedNl, id + ".customer",
                        f.value(seedNl, id + ".customer") + " {sender}"), "unknown-argument", seedNl,
                        id + ".customer", code),
                folder("a text argument used as a number", f -> f.setValue(seedNl, id + ".customer",
                        f.value(seedNl, id + ".customer") + " {domain, number}"), "argument-type", seedNl,
                        id + ".customer", code),
                folder("an extra argument in Dutch", f -> f.setValue(seedNl, id + ".customer",
                        f.value(seedNl, id + ".customer") + " {domain, select, none {} other {({domain})}}"),
                        "argument-mismatch", seedNl, id + ".customer", code),
                folder("an argument of another type in Dutch", f -> f.setValue(seedNl, id + ".customer",
                        "{recipient, select, none {Het e-mailadres bestaat niet.} other {Dit e-mailadres bestaat "
                                + "niet.}}"), "argument-type-mismatch", seedNl, id + ".customer", code),
                folder("a text argument outside its select", f -> f.setValue(seedNl, id + ".customer",
                        f.value(seedNl, id + ".customer") + " ({recipient})"), "unguarded-argument", seedNl,
                        id + ".customer", code),
                folder("a trailing space", f -> f.setValue(seedNl, id + ".cause.1",
                        f.value(seedNl, id + ".cause.1") + " "), "whitespace", seedNl, id + ".cause.1", code),
                new Defect("a reading that shares a text without its parameter", true, f -> f.addCatalogLine("4.6.3",
                        "SEED", "seed.5.6.3", "SEED", "-", "content-rejected", "contenterror", "yes", "same", "-",
                        "test"), List.of(
                        new Expected("render-failure", seed, "seed.5.6.3.cause.1", "4.6.3"),
                        new Expected("render-failure", seed, "seed.5.6.3.customer", "4.6.3"),
                        new Expected("render-failure", seed, "seed.5.6.3.technical", "4.6.3"))),

                // Catalogue
                catalogue("a subject entry deleted", f -> f.removeCatalogLine("5.6.x", "STANDARD"), "hierarchy",
                        null, "5.6.x"),
                catalogue("a basic reply of another class", f -> f.catalogLine("5.1.1", "STANDARD", c -> {
                    c[4] = "450";
                    return c;
                }), "reply-class", "iana.X.1.1", "5.1.1"),
                catalogue("a seed code deleted with its texts", f -> {
                    f.removeCatalogLine("5.0.1", "SEED");
                    f.removeKeysStartingWith(seed, "seed.5.0.1.");
                    f.removeKeysStartingWith(seedNl, "seed.5.0.1.");
                }, "seed-missing", null, "5.0.1"),
                catalogue("an IANA code deleted with its texts", f -> {
                    f.removeCatalogLine("5.6.10", "STANDARD");
                    for (String file : List.of("iana-policy.properties", "iana-policy_nl.properties")) {
                        if (Files.exists(f.path(file))) {
                            f.removeKeysStartingWith(file, "iana.X.6.10.");
                        }
                    }
                }, "iana-missing", null, "X.6.10"),
                catalogue("a provenance placeholder", f -> f.catalogLine("5.1.1", "STANDARD", c -> {
                    c[10] = "TODO";
                    return c;
                }), "provenance-missing", "iana.X.1.1", "5.1.1"),
                catalogue("a reading that now departs from the standard", f -> f.catalogLine("5.1.1", "SEED", c -> {
                    c[8] = "partial";
                    return c;
                }), "departing-reading", "seed.5.1.1", "5.1.1"),

                // Language
                folder("an untranslated Dutch text", f -> f.setValue(seedNl, id + ".cause.1",
                        f.value(seed, id + ".cause.1")), "same-as-english", seedNl, id + ".cause.1", code),
                folder("two entries with the same Dutch title", f -> f.setValue(seedNl, "seed.5.1.2.title",
                        f.value(seedNl, id + ".title")), "display-collision", seedNl, "seed.5.1.2.title", "5.1.2"),
                folder("informal address", f -> f.setValue(seedNl, id + ".customerAction.1",
                        "Controleer je e-mailadres op typefouten."), "informal-address", seedNl,
                        id + ".customerAction.1", code),
                folder("a long sentence", f -> f.setValue(seedNl, id + ".customer", f.value(seedNl, id + ".customer")
                        + " Dit is een erg lange zin met veel meer woorden dan een klant prettig vindt om in een "
                        + "keer te lezen."), "long-sentence", seedNl, id + ".customer", code),
                folder("jargon in a customer text", f -> f.setValue(seedNl, id + ".customer",
                        f.value(seedNl, id + ".customer") + " Controleer de MX."), "jargon", seedNl,
                        id + ".customer", code),
                folder("a long title", f -> f.setValue(seedNl, id + ".title",
                        "Het e-mailadres van de ontvanger bestaat niet bij de organisatie van de ontvanger"),
                        "title-too-long", seedNl, id + ".title", code));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void defect_givesExactlyItsFinding(Defect defect, @TempDir Path tmp) throws IOException {
        BundleFixture f = BundleFixture.copyOfShipped(tmp.resolve("bundles"));
        defect.apply().accept(f);
        String expectedKey = null;
        if (Files.exists(f.path("expected-key.txt"))) {
            expectedKey = Files.readString(f.path("expected-key.txt")).strip();
            Files.delete(f.path("expected-key.txt"));
        }
        boolean asCatalogue = defect.catalogueMode() || f.catalogChanged();
        List<Finding> after = f.validate(asCatalogue).findings();
        List<Finding> added = added(asCatalogue ? cleanCatalogue : cleanFolder, after);

        assertThat(added).as("new findings").hasSize(defect.expected().size());
        List<Finding> sorted = new ArrayList<>(added);
        sorted.sort((a, b) -> a.key().orElse("").compareTo(b.key().orElse("")));
        for (int i = 0; i < sorted.size(); i++) {
            Finding got = sorted.get(i);
            Expected want = defect.expected().get(i);
            assertThat(got.ruleId()).as("rule of %s", got).isEqualTo(want.rule());
            check("file", got.file().orElse(null), want.file(), got);
            check("key", got.key().orElse(null), "*".equals(want.key()) && expectedKey != null ? expectedKey
                    : want.key(), got);
            check("code", got.code().orElse(null), want.code(), got);
            MessageAssert.formatted(got);
        }
        List<String> shown = new ArrayList<>();
        for (Finding got : sorted) {
            shown.add(shown(got));
        }
        String write = System.getProperty("smtpcatalog.writeFindings");
        if (write != null) {
            Files.writeString(Path.of(write), "## " + defect.name() + "\n" + String.join("\n", shown) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } else {
            assertThat(shown).as("the findings as a user reads them (rule-defect-findings.txt)")
                    .isEqualTo(EXPECTED_FINDINGS.get(defect.name()));
        }
        if (defect.name().contains("Latin-1")) {
            assertThat(sorted.get(0).line()).as("line of the Latin-1 text").isPositive();
        }
        synchronized (RULES_COVERED) {
            defect.expected().forEach(e -> RULES_COVERED.add(e.rule()));
        }
    }

    /**
     * What a user reads of each defect's findings, in English ({@code toString}) and Dutch, with the line number
     * shown as {@code #} (inserting a text moves the lines below it).
     */
    private static final Map<String, List<String>> EXPECTED_FINDINGS = readExpectedFindings();

    private static Map<String, List<String>> readExpectedFindings() {
        Map<String, List<String>> out = new HashMap<>();
        try (var in = RuleDefectTest.class.getResourceAsStream("rule-defect-findings.txt")) {
            String name = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("## ")) {
                    name = line.substring(3);
                    out.put(name, new ArrayList<>());
                } else if (!line.isEmpty()) {
                    out.get(name).add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String shown(Finding f) {
        return masked(f.toString()) + " || nl: " + masked(f.message(java.util.Locale.forLanguageTag("nl")));
    }

    /** Line numbers and the temporary folder as {@code #} and {@code <tmp>}. */
    private static String masked(String s) {
        return s.replaceAll("(\\.properties|\\.list):[0-9]+", "$1:#").replaceAll("(Line|Regel) [0-9]+", "$1 #")
                .replaceAll("\\S*junit-?[0-9]+", "<tmp>");
    }

    private static void check(String what, String got, String want, Finding f) {
        if ("*".equals(want)) {
            assertThat(got).as(what + " of " + f).isNotNull();
        } else {
            assertThat(got).as(what + " of " + f).isEqualTo(want);
        }
    }

    /** The findings of {@code after} that {@code before} does not have, compared without line numbers. */
    private static List<Finding> added(List<Finding> before, List<Finding> after) {
        Map<String, Integer> count = new HashMap<>();
        for (Finding f : before) {
            count.merge(identity(f), 1, Integer::sum);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : after) {
            String k = identity(f);
            Integer n = count.get(k);
            if (n == null || n == 0) {
                out.add(f);
            } else {
                count.put(k, n - 1);
            }
        }
        return out;
    }

    /** Rule, place and message; digits are masked, as inserting a line moves the line numbers below it. */
    private static String identity(Finding f) {
        return String.join("|", f.ruleId(), f.file().orElse(""), f.key().orElse(""), f.code().orElse(""),
                f.message(java.util.Locale.ENGLISH).replaceAll("[0-9]+", "#"));
    }

    @AfterAll
    static void everyRuleHasADefect() {
        if (RULES_COVERED.isEmpty()) {
            return; // a single test was run from the IDE
        }
        Set<String> missing = EnumSet.allOf(Rule.class).stream().map(Rule::id).collect(Collectors.toSet());
        missing.removeAll(RULES_COVERED);
        // internal-error is a failure of the validator itself, which no bundle defect can cause.
        missing.remove(Rule.INTERNAL_ERROR.id());
        assertThat(missing).as("rules without a defect in the table").isEmpty();
    }

    @Test
    void cleanCopy_isValidatedInBothModes() {
        assertThat(cleanFolder).isNotNull();
        assertThat(cleanCatalogue).isNotNull();
        assertThat(cleanFolder.stream().map(Finding::ruleId)).doesNotContain("internal-error");
        assertThat(cleanCatalogue.stream().map(Finding::ruleId)).doesNotContain("internal-error");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void mkdir(Path p) {
        try {
            Files.createDirectory(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeString(Path p, String s) {
        try {
            Files.writeString(p, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(BundleFixture f, String from, String to) {
        try {
            Files.copy(f.path(from), f.path(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeWithRawLine(BundleFixture f, String file, List<String> lines, int index, byte[] raw) {
        try (var out = Files.newOutputStream(f.path(file))) {
            for (int i = 0; i < lines.size(); i++) {
                out.write(i == index ? raw : lines.get(i).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Objects.requireNonNull(file);
    }
}
