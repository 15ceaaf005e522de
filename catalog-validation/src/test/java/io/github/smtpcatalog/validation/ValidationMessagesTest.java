// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.i18n.BundleFile;
import io.github.smtpcatalog.validation.internal.Messages;
import io.github.smtpcatalog.validation.internal.PatternFacts;
import io.github.smtpcatalog.validation.internal.Rule;
import io.github.smtpcatalog.validation.internal.TextAnalysis;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's own message bundles pass the checks the module applies to others: complete in root and Dutch,
 * nothing left over, clean UTF-8, valid patterns with the same arguments in both languages, no ASCII apostrophe,
 * no surrounding white space, formal Dutch.
 */
class ValidationMessagesTest {

    private static final Set<String> RULE_IDS = Arrays.stream(Rule.values()).map(Rule::id)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void bundles_existForRootAndDutch() {
        assertThat(Messages.bundles().keySet()).containsExactlyInAnyOrderElementsOf(Messages.LOCALES);
    }

    @Test
    void bundles_haveExactlyOneMessagePerRule() {
        for (Map.Entry<String, BundleFile> e : Messages.bundles().entrySet()) {
            assertThat(e.getValue().values().keySet()).as(e.getValue().fileName())
                    .containsExactlyInAnyOrderElementsOf(RULE_IDS);
        }
    }

    @Test
    void bundles_areCleanFiles() {
        for (BundleFile f : Messages.bundles().values()) {
            assertThat(f.problems()).as(f.fileName()).isEmpty();
        }
    }

    @Test
    void messages_parseAndAgreeInArguments() {
        Map<String, String> root = Messages.bundles().get("").values();
        Map<String, String> nl = Messages.bundles().get("nl").values();
        for (String id : RULE_IDS) {
            PatternFacts en = PatternFacts.of(root.get(id));
            PatternFacts du = PatternFacts.of(nl.get(id));
            assertThat(en.parses()).as("root %s: %s", id, en.error()).isTrue();
            assertThat(du.parses()).as("nl %s: %s", id, du.error()).isTrue();
            assertThat(du.names()).as("arguments of %s", id).isEqualTo(en.names());
            for (String name : en.names()) {
                assertThat(du.signatures(name)).as("types of %s in %s", name, id)
                        .containsExactlyInAnyOrderElementsOf(en.signatures(name));
            }
        }
    }

    @Test
    void messages_keepTheHouseStyle() {
        for (Map.Entry<String, BundleFile> e : Messages.bundles().entrySet()) {
            for (Map.Entry<String, String> m : e.getValue().values().entrySet()) {
                String v = m.getValue();
                assertThat(v).as(m.getKey()).isNotBlank().doesNotContain("'");
                assertThat(TextAnalysis.hasSurroundingWhitespace(v)).as(m.getKey()).isFalse();
                assertThat(TextAnalysis.mojibake(v)).as(m.getKey()).isNull();
                if (e.getKey().equals("nl")) {
                    assertThat(TextAnalysis.informal(v)).as(m.getKey()).isEmpty();
                    assertThat(v).as("%s is translated", m.getKey())
                            .isNotEqualTo(Messages.bundles().get("").values().get(m.getKey()));
                }
            }
        }
    }
}
