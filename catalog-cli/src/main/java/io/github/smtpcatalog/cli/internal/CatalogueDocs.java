// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.smtpcatalog.cli.internal.CatalogView.EntryView;
import io.github.smtpcatalog.cli.internal.CatalogView.ReadingView;
import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.Source;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The generated catalogue documentation: {@code catalogue.nl.md}, {@code catalogue.en.md} and
 * {@code catalogue.html}, a single self-contained page (Dutch, with an English switch, inline CSS and script)
 * that support staff can open from disk and search by code or word. The page honours {@code ?q=} and
 * {@code ?lang=en} on load. The output depends only on the catalogue and the texts: the same input gives the
 * same bytes.
 */
public final class CatalogueDocs {

    /** The Dutch Markdown file. */
    public static final String NL_MD = "catalogue.nl.md";
    /** The English Markdown file. */
    public static final String EN_MD = "catalogue.en.md";
    /** The HTML page. */
    public static final String HTML = "catalogue.html";
    /** How to regenerate the committed files, from the repository root. */
    public static final String REGENERATE = "java -jar catalog-cli/target/catalog.jar docs --out docs";

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;
    private static final String SEP = " \u00B7 ";

    private final Explainer x;

    /**
     * Creates the generator.
     *
     * @param explainer the explainer whose catalogue and texts are documented
     */
    public CatalogueDocs(Explainer explainer) {
        this.x = explainer;
    }

    /**
     * Renders all three files.
     *
     * @return file name to content, in the order nl, en, html
     */
    public Map<String, String> render() {
        List<EntryView> nl = CatalogView.of(x, NL, true);
        List<EntryView> en = CatalogView.of(x, EN, true);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(NL_MD, markdown(nl, NL));
        out.put(EN_MD, markdown(en, EN));
        out.put(HTML, html(nl, en));
        return out;
    }

    // ---------------------------------------------------------------- structure shared by Markdown and HTML

    /** Receives the outline of the catalogue: groups (class, subject, basic replies) and entries. */
    private interface Sink {
        /** Opens a group at depth 1 (class, basic replies) or 2 (subject), closing open groups as deep or deeper. */
        void group(int depth, String id);

        /** A heading that no entry provides, at the depth of the group just opened. */
        void heading(int depth, String text);

        /** An entry; its heading is at the given depth (1 class, 2 subject, 3 detail or reply). */
        void entry(EntryView e, int depth);
    }

    private void walk(List<EntryView> views, Locale l, Sink sink) {
        String subjectOpen = null;
        int replyClass = -1;
        boolean replies = false;
        for (EntryView v : views) {
            CatalogCode c = v.entry().code();
            switch (c.level()) {
                case CLASS:
                    sink.group(1, "class-" + classOf(c));
                    sink.entry(v, 1);
                    subjectOpen = null;
                    break;
                case SUBJECT:
                    subjectOpen = classOf(c) + "." + c.subject().orElseThrow();
                    sink.group(2, "subject-" + subjectOpen);
                    sink.entry(v, 2);
                    break;
                case DETAIL:
                    String s = classOf(c) + "." + c.subject().orElseThrow();
                    if (!s.equals(subjectOpen)) {
                        subjectOpen = s;
                        sink.group(2, "subject-" + s);
                        sink.heading(2, s + ".x");
                    }
                    sink.entry(v, 3);
                    break;
                default:
                    if (!replies) {
                        replies = true;
                        sink.group(1, "replies");
                        sink.heading(1, label("label.docs.replyCodes", l));
                    }
                    int k = c.replyCode().orElseThrow().value() / 100;
                    if (k != replyClass) {
                        replyClass = k;
                        sink.group(2, "replies-" + k);
                        String title = classTitle(views, k);
                        sink.heading(2, k + "xx" + (title.isEmpty() ? "" : SEP + title));
                    }
                    sink.entry(v, 3);
            }
        }
    }

    private static int classOf(CatalogCode c) {
        return c.statusClass().orElseThrow().code();
    }

    private static String classTitle(List<EntryView> views, int k) {
        for (EntryView v : views) {
            if (v.entry().level() == Level.CLASS && classOf(v.entry().code()) == k) {
                return v.title();
            }
        }
        return "";
    }

    private String label(String key, Locale l) {
        return x.label(key, l);
    }

    private String originLabel(Origin o, Locale l) {
        return label("label.origin." + o.name(), l);
    }

    private String readingNote(Reading r, Locale l) {
        String s = originLabel(r.origin(), l);
        return r.departsFromStandard() ? s + " (" + lower(label("label.agreement." + r.agreement().name(), l)) + ")"
                : s;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String sources(Reading r) {
        StringJoiner j = new StringJoiner(", ");
        for (Source s : r.sources()) {
            j.add(s.name());
        }
        return j.toString();
    }

    /** A reading that departs from the standard, with the standard reading of the same entry (or null). */
    private record Departure(CatalogCode code, ReadingView reading, ReadingView standard) {
    }

    /** Every reading that departs from the standard, in catalogue order. */
    private static List<Departure> departures(List<EntryView> views) {
        List<Departure> out = new ArrayList<>();
        for (EntryView v : views) {
            ReadingView standard = null;
            for (ReadingView r : v.readings()) {
                if (r.reading().origin() == Origin.STANDARD) {
                    standard = r;
                }
            }
            for (ReadingView r : v.readings()) {
                if (r.reading().departsFromStandard()) {
                    out.add(new Departure(v.entry().code(), r, standard));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- Markdown

    private String markdown(List<EntryView> views, Locale l) {
        StringBuilder sb = new StringBuilder(256 * 1024);
        sb.append("<!-- ").append(label("label.docs.generated", l)).append(' ')
                .append(label("label.docs.regenerate", l)).append(": ").append(REGENERATE).append(" -->\n\n");
        sb.append("# ").append(Markdown.text(label("label.docs.title", l))).append("\n\n");
        sb.append(Markdown.text(x.notice(ExplainOptions.of(l)))).append("\n\n");
        sb.append(Markdown.text(label("label.docs.intro", l))).append("\n\n");
        sb.append("## ").append(Markdown.text(label("label.docs.contents", l))).append("\n\n");
        for (EntryView v : views) {
            if (v.entry().level() == Level.CLASS) {
                sb.append("- [").append(v.entry().code()).append(SEP).append(Markdown.text(v.title()))
                        .append("](#class-").append(classOf(v.entry().code())).append(")\n");
            }
        }
        sb.append("- [").append(Markdown.text(label("label.docs.replyCodes", l))).append("](#replies)\n");
        sb.append("- [").append(Markdown.text(label("label.docs.departures", l))).append("](#departures)\n\n");
        walk(views, l, new Sink() {
            @Override
            public void group(int depth, String id) {
                sb.append("<a id=\"").append(id).append("\"></a>\n\n");
            }

            @Override
            public void heading(int depth, String text) {
                sb.append("#".repeat(depth + 1)).append(' ').append(Markdown.text(text)).append("\n\n");
            }

            @Override
            public void entry(EntryView e, int depth) {
                sb.append("#".repeat(depth + 1)).append(' ').append(e.entry().code()).append(SEP)
                        .append(Markdown.text(e.title())).append("\n\n");
                boolean several = e.readings().size() > 1;
                for (ReadingView r : e.readings()) {
                    markdownReading(sb, r, several, l);
                }
            }
        });
        sb.append("<a id=\"departures\"></a>\n\n");
        sb.append("## ").append(Markdown.text(label("label.docs.departures", l))).append("\n\n");
        sb.append(Markdown.text(label("label.docs.departuresIntro", l))).append("\n\n");
        sb.append("| ").append(label("label.code", l)).append(" | ").append(label("label.reading", l)).append(" | ")
                .append(label("label.docs.difference", l)).append(" | ").append(label("label.title", l))
                .append(" | ").append(label("label.docs.standardMeaning", l)).append(" | ")
                .append(label("label.provenance", l)).append(" |\n|---|---|---|---|---|---|\n");
        for (Departure d : departures(views)) {
            Reading r = d.reading().reading();
            sb.append("| ").append(d.code()).append(" | ").append(Markdown.text(originLabel(r.origin(), l)))
                    .append(" | ").append(Markdown.text(label("label.agreement." + r.agreement().name(), l)))
                    .append(" | ").append(Markdown.text(d.reading().customer().title())).append(" | ")
                    .append(d.standard() == null ? "\u2014" : Markdown.text(d.standard().customer().title())).append(" | ")
                    .append(Markdown.text(r.provenance())).append(" |\n");
        }
        return sb.toString();
    }

    private void markdownReading(StringBuilder sb, ReadingView v, boolean several, Locale l) {
        Reading r = v.reading();
        Explanation c = v.customer();
        if (several) {
            sb.append("**").append(Markdown.text(label("label.reading", l) + ": " + originLabel(r.origin(), l)))
                    .append("**").append(SEP).append(Markdown.text(c.title())).append("\n\n");
        }
        if (!c.message().isEmpty()) {
            sb.append(Markdown.text(c.message())).append("\n\n");
        }
        if (v.technical() != null && !v.technical().message().isEmpty()) {
            sb.append('*').append(Markdown.text(label("label.technical", l))).append(":* ")
                    .append(Markdown.text(v.technical().message())).append("\n\n");
        }
        markdownList(sb, label("label.causes", l), c.causes());
        markdownList(sb, label("label.customerActions", l), c.customerActions());
        markdownList(sb, label("label.adminActions", l), c.adminActions());
        sb.append('*').append(Markdown.text(label("label.sources", l))).append(":* ").append(sources(r))
                .append(SEP).append('*').append(Markdown.text(label("label.reading", l))).append(":* ")
                .append(Markdown.text(readingNote(r, l))).append(SEP).append('*')
                .append(Markdown.text(label(r.retryable() ? "label.retryable" : "label.notRetryable", l)))
                .append('*').append(SEP).append('*').append(Markdown.text(label("label.provenance", l)))
                .append(":* ").append(Markdown.text(r.provenance())).append("\n\n");
    }

    private static void markdownList(StringBuilder sb, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("**").append(Markdown.text(heading)).append("**\n\n");
        for (String s : items) {
            sb.append("- ").append(Markdown.text(s)).append('\n');
        }
        sb.append('\n');
    }

    // ---------------------------------------------------------------- HTML

    private String html(List<EntryView> nl, List<EntryView> en) {
        StringBuilder sb = new StringBuilder(1024 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<!-- ").append(Markdown.html(label("label.docs.generated", NL))).append(' ')
                .append(Markdown.html(label("label.docs.regenerate", NL))).append(": ").append(REGENERATE)
                .append(" -->\n")
                .append("<title>").append(Markdown.html(label("label.docs.title", NL))).append("</title>\n")
                .append("<style>\n").append(resource("catalogue.css")).append("</style>\n</head>\n<body>\n");
        sb.append("<header>\n<h1 id=\"title\">").append(Markdown.html(label("label.docs.title", NL)))
                .append("</h1>\n<div class=\"bar\"><input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"")
                .append(Markdown.html(label("label.docs.search", NL))).append("\" aria-label=\"")
                .append(Markdown.html(label("label.docs.search", NL)))
                .append("\"><button id=\"switch\" type=\"button\" lang=\"en\">")
                .append(Markdown.html(label("label.docs.otherLanguage", NL))).append("</button></div>\n")
                .append("<p id=\"status\" role=\"status\"></p>\n<p id=\"nearest\" hidden>")
                .append(Markdown.html(label("label.docs.nearest", NL))).append("</p>\n</header>\n");
        htmlMain(sb, nl, NL, "nl", false);
        htmlMain(sb, en, EN, "en", true);
        sb.append("<script type=\"application/json\" id=\"labels\">").append(labelsJson()).append("</script>\n");
        sb.append("<script>\n").append(resource("catalogue.js")).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private void htmlMain(StringBuilder sb, List<EntryView> views, Locale l, String lang, boolean hidden) {
        sb.append("<main id=\"").append(lang).append("\" lang=\"").append(lang).append('"')
                .append(hidden ? " hidden" : "").append(">\n");
        sb.append("<div class=\"static\">\n<p class=\"notice\">").append(Markdown.html(x.notice(ExplainOptions.of(l))))
                .append("</p>\n<p>").append(Markdown.html(label("label.docs.intro", l))).append("</p>\n<nav><h2>")
                .append(Markdown.html(label("label.docs.contents", l))).append("</h2>\n<ul>\n");
        for (EntryView v : views) {
            if (v.entry().level() == Level.CLASS) {
                sb.append("<li><a href=\"#").append(lang).append("-class-").append(classOf(v.entry().code()))
                        .append("\">").append(v.entry().code()).append(SEP).append(Markdown.html(v.title()))
                        .append("</a></li>\n");
            }
        }
        sb.append("<li><a href=\"#").append(lang).append("-replies\">")
                .append(Markdown.html(label("label.docs.replyCodes", l))).append("</a></li>\n<li><a href=\"#")
                .append(lang).append("-departures\">").append(Markdown.html(label("label.docs.departures", l)))
                .append("</a></li>\n</ul></nav>\n</div>\n");
        int[] open = {0};
        walk(views, l, new Sink() {
            @Override
            public void group(int depth, String id) {
                while (open[0] >= depth) {
                    sb.append("</section>\n");
                    open[0]--;
                }
                sb.append("<section class=\"group\" id=\"").append(lang).append('-').append(id).append("\">\n");
                open[0]++;
            }

            @Override
            public void heading(int depth, String text) {
                sb.append("<h").append(depth + 1).append('>').append(Markdown.html(text)).append("</h")
                        .append(depth + 1).append(">\n");
            }

            @Override
            public void entry(EntryView e, int depth) {
                htmlEntry(sb, e, depth, l, lang);
            }
        });
        while (open[0] > 0) {
            sb.append("</section>\n");
            open[0]--;
        }
        sb.append("<section class=\"static\" id=\"").append(lang).append("-departures\">\n<h2>")
                .append(Markdown.html(label("label.docs.departures", l))).append("</h2>\n<p>")
                .append(Markdown.html(label("label.docs.departuresIntro", l))).append("</p>\n<table>\n<thead><tr>");
        for (String k : new String[] {"label.code", "label.reading", "label.docs.difference", "label.title",
            "label.docs.standardMeaning", "label.provenance"}) {
            sb.append("<th>").append(Markdown.html(label(k, l))).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (Departure d : departures(views)) {
            Reading r = d.reading().reading();
            sb.append("<tr><td class=\"code\">").append(d.code()).append("</td><td>")
                    .append(Markdown.html(originLabel(r.origin(), l))).append("</td><td>")
                    .append(Markdown.html(label("label.agreement." + r.agreement().name(), l))).append("</td><td>")
                    .append(Markdown.html(d.reading().customer().title())).append("</td><td>")
                    .append(d.standard() == null ? "\u2014" : Markdown.html(d.standard().customer().title())).append("</td><td>")
                    .append(Markdown.html(r.provenance())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n</section>\n</main>\n");
    }

    private void htmlEntry(StringBuilder sb, EntryView e, int depth, Locale l, String lang) {
        String code = e.entry().code().toString();
        sb.append("<article class=\"entry\" id=\"").append(lang).append('-').append(code)
                .append("\" data-code=\"").append(code).append("\" data-level=\"").append(e.entry().level().name())
                .append("\">\n<h").append(depth + 1).append("><span class=\"code\">").append(code)
                .append("</span> ").append(Markdown.html(e.title())).append("</h").append(depth + 1).append(">\n");
        boolean several = e.readings().size() > 1;
        for (ReadingView v : e.readings()) {
            Reading r = v.reading();
            Explanation c = v.customer();
            sb.append("<div class=\"reading").append(r.departsFromStandard() ? " departs" : "")
                    .append("\" data-origin=\"").append(r.origin().name()).append("\">\n");
            if (several) {
                sb.append("<p class=\"origin\"><strong>").append(Markdown.html(label("label.reading", l))).append(": ")
                        .append(Markdown.html(originLabel(r.origin(), l))).append("</strong>").append(SEP)
                        .append(Markdown.html(c.title())).append("</p>\n");
            }
            if (!c.message().isEmpty()) {
                sb.append("<p>").append(Markdown.html(c.message())).append("</p>\n");
            }
            if (v.technical() != null && !v.technical().message().isEmpty()) {
                sb.append("<p class=\"technical\"><em>").append(Markdown.html(label("label.technical", l)))
                        .append(":</em> ").append(Markdown.html(v.technical().message())).append("</p>\n");
            }
            htmlList(sb, label("label.causes", l), c.causes());
            htmlList(sb, label("label.customerActions", l), c.customerActions());
            htmlList(sb, label("label.adminActions", l), c.adminActions());
            sb.append("<p class=\"meta\">").append(Markdown.html(label("label.sources", l))).append(": ")
                    .append(sources(r)).append(SEP).append(Markdown.html(label("label.reading", l))).append(": ")
                    .append(Markdown.html(readingNote(r, l))).append(SEP)
                    .append(Markdown.html(label(r.retryable() ? "label.retryable" : "label.notRetryable", l)))
                    .append(SEP).append(Markdown.html(label("label.provenance", l))).append(": ")
                    .append(Markdown.html(r.provenance())).append("</p>\n</div>\n");
        }
        sb.append("</article>\n");
    }

    private static void htmlList(StringBuilder sb, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("<h5>").append(Markdown.html(heading)).append("</h5>\n<ul>\n");
        for (String s : items) {
            sb.append("<li>").append(Markdown.html(s)).append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    /** The page's labels per language, as JSON safe inside a script element. */
    private String labelsJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.open(w, false)) {
            g.writeStartObject();
            for (Locale l : new Locale[] {NL, EN}) {
                g.writeObjectFieldStart(l.getLanguage());
                g.writeStringField("title", label("label.docs.title", l));
                g.writeStringField("search", label("label.docs.search", l));
                g.writeStringField("shown", label("label.docs.shown", l));
                g.writeStringField("of", label("label.docs.of", l));
                g.writeStringField("noResults", label("label.docs.noResults", l));
                g.writeStringField("nearest", label("label.docs.nearest", l));
                g.writeStringField("other", label("label.docs.otherLanguage", l));
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // "<" only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the element.
        return w.toString().replace("<", "\\u003c");
    }

    private static String resource(String name) {
        try (InputStream in = CatalogueDocs.class.getResourceAsStream("/io/github/smtpcatalog/cli/docs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The page resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
