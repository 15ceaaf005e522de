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

    @Test
    void noUnknownRule_isDocumented() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^\\| `([a-z0-9-]+)` \\| (ERROR|WARNING|INFO) \\|").matcher(docs());
        int rows = 0;
        while (m.find()) {
            rows++;
            assertThat(Rule.byId(m.group(1))).as(m.group(1)).isPresent();
        }
        assertThat(rows).isEqualTo(Rule.values().length);
    }
}
