// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.validation.internal.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/validation.md lists every rule with its id and severity, and no rule that does not exist. */
class ValidationDocsTest {

    private static String docs() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docs/validation.md"))) {
            p = p.getParent();
        }
        assertThat(p).as("docs/validation.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return Files.readString(p.resolve("docs/validation.md"));
    }

    @Test
    void everyRule_isDocumentedWithItsSeverity() throws IOException {
        String docs = docs();
        for (Rule r : Rule.values()) {
            assertThat(docs).as("row of " + r.id()).contains("| `" + r.id() + "` | " + r.severity() + " |");
        }
    }

    /** Each rule is listed in the section of its area, so a reader finds it where it belongs. */
    @Test
    void everyRule_isDocumentedInTheSectionOfItsArea() throws IOException {
        java.util.Map<Rule.Area, String> headings = java.util.Map.of(Rule.Area.FILES, "### Files",
                Rule.Area.COMPLETENESS, "### Completeness", Rule.Area.PATTERNS, "### Patterns",
                Rule.Area.CATALOGUE, "### Catalogue", Rule.Area.LANGUAGE, "### Language",
                Rule.Area.VALIDATOR, "### The validator itself");
        String docs = docs();
        for (Rule r : Rule.values()) {
            int start = docs.indexOf("\n" + headings.get(r.area()));
            assertThat(start).as("section of " + r.area()).isPositive();
            int end = docs.indexOf("\n#", start + 1);
            assertThat(docs.substring(start, end)).as(r.id() + " under " + headings.get(r.area()))
                    .contains("| `" + r.id() + "` |");
        }
    }

    @Test
    void noUnknownRule_isDocumented() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^\\| `([a-z0-9-]+)` \\| (ERROR|WARNING|INFO) \\|").matcher(docs());
        java.util.Set<String> ids = java.util.Arrays.stream(Rule.values()).map(Rule::id)
                .collect(java.util.stream.Collectors.toSet());
        int rows = 0;
        while (m.find()) {
            rows++;
            assertThat(ids).as(m.group(1)).contains(m.group(1));
        }
        assertThat(rows).isEqualTo(Rule.values().length);
    }
}
