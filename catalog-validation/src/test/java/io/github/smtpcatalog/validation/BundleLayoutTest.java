// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.i18n.BundleFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where the validator says a missing text belongs when a bundle is spread over several files: the file it names is
 * the one a translator has to open. The {@link SmallCatalog} and seven small files in three locales (root, en,
 * nl), validated with {@link CatalogValidator#validate(io.github.smtpcatalog.core.StatusCatalog, List)}.
 *
 * <p>The texts are spread so that each rule of placement shows: a key's own file in another locale wins; without
 * one, the file that holds the root texts of the same text id; without root texts, the file of any locale; labels
 * go where the other labels are.
 */
class BundleLayoutTest {

    private static final List<String> FIELDS = List.of("title", "customer", "technical", "cause.1",
            "customerAction.1", "adminAction.1");

    /** class.5 and subject.1 complete in every locale, in the a files; they give no finding. */
    private static String complete(String locale) {
        List<String> lines = new ArrayList<>();
        for (String id : List.of("class.5", "subject.1")) {
            for (String field : FIELDS) {
                lines.add(id + "." + field + " = " + locale + " " + id + " " + field + " text.");
            }
        }
        lines.add("class.5.lead = " + locale + " lead.");
        lines.add("class.5.technicalLead = " + locale + " technical lead.");
        return String.join("\n", lines) + "\n";
    }

    private static BundleFile file(String name, String... lines) {
        String text = (name.startsWith("a") ? complete(name) : "") + String.join("\n", lines) + "\n";
        return SmallCatalog.file(name, text);
    }

    /*
     * iana.X.1.1: root texts in a, some English ones in b_en, the title in both nl files (a duplicate).
     * iana.X.1.2: only in b_nl.   iana.X.1.3: nowhere.   labels: label.code in b only.   notice: nowhere.
     * c.properties (root only) holds iana.X.1.1.customerAction.2, so c_en and c_nl are missing files.
     */
    private static List<BundleFile> files() {
        return List.of(
                file("a.properties", "iana.X.1.1.title = Address unknown", "iana.X.1.1.customer = Customer.",
                        "iana.X.1.1.technical = Technical.", "iana.X.1.1.customerAction.1 = Check the address."),
                file("a_en.properties"),
                file("a_nl.properties", "iana.X.1.1.title = Adres onbekend"),
                file("b.properties", "label.code = Code"),
                file("b_en.properties", "iana.X.1.1.cause.1 = A typing error.", "iana.X.1.1.technical = Technical.",
                        "iana.X.1.1.title = Address unknown"),
                file("b_nl.properties", "iana.X.1.1.title = Adres onbekend", "iana.X.1.2.title = Domein onbekend",
                        "iana.X.1.2.customer = Het domein bestaat niet."),
                file("c.properties", "iana.X.1.1.customerAction.2 = Ask the recipient."));
    }

    private static final Set<String> RULES = Set.of("missing-text", "missing-text-id", "missing-file",
            "duplicate-key");

    private static List<String> placement(List<BundleFile> files) {
        return SmallCatalog.validate(files).stream()
                .filter(f -> RULES.contains(f.ruleId()))
                .filter(f -> !f.key().orElse("").startsWith("label.") || f.key().get().equals("label.code")
                        || f.key().get().equals("label.title"))
                .map(Finding::toString)
                .collect(Collectors.toList());
    }

    @Test
    void aMissingTextIsPlacedInTheFileATranslatorOpens() {
        assertThat(placement(files())).containsExactly(
                // No file has the notice, and nothing says where it goes. No locale has any text of iana.X.1.3:
                // one finding that names every locale, not one per key.
                "ERROR missing-text [notice]: The key has no text for root; no locale has one.",
                "ERROR missing-text [notice]: The key has no text for en; no locale has one.",
                "ERROR missing-text [notice]: The key has no text for nl; no locale has one.",
                "ERROR missing-text-id [iana.X.1.3] (5.1.3): The text id iana.X.1.3 (used by 5.1.3) has no texts"
                        + " for root, en, nl.",
                // adminAction.1, which no locale has, goes where the root texts of iana.X.1.1 are (a), although
                // English has some in b. customer and customerAction.1 go to the file of their own root text;
                // technical too, although English has it in b: the root file wins.
                "ERROR missing-text a.properties [iana.X.1.1.adminAction.1] (5.1.1): The key has no text for root;"
                        + " no locale has one.",
                "ERROR missing-text a_en.properties [iana.X.1.1.adminAction.1] (5.1.1): The key has no text for en;"
                        + " no locale has one.",
                "ERROR missing-text a_en.properties [iana.X.1.1.customer] (5.1.1): The key has no text for en;"
                        + " root has one.",
                "ERROR missing-text a_en.properties [iana.X.1.1.customerAction.1] (5.1.1): The key has no text for"
                        + " en; root has one.",
                "ERROR missing-text a_nl.properties [iana.X.1.1.adminAction.1] (5.1.1): The key has no text for nl;"
                        + " no locale has one.",
                "ERROR missing-text a_nl.properties [iana.X.1.1.customer] (5.1.1): The key has no text for nl;"
                        + " root has one.",
                "ERROR missing-text a_nl.properties [iana.X.1.1.customerAction.1] (5.1.1): The key has no text for"
                        + " nl; root has one.",
                "ERROR missing-text a_nl.properties [iana.X.1.1.technical] (5.1.1): The key has no text for nl;"
                        + " root has one.",
                // cause.1: only English has it, in b.
                "ERROR missing-text b.properties [iana.X.1.1.cause.1] (5.1.1): The key has no text for root;"
                        + " en has one.",
                // Labels go where the labels are, also a label no locale has.
                "ERROR missing-text b.properties [label.title]: The key has no text for root; no locale has one.",
                // Only nl has iana.X.1.2: root and English lack the whole text id (one finding each, none per
                // key); nl lacks four keys, which belong in b_nl.
                "ERROR missing-text-id b.properties [iana.X.1.2] (5.1.2): The text id iana.X.1.2 (used by 5.1.2)"
                        + " has no texts for root.",
                "ERROR missing-text b_en.properties [label.code]: The key has no text for en; root has one.",
                "ERROR missing-text b_en.properties [label.title]: The key has no text for en; no locale has one.",
                "ERROR missing-text-id b_en.properties [iana.X.1.2] (5.1.2): The text id iana.X.1.2 (used by 5.1.2)"
                        + " has no texts for en.",
                "ERROR missing-text b_nl.properties [iana.X.1.1.cause.1] (5.1.1): The key has no text for nl;"
                        + " en has one.",
                "ERROR missing-text b_nl.properties [iana.X.1.2.adminAction.1] (5.1.2): The key has no text for nl;"
                        + " no locale has one.",
                "ERROR missing-text b_nl.properties [iana.X.1.2.cause.1] (5.1.2): The key has no text for nl;"
                        + " no locale has one.",
                "ERROR missing-text b_nl.properties [iana.X.1.2.customerAction.1] (5.1.2): The key has no text for"
                        + " nl; no locale has one.",
                "ERROR missing-text b_nl.properties [iana.X.1.2.technical] (5.1.2): The key has no text for nl;"
                        + " no locale has one.",
                "ERROR missing-text b_nl.properties [label.code]: The key has no text for nl; root has one.",
                "ERROR missing-text b_nl.properties [label.title]: The key has no text for nl; no locale has one.",
                // The second definition, in file-name order, is the duplicate.
                "ERROR duplicate-key b_nl.properties:1 [iana.X.1.1.title] (5.1.1): The key is defined twice in one"
                        + " locale; the first definition is at a_nl.properties:15. Only the first value is used.",
                // c has only a root file: its missing files are reported, not each key that would be in them
                // (iana.X.1.1.customerAction.2).
                "ERROR missing-file c_en.properties: The file does not exist, although other locales have this"
                        + " bundle and en is required.",
                "ERROR missing-file c_nl.properties: The file does not exist, although other locales have this"
                        + " bundle and nl is required.");
    }

    @Test
    void theOrderOfTheFilesPassedDoesNotMatter() {
        List<BundleFile> reversed = new ArrayList<>(files());
        Collections.reverse(reversed);
        assertThat(SmallCatalog.validate(reversed)).isEqualTo(SmallCatalog.validate(files()));
        assertThat(placement(reversed)).isEqualTo(placement(files()));
    }
}
