// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the validator says of keys that name codes of every kind (IANA, subject, class and reply texts), of the
 * order of a report's findings, and of findings as values. One small bundle file is validated against the shipped
 * catalogue; only the findings on its keys are looked at.
 */
class FindingKeysTest {

    private static final String FILE = "extra.properties";
    private static final String KEYS = String.join("\n",
                "iana.X.9.9.title = Nine", "iana.X.01.1.title = Leading zero", "iana.X.1.1.title = Known",
                "subject.99.title = Ninety-nine", "subject.a.title = Letter", "subject.1.title = Known",
                "class.7.title = Seven", "class.3.title = Three", "class.5.title = Known",
                "reply.599.title = Five nine nine", "reply.557.title = Five five seven", "reply.550.title = Known",
                "reply.x.title = Letter",
                "seed.5.6.3.title = {attachments, number} attachments",
                "seed.5.6.3.customer = {attachments, select, other {Some}} attachments",
                "seed.5.6.3.technical = {attachments, date} attachments",
                "seed.5.6.3.cause.1 = The {attachments, selectordinal, other {#th}} attachment",
                "seed.5.6.3.cause.2 = {attachments, plural, one {# attachment} other {# attachments}}",
                "seed.5.6.3.cause.3 = {attachments} attachments", "");
    /*
     * Validated again in each test, not once in a @BeforeAll: PIT does not attribute what a @BeforeAll runs to the
     * tests, so it would not run them against the mutants of that code.
     */

    private static List<Finding> validate() {
        BundleFile file = BundleFile.parse(FILE, KEYS.getBytes(StandardCharsets.UTF_8));
        return CatalogValidator.standard().validate(StatusCatalog.standard(), List.of(file)).findings();
    }

    private static List<String> on(String key) {
        return validate().stream().filter(f -> f.key().orElse("").equals(key))
                .filter(f -> f.ruleId().equals("unknown-code") || f.ruleId().equals("code-syntax"))
                .map(f -> f.ruleId() + " " + f.code().orElse("-")).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "iana.X.9.9.title    | unknown-code X.9.9",
        "iana.X.01.1.title   | code-syntax X.01.1",
        "iana.X.1.1.title    | none",
        "subject.99.title    | unknown-code X.99.x",
        "subject.a.title     | code-syntax X.a.x",
        "subject.1.title     | none",
        "class.7.title       | code-syntax 7.x.x",
        "class.3.title       | code-syntax 3.x.x",
        "class.5.title       | none",
        "reply.599.title     | code-syntax 599",
        "reply.557.title     | unknown-code 557",
        "reply.x.title       | code-syntax x",
        "reply.550.title     | none",
    })
    void aKeyNamingACodeIsCheckedAgainstTheCatalogue(String key, String expected) {
        assertThat(on(key)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }

    /** attachments is a number: bare, as a number, in a plural or selectordinal; not in a select or as a date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "seed.5.6.3.title     | false",
        "seed.5.6.3.customer  | true",
        "seed.5.6.3.technical | true",
        "seed.5.6.3.cause.1   | false",
        "seed.5.6.3.cause.2   | false",
        "seed.5.6.3.cause.3   | false",
    })
    void aNumberArgumentGoesBareAsANumberOrInAPlural(String key, boolean wrongType) {
        assertThat(validate().stream().filter(f -> f.key().orElse("").equals(key))
                .anyMatch(f -> f.ruleId().equals("argument-type"))).isEqualTo(wrongType);
    }

    /**
     * The house-style limits, just at and just past each: only past the limit is a finding. {@code {x*n}} stands
     * for x repeated n times.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a title of 60 characters          | seed.5.1.2.title = {a*60}                                    | ",
        "a title of 61 characters          | seed.5.1.2.title = {a*61}                                    | title-too-long",
        "a sentence of 15 words            | seed.5.1.2.customer = {w *14}w.                              | ",
        "a sentence of 16 words            | seed.5.1.2.customer = {w *15}w.                              | long-sentence",
        "a cause of 15 words               | seed.5.1.2.cause.1 = {w *14}w.                               | ",
        "a cause of 16 words               | seed.5.1.2.cause.1 = {w *15}w.                               | long-sentence",
        "a customer action of 16 words     | seed.5.1.2.customerAction.1 = {w *15}w.                      | long-sentence",
        "an administrator action of 16     | seed.5.1.2.adminAction.1 = {w *15}w.                         | ",
        "a technical text of 16 words      | seed.5.1.2.technical = {w *15}w.                             | ",
        "the fifth cause                   | seed.5.1.2.cause.5 = Five.                                   | ",
        "a sixth cause                     | seed.5.1.2.cause.6 = Six.                                    | list-too-long",
        "an apostrophe first               | seed.5.1.2.title = 'Quoted                                   | ascii-apostrophe",
    })
    void houseStyleLimits(String name, String line, String rule) {
        String key = line.substring(0, line.indexOf(' '));
        String text = line;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(.+?)\\*(\\d+)\\}").matcher(line);
        if (m.find()) {
            text = line.substring(0, m.start()) + m.group(1).repeat(Integer.parseInt(m.group(2)))
                    + line.substring(m.end());
        }
        BundleFile file = BundleFile.parse(FILE, (text + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> rules = CatalogValidator.standard().validate(StatusCatalog.standard(), List.of(file))
                .findings().stream().filter(f -> f.key().orElse("").equals(key)).map(Finding::ruleId)
                .filter(r -> r.equals("title-too-long") || r.equals("long-sentence") || r.equals("list-too-long")
                        || r.equals("ascii-apostrophe") || r.equals("render-failure"))
                .collect(Collectors.toList());
        assertThat(rules).as(text).isEqualTo(rule == null ? List.of() : List.of(rule));
    }

    @Test
    void aFolderThatIsMissingOrAFileIsAFinding(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("seed.properties"), "x = y\n");
        List<Finding> missing = errors(CatalogValidator.standard().validate(dir.resolve("nothing")));
        List<Finding> notAFolder = errors(CatalogValidator.standard().validate(file));
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).message(Locale.ENGLISH)).contains("the folder does not exist");
        assertThat(notAFolder).hasSize(1);
        assertThat(notAFolder.get(0).message(Locale.ENGLISH)).contains("not a folder");
    }

    private static List<Finding> errors(ValidationReport report) {
        return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
    }

    @Test
    void findingsComeInTheDocumentedOrder() {
        List<Finding> findings = validate();
        Comparator<Finding> order = Comparator.comparing(Finding::severity)
                .thenComparing(f -> f.file().orElse("")).thenComparingInt(Finding::line)
                .thenComparing(Finding::ruleId).thenComparing(f -> f.key().orElse(""))
                .thenComparing(f -> f.code().orElse(""));
        assertThat(findings).hasSizeGreaterThan(100);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        assertThat(findings).isEqualTo(sorted);
        // the sort is not trivial here: the findings have several files, keys and codes
        assertThat(findings.stream().map(f -> f.file().orElse("")).distinct().count()).isGreaterThan(1);
        assertThat(findings.stream().map(f -> f.key().orElse("")).distinct().count()).isGreaterThan(10);
    }

    @Test
    void findingsAreValues() {
        List<Finding> findings = validate();
        List<Finding> again = validate();
        assertThat(again).isEqualTo(findings);
        Finding a = findings.stream().filter(f -> f.key().orElse("").equals("reply.557.title")
                && f.ruleId().equals("unknown-code")).findFirst().orElseThrow();
        Finding b = again.stream().filter(f -> f.key().orElse("").equals("reply.557.title")
                && f.ruleId().equals("unknown-code")).findFirst().orElseThrow();
        Finding other = findings.stream().filter(f -> f.key().orElse("").equals("iana.X.9.9.title"))
                .findFirst().orElseThrow();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo(a.toString())
                .isNotEqualTo(null);
        assertThat(a.hashCode()).isNotEqualTo(other.hashCode());
        assertThat(a.toString()).isEqualTo(b.toString()).isEqualTo("ERROR unknown-code extra.properties:11 [reply.557.title] (557): The key names the code 557, which the "
                + "catalogue does not have.");
    }
}
