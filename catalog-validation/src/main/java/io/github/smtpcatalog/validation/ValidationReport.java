// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The result of a validation: every finding, sorted by severity, file, line and rule.
 *
 * <pre>{@code
 * ValidationReport report = CatalogValidator.standard().validateShipped();
 * if (report.hasErrors()) {
 *     report.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(System.err::println);
 * }
 * report.count(Severity.WARNING);     // e.g. 12
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValidationReport {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.file().orElse(""))
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.key().orElse(""))
            .thenComparing(f -> f.code().orElse(""));

    private final List<Finding> findings;

    ValidationReport(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        this.findings = List.copyOf(sorted);
    }

    /**
     * Every finding: errors first, then by file (findings without a file first), line, rule, key and code.
     *
     * @return an unmodifiable list, empty when nothing was found
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Whether any finding is an {@link Severity#ERROR}.
     *
     * @return true when the catalogue or bundles must be fixed
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * The number of findings of a severity.
     *
     * @param severity the severity, not null
     * @return the count
     */
    public long count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * A summary such as {@code ValidationReport[0 errors, 3 warnings, 30 info]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "ValidationReport[" + count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, "
                + count(Severity.INFO) + " info]";
    }
}
