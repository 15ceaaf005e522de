// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The build's gate: the shipped catalogue and the shipped bundles have no error. Warnings and information are
 * printed as counts per rule, so a change in house-style findings shows in the build log.
 */
class ShippedCatalogueValidationTest {

    @Test
    void shippedCatalogue_hasNoErrorsAndNoWarnings() {
        ValidationReport report = CatalogValidator.standard().validateShipped();
        System.out.println("Shipped catalogue: " + report);
        for (Severity s : List.of(Severity.WARNING, Severity.INFO)) {
            Map<String, Long> byRule = report.findings().stream().filter(f -> f.severity() == s)
                    .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
            System.out.println("  " + s + " by rule: " + byRule);
        }
        report.findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .forEach(f -> System.out.println("  " + f));
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::toString).collect(Collectors.toList());
        assertThat(errors).as("errors in the shipped catalogue and bundles (%d)", errors.size()).isEmpty();
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message(Locale.ENGLISH)).isNotBlank());
        // The shipped texts meet the house style they ask of others: no warning at all (checked on the same
        // report, so the shipped bundles are validated once).
        List<String> warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .map(Finding::toString).collect(Collectors.toList());
        assertThat(warnings).as("warnings in the shipped bundles (%d)", warnings.size()).isEmpty();
    }
}
