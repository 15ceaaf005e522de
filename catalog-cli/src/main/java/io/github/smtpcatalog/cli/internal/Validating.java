// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.validation.CatalogValidator;
import io.github.smtpcatalog.validation.Finding;
import io.github.smtpcatalog.validation.Severity;
import io.github.smtpcatalog.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs catalog-validation for {@code catalog validate} and writes its report as text or JSON. */
public final class Validating {

    /** The report's labels in English, for when the shipped texts cannot be loaded. */
    private static final Map<String, String> FALLBACK = Map.of(
            "label.severity.ERROR", "Error", "label.severity.WARNING", "Warning", "label.severity.INFO",
            "Information", "label.validate.errors", "Errors", "label.validate.warnings", "Warnings",
            "label.validate.infos", "Information", "label.validate.noFindings", "No findings.");

    /**
     * Hibernate Validator announces its version on the first use, through JBoss Logging and java.util.logging, as
     * a line on standard error; the command keeps standard error for its own one-line reasons. Held here: the
     * logging framework keeps loggers only weakly, and with them their level.
     */
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private Validating() {
    }

    /**
     * Validates and writes the report.
     *
     * @param bundles the bundle folder, or null for the shipped bundles
     * @param locale  the language of the messages and labels
     * @param json    whether to write JSON rather than text
     * @param console where to write
     * @return whether there is a finding of severity error
     * @throws IOException when writing fails
     */
    public static boolean run(Path bundles, Locale locale, boolean json, Console console) throws IOException {
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        CatalogValidator validator = CatalogValidator.standard();
        ValidationReport report = bundles == null ? validator.validateShipped() : validator.validate(bundles);
        String source = bundles == null ? "shipped" : bundles.toString();
        if (json) {
            json(report, source, locale, console);
        } else {
            text(report, locale, console.out());
        }
        return report.hasErrors();
    }

    private static void json(ValidationReport report, String source, Locale locale, Console console)
            throws IOException {
        try (JsonGenerator g = Json.open(console.out(), !console.outIsUnicode())) {
            g.writeStartObject();
            g.writeStringField("bundles", source);
            g.writeBooleanField("hasErrors", report.hasErrors());
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeNumberField("infos", report.count(Severity.INFO));
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.ruleId());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("file", f.file().orElse(null));
                g.writeNumberField("line", f.line());
                g.writeStringField("key", f.key().orElse(null));
                g.writeStringField("code", f.code().orElse(null));
                g.writeStringField("message", f.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        console.out().println();
    }

    /**
     * One finding in two lines (where, then the message), then the counts. The headings come from the labels
     * bundle; when the shipped texts themselves cannot be loaded (what validating them may be about), from the
     * English defaults here.
     */
    private static void text(ValidationReport report, Locale locale, PrintWriter out) {
        Labels x = Labels.shipped();
        for (Finding f : report.findings()) {
            StringBuilder where = new StringBuilder();
            where.append(x.label("label.severity." + f.severity().name(), locale)).append("  ").append(f.ruleId());
            f.file().ifPresent(file -> where.append("  ").append(file).append(f.line() > 0 ? ":" + f.line() : ""));
            f.key().ifPresent(k -> where.append("  [").append(k).append(']'));
            f.code().ifPresent(c -> where.append("  (").append(c).append(')'));
            out.println(Text.oneLine(where.toString()));
            out.println("    " + Text.oneLine(f.message(locale)));
        }
        if (report.findings().isEmpty()) {
            out.println(x.label("label.validate.noFindings", locale));
        } else {
            out.println();
        }
        out.println(x.label("label.validate.errors", locale) + ": " + report.count(Severity.ERROR) + "  "
                + x.label("label.validate.warnings", locale) + ": " + report.count(Severity.WARNING) + "  "
                + x.label("label.validate.infos", locale) + ": " + report.count(Severity.INFO));
    }

    /** The labels of the report: those of the shipped texts, else {@link #FALLBACK}. */
    private interface Labels {
        String label(String key, Locale locale);

        static Labels shipped() {
            try {
                Explainer x = Explainer.standard();
                return x::label;
            } catch (RuntimeException | ExceptionInInitializerError e) {
                return (key, l) -> FALLBACK.getOrDefault(key, key);
            }
        }
    }
}
