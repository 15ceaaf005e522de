// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.smtpcatalog.cli.internal.CatalogView;
import io.github.smtpcatalog.cli.internal.CatalogView.EntryView;
import io.github.smtpcatalog.cli.internal.CatalogView.ReadingView;
import io.github.smtpcatalog.cli.internal.Json;
import io.github.smtpcatalog.cli.internal.Markdown;
import io.github.smtpcatalog.cli.internal.Text;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.i18n.Explainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code catalog list}: every catalogue entry. */
final class ListCommand implements Callable<Integer> {

    /** Output formats of list. */
    enum Format { TSV, JSON, MARKDOWN }

    private static final String[] COLUMNS = {"code", "level", "sources", "title", "reading", "agreement",
        "retryable", "category", "replyCodes"};

    private final CatalogCommand root;
    private final OptionSpec locale = Options.locale("Language of the titles: nl (default) or en.");
    private final OptionSpec format = Options.choice("--format", Format.class, "tsv",
            "tsv (default; a header line, then one line per entry), json or markdown.");

    private ListCommand(CatalogCommand root) {
        this.root = root;
    }

    static CommandSpec spec(CatalogCommand root) {
        ListCommand c = new ListCommand(root);
        return Options.command("list", c, new String[] {
            "Lists every catalogue entry: code, level, sources, title and the meaning used.",
            "Codes as the seed writes them: 5.1.1 (detail), 5.1.x (subject), 5.x.x (class), 550 (basic reply)."},
            c.locale, c.format);
    }

    @Override
    public Integer call() throws IOException {
        Locale l = Text.locale(locale.getValue());
        Explainer x = root.explainer.get();
        List<EntryView> entries = CatalogView.of(x, l, false);
        PrintWriter out = root.console.out();
        switch (format.<Format>getValue()) {
            case JSON:
                json(entries, out);
                break;
            case MARKDOWN:
                markdown(entries, x, x.texts().resolve(l), out);
                break;
            default:
                tsv(entries, out);
        }
        return CatalogCommand.EXIT_OK;
    }

    private static void tsv(List<EntryView> entries, PrintWriter out) {
        out.print(String.join("\t", COLUMNS));
        out.print('\n');
        for (EntryView e : entries) {
            Reading r = e.preferred().reading();
            StringJoiner j = new StringJoiner("\t");
            j.add(e.entry().code().toString()).add(e.entry().level().name()).add(e.sources())
                    .add(Text.oneLine(e.title())).add(r.origin().name()).add(r.agreement().name())
                    .add(String.valueOf(r.retryable())).add(r.category().id()).add(replies(r));
            out.print(j);
            out.print('\n');
        }
    }

    private void json(List<EntryView> entries, PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.open(out, !root.console.outIsUnicode())) {
            g.writeStartArray();
            for (EntryView e : entries) {
                Reading pref = e.preferred().reading();
                g.writeStartObject();
                g.writeStringField("code", e.entry().code().toString());
                g.writeStringField("level", e.entry().level().name());
                Json.stringArray(g, "sources", e.entry().sources());
                g.writeStringField("title", e.title());
                g.writeStringField("reading", pref.origin().name());
                g.writeBooleanField("retryable", pref.retryable());
                g.writeStringField("category", pref.category().id());
                Json.stringArray(g, "replyCodes", pref.replyCodes());
                g.writeArrayFieldStart("readings");
                for (ReadingView v : e.readings()) {
                    Reading r = v.reading();
                    g.writeStartObject();
                    g.writeStringField("reading", r.origin().name());
                    g.writeStringField("agreement", r.agreement().name());
                    g.writeBooleanField("departsFromStandard", r.departsFromStandard());
                    g.writeStringField("title", v.customer().title());
                    Json.stringArray(g, "sources", r.sources());
                    g.writeStringField("provenance", r.provenance());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.print('\n');
    }

    private static void markdown(List<EntryView> entries, Explainer x, Locale l, PrintWriter out) {
        out.print("| " + x.label("label.code", l) + " | " + x.label("label.level", l) + " | "
                + x.label("label.sources", l) + " | " + x.label("label.title", l) + " | "
                + x.label("label.reading", l) + " |\n");
        out.print("|---|---|---|---|---|\n");
        for (EntryView e : entries) {
            Reading r = e.preferred().reading();
            out.print("| " + e.entry().code() + " | " + x.label("label.level." + e.entry().level().name(), l) + " | "
                    + e.sources().replace(",", ", ") + " | " + Markdown.text(e.title()) + " | "
                    + Markdown.text(x.label("label.origin." + r.origin().name(), l)) + " |\n");
        }
    }

    private static String replies(Reading r) {
        StringJoiner j = new StringJoiner(",");
        r.replyCodes().forEach(c -> j.add(c.toString()));
        return j.toString();
    }
}
