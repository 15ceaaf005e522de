// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules at their edges, each on a few bundle lines validated against the {@link SmallCatalog} (with, where a case
 * needs one, a code whose standard reading passes the number {@code size} and whose seed reading shares the text
 * without it): plural forms per locale, with root counted as English; a brace left at the very start of a
 * rendered text; a gap before the last list item the library reads; a missing first item of a list every text
 * must have; the hierarchy finding for one dependent code; the order of findings that differ only in code.
 */
class RuleEdgesTest {

    private static final List<String> WITH_SIZE = List.of(
            "5.3.x\tSTANDARD\tsubject.3\tIANA,RFC\t-\tother\t-\tno\t-\t-\tRFC 3463 §3.4",
            "5.3.4\tSTANDARD\tiana.X.3.4\tIANA,RFC\t552\tmessage-too-large\tmesgtoobig\tno\t-\tsize=10\tRFC 3463 §3.4");
    private static final String SEED_WITHOUT_SIZE =
            "5.3.4\tSEED\tiana.X.3.4\tSEED\t552\tmessage-too-large\tmesgtoobig\tno\tsame\t-\tseed, test";

    /** The small catalogue with 5.3.4, whose standard reading passes size; with its seed reading, which does not. */
    private static StatusCatalog withSize(boolean seedReading) {
        List<String> lines = new ArrayList<>(SmallCatalog.LINES);
        lines.addAll(WITH_SIZE);
        if (seedReading) {
            lines.add(SEED_WITHOUT_SIZE);
        }
        return SmallCatalog.load(lines);
    }

    /** The rules named, as "file rule", on one key that root and nl both hold with the same value. */
    private static List<String> onKey(StatusCatalog catalog, String key, String value, List<String> rules) {
        List<BundleFile> files = List.of(SmallCatalog.file("s.properties", key + " = " + value),
                SmallCatalog.file("s_nl.properties", key + " = " + value));
        return SmallCatalog.validate(catalog, files).stream()
                .filter(f -> rules.contains(f.ruleId()) && f.key().orElse("").equals(key))
                .map(f -> f.file().orElse("-") + " " + f.ruleId()).collect(Collectors.toList());
    }

    /**
     * Every plural category of the locale is required and none it never uses is welcome; root follows English
     * (one, other; ordinals one, two, few, other), Dutch has one and other, and no ordinal category but other.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "plural: other only              | {size, plural, other {# MB}}                                   "
                + "| s.properties plural-forms; s_nl.properties plural-forms",
        "plural: one and other           | {size, plural, one {# MB} other {# MB}}                         | none",
        "plural: an explicit =1 as well  | {size, plural, =1 {one MB} one {# MB} other {# MB}}             | none",
        "plural: few, which neither uses | {size, plural, one {# MB} few {# MB} other {# MB}}              "
                + "| s.properties plural-unused; s_nl.properties plural-unused",
        "ordinal: other only             | {size, selectordinal, other {#th}}                              "
                + "| s.properties plural-forms",
        "ordinal: the English categories | {size, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} "
                + "| s_nl.properties plural-unused",
    })
    void pluralFormsFollowTheLocaleAndRootIsEnglish(String name, String pattern, String expected) {
        List<String> found = onKey(withSize(false), "iana.X.3.4.title", pattern + " limit",
                List.of("plural-forms", "plural-unused"));
        assertThat(found).isEqualTo(expected == null ? List.of() : List.of(expected.split("; ")));
    }

    /** The seed reading of 5.3.4 passes no size, so {size} stays a brace, also as the first character. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a brace first       | {size} MB is the limit.",
        "a brace in the text | The limit is {size} MB.",
        "a brace last        | The limit in MB is {size}",
    })
    void aBraceLeftAnywhereInTheRenderedTextIsARenderFailure(String name, String value) {
        List<BundleFile> files = List.of(SmallCatalog.file("s.properties", "iana.X.3.4.technical = " + value),
                SmallCatalog.file("s_nl.properties", "iana.X.3.4.technical = " + value));
        assertThat(SmallCatalog.validate(withSize(true), files)).filteredOn(f -> f.ruleId().equals("render-failure"))
                .singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
                        .startsWith("Formatting with the arguments the library passes fails (root, nl): a brace is left"
                                + " in “" + value + "”"));
    }

    @Test
    void aGapBeforeTheLastItemTheLibraryReadsIsFound() {
        List<String> lines = new ArrayList<>();
        IntStream.rangeClosed(1, 7).forEach(n -> lines.add("iana.X.1.1.cause." + n + " = Cause " + n + "."));
        lines.add("iana.X.1.1.cause.9 = Cause 9.");
        List<Finding> findings = SmallCatalog.validate(List.of(SmallCatalog.file("s.properties",
                lines.toArray(String[]::new))));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("list-gap")).singleElement().hasToString(
                "ERROR list-gap s.properties:8 [iana.X.1.1.cause.9] (5.1.1): The list skips iana.X.1.1.cause.8. The"
                        + " library stops at the first missing number, so this item is never shown.");
    }

    @Test
    void aMissingFirstItemOfAMandatoryListIsAMissingTextNotAGap() {
        List<Finding> findings = SmallCatalog.validate(List.of(SmallCatalog.file("s.properties",
                "iana.X.1.1.cause.2 = The second cause.", "iana.X.1.1.customerAction.2 = The second action.")));
        assertThat(findings).filteredOn(f -> f.key().orElse("").startsWith("iana.X.1.1.c"))
                .extracting(Finding::toString).containsExactly(
                        "ERROR missing-text s.properties [iana.X.1.1.cause.1] (5.1.1): The key has no text for root;"
                                + " no locale has one.",
                        "ERROR missing-text s.properties [iana.X.1.1.customer] (5.1.1): The key has no text for root;"
                                + " no locale has one.",
                        "ERROR missing-text s.properties [iana.X.1.1.customerAction.1] (5.1.1): The key has no text"
                                + " for root; no locale has one.");
    }

    @Test
    void theHierarchyFindingCountsOneDependentCodeInTheSingular() {
        StatusCatalog catalog = SmallCatalog.load(List.of(SmallCatalog.LINES.get(0), SmallCatalog.LINES.get(2)));
        assertThat(SmallCatalog.validate(catalog, List.of(SmallCatalog.file("s.properties", "notice = Notice."))))
                .filteredOn(f -> f.ruleId().equals("hierarchy")).extracting(Finding::toString).containsExactly(
                        "ERROR hierarchy (5.1.x): The catalogue has no entry 5.1.x; 1 code needs it for the fallback,"
                                + " such as 5.1.1.");
    }

    @Test
    void aClassTextNeedsItsLeads() {
        List<String> lines = new ArrayList<>();
        for (String field : List.of("title", "customer", "technical", "cause.1", "customerAction.1", "adminAction.1")) {
            lines.add("class.5." + field + " = Text.");
        }
        assertThat(SmallCatalog.validate(List.of(SmallCatalog.file("s.properties", lines.toArray(String[]::new)))))
                .filteredOn(f -> f.key().orElse("").startsWith("class.5.")).extracting(Finding::toString)
                .containsExactly(
                        "ERROR missing-text s.properties [class.5.lead] (5.x.x): The key has no text for root; no"
                                + " locale has one.",
                        "ERROR missing-text s.properties [class.5.technicalLead] (5.x.x): The key has no text for"
                                + " root; no locale has one.");
    }

    /**
     * A key may name a class, subject or range the catalogue lacks, although its syntax is right; a range whose
     * ends are reversed is no valid code.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "class.4.title                | ERROR unknown-code s.properties:1 [class.4.title] (4.x.x): The key names the code"
                + " 4.x.x, which the catalogue does not have.",
        "microsoft.5.7.606-649.title  | ERROR unknown-code s.properties:1 [microsoft.5.7.606-649.title] (5.7.606-649):"
                + " The key names the code 5.7.606-649, which the catalogue does not have.",
        "microsoft.5.7.649-606.title  | ERROR code-syntax s.properties:1 [microsoft.5.7.649-606.title] (5.7.649-606):"
                + " The code 5.7.649-606 is not valid syntax (RFC 3463: class 2, 4 or 5; subject and detail 1 to 3"
                + " digits without a leading zero).",
        "subject.2.title              | ERROR unknown-code s.properties:1 [subject.2.title] (X.2.x): The key names the"
                + " code X.2.x, which the catalogue does not have.",
    })
    void aKeyNamingAnAbsentOrReversedCode(String key, String expected) {
        assertThat(SmallCatalog.validate(List.of(SmallCatalog.file("s.properties", key + " = Text"))))
                .filteredOn(f -> f.key().orElse("").equals(key)).extracting(Finding::toString)
                .containsExactly(expected);
    }

    /** An {@code iana.X.*} key names a standard meaning: a code that only the seed reads does not count. */
    @Test
    void anIanaKeyNeedsAStandardReadingOfItsCode() {
        List<String> lines = new ArrayList<>(SmallCatalog.LINES);
        lines.add("5.3.x\tSTANDARD\tsubject.3\tIANA,RFC\t-\tother\t-\tno\t-\t-\tRFC 3463 §3.4");
        lines.add("5.3.4\tSEED\tseed.5.3.4\tSEED\t552\tmessage-too-large\tmesgtoobig\tno\tsame\t-\tseed, test");
        List<BundleFile> files = List.of(SmallCatalog.file("s.properties", "iana.X.3.4.title = Too large",
                "iana.X.1.1.title = Address unknown"));
        assertThat(SmallCatalog.validate(SmallCatalog.load(lines), files))
                .filteredOn(f -> f.ruleId().equals("unknown-code")).extracting(Finding::toString).containsExactly(
                        "ERROR unknown-code s.properties:1 [iana.X.3.4.title] (X.3.4): The key names the code X.3.4,"
                                + " which the catalogue does not have.");
    }

    /** An unknown escape on the line of a second definition is reported on that line, as the file's problem. */
    @Test
    void anEscapeInADuplicateDefinitionIsStillReported() {
        List<Finding> findings = SmallCatalog.validate(List.of(SmallCatalog.file("s.properties",
                "iana.X.1.1.title = Address unknown", "iana.X.1.1.title = Address \\q unknown")));
        assertThat(findings).filteredOn(f -> f.file().orElse("").equals("s.properties") && f.line() == 2)
                .extracting(Finding::toString).containsExactlyInAnyOrder(
                        "ERROR duplicate-key s.properties:2 [iana.X.1.1.title] (5.1.1): The key is defined twice in"
                                + " one locale; the first definition is at s.properties:1. Only the first value is"
                                + " used.",
                        "WARNING unknown-escape s.properties:2: Unknown escape sequence “\\q”; the reader drops the"
                                + " backslash.");
    }

    /** The small catalogue lacks most IANA codes: those findings differ only in their code, and come in its order. */
    @Test
    void findingsThatDifferOnlyInCodeComeInCodeOrder() {
        List<String> codes = SmallCatalog.validate(List.of(SmallCatalog.file("s.properties", "notice = Notice.")))
                .stream().filter(f -> f.ruleId().equals("iana-missing")).map(f -> f.code().orElseThrow())
                .collect(Collectors.toList());
        assertThat(codes).hasSizeGreaterThan(70).isSortedAccordingTo(Comparator.naturalOrder())
                .contains("X.6.10", "X.6.2").doesNotHaveDuplicates();
        assertThat(codes.indexOf("X.6.10")).isLessThan(codes.indexOf("X.6.2"));
    }
}
