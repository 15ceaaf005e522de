// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.ReadingChoice;
import io.github.smtpcatalog.i18n.Audience;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.Explanation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The text layout of an explanation for support staff: code and title, the message, causes, what the customer
 * can do, what the IT administrator can do, then whether retrying helps, the reading used and whether it departs
 * from the standard, the level that answered and the source. Headings come from the {@code labels} bundle.
 */
public final class ExplanationText {

    /** The width paragraphs are wrapped to. */
    static final int WIDTH = 78;

    private final Explainer explainer;
    private final PrintWriter out;

    /**
     * Creates the writer.
     *
     * @param explainer the explainer, for labels
     * @param out       where to write
     */
    public ExplanationText(Explainer explainer, PrintWriter out) {
        this.explainer = explainer;
        this.out = out;
    }

    /**
     * Writes the explained items, separated by a rule, and the notice after them; for no items (a message that
     * is no bounce), a line that says so.
     *
     * @param items   the items
     * @param options the options they were explained with
     */
    public void write(List<Explaining.Item> items, ExplainOptions options) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.println();
                out.println("-".repeat(WIDTH));
                out.println();
            }
            write(items.get(i).explanation());
        }
        if (items.isEmpty()) {
            paragraph(label("label.noFailures", options.locale()), "");
        }
        if (options.audience() == Audience.CUSTOMER) {
            String notice = explainer.notice(options.withLocale(items.isEmpty() ? options.locale()
                    : items.get(0).explanation().locale()));
            if (!notice.isEmpty()) {
                out.println();
                paragraph(notice, "");
            }
        }
    }

    private void write(Explanation e) {
        Locale l = e.locale();
        StringBuilder head = new StringBuilder();
        // No lambdas or method references: this runs once per process at start-up, where each one costs.
        if (e.replyCode().isPresent()) {
            head.append(e.replyCode().get());
        }
        if (e.enhancedCode().isPresent()) {
            head.append(head.length() > 0 ? " " : "").append(e.enhancedCode().get());
        }
        if (head.length() == 0) {
            head.append(e.matchedCode());
        }
        head.append("  ").append(e.title());
        paragraph(head.toString(), "");
        if (e.recipient().isPresent()) {
            paragraph(label("label.recipient", l) + ": " + e.recipient().get(), "");
        }
        out.println();
        paragraph(e.message(), "");
        list(label("label.causes", l), e.causes());
        list(label("label.customerActions", l), e.customerActions());
        list(label("label.adminActions", l), e.adminActions());
        out.println();
        paragraph(label(e.retryable() ? "label.retryable" : "label.notRetryable", l) + ".", "");
        String reading = label("label.reading", l) + ": " + label("label.origin." + e.reading().name(), l) + ".";
        if (e.departsFromStandard()) {
            reading += " " + label("label.departs", l);
        }
        paragraph(reading, "");
        if (e.readingChoice() == ReadingChoice.REPLY_CODE || e.readingChoice() == ReadingChoice.PROVIDER) {
            paragraph(label("label.readingChoice." + e.readingChoice().name(), l), "");
        }
        // An entry asked for by its own code (5.1.x) was explained by itself, whatever its level.
        boolean itself = e.enhancedCode().isEmpty() && e.replyCode().isEmpty();
        Level level = itself ? Level.DETAIL : e.matchedLevel();
        String note = label("label.matchedLevel." + level.name(), l);
        paragraph(level == Level.DETAIL && !itself ? note + "." : note + " (" + e.matchedCode() + ").", "");
        if (!e.codesAgree()) {
            paragraph(label("label.codesDisagree", l), "");
        }
        paragraph(label("label.source", l) + ": " + e.provenance(), "");
    }

    private void list(String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + ":");
        for (String s : lines) {
            paragraph("- " + s, "    ");
        }
    }

    private String label(String key, Locale locale) {
        return explainer.label(key, locale);
    }

    /** Writes a paragraph wrapped at {@link #WIDTH}; continuation lines get the indent (bullets get two more). */
    private void paragraph(String text, String indent) {
        String first = indent.isEmpty() ? "" : "  ";
        String rest = indent;
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : Text.oneLine(text).split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(rest);
                start = line.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
