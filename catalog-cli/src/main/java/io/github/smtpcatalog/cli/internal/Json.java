// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.smtpcatalog.i18n.Explanation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;

/**
 * JSON output through Jackson's streaming generator: every string, hostile input included, is escaped by the
 * generator, never put together by hand. On a terminal charset that is not Unicode, non-ASCII characters are
 * written as {@code \\u} escapes, so the JSON stays exact.
 */
public final class Json {

    private Json() {
    }

    /**
     * Opens a pretty-printing generator (two-space indent, LF line ends) on a writer it does not close.
     *
     * @param out           the writer
     * @param escapeNonAscii whether to escape every non-ASCII character
     * @return the generator
     */
    public static JsonGenerator open(Writer out, boolean escapeNonAscii) {
        JsonFactory factory = JsonFactory.builder()
                .configure(JsonWriteFeature.ESCAPE_NON_ASCII, escapeNonAscii)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        try {
            JsonGenerator g = factory.createGenerator(out);
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a list of strings as an array field.
     *
     * @param g      the generator
     * @param name   the field name
     * @param values the strings
     * @throws IOException when writing fails
     */
    public static void stringArray(JsonGenerator g, String name, Collection<?> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object v : values) {
            g.writeString(String.valueOf(v));
        }
        g.writeEndArray();
    }

    /**
     * Writes one explained input as an object: the fields of {@code catalog explain --format json}.
     *
     * @param g    the generator
     * @param item the item
     * @throws IOException when writing fails
     */
    public static void explanation(JsonGenerator g, Explaining.Item item) throws IOException {
        Explanation e = item.explanation();
        g.writeStartObject();
        g.writeStringField("input", item.input());
        g.writeStringField("recipient", e.recipient().orElse(null));
        if (e.replyCode().isPresent()) {
            g.writeNumberField("replyCode", e.replyCode().get().value());
        } else {
            g.writeNullField("replyCode");
        }
        g.writeStringField("enhancedCode", e.enhancedCode().map(String::valueOf).orElse(null));
        g.writeStringField("matchedCode", e.matchedCode().toString());
        g.writeStringField("matchedLevel", e.matchedLevel().name());
        g.writeStringField("reading", e.reading().name());
        g.writeStringField("readingChoice", e.readingChoice().name());
        g.writeStringField("agreement", e.agreement().name());
        g.writeBooleanField("departsFromStandard", e.departsFromStandard());
        if (e.statusClass().isPresent()) {
            g.writeNumberField("statusClass", e.statusClass().get().code());
        } else {
            g.writeNullField("statusClass");
        }
        g.writeBooleanField("retryable", e.retryable());
        g.writeStringField("category", e.category().id());
        g.writeBooleanField("codesAgree", e.codesAgree());
        g.writeStringField("title", e.title());
        g.writeStringField("message", e.message());
        stringArray(g, "causes", e.causes());
        stringArray(g, "customerActions", e.customerActions());
        stringArray(g, "adminActions", e.adminActions());
        g.writeStringField("provenance", e.provenance());
        g.writeStringField("audience", e.audience().name());
        g.writeStringField("locale", e.locale().toLanguageTag());
        g.writeEndObject();
    }
}
