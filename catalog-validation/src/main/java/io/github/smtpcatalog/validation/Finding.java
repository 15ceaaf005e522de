// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import io.github.smtpcatalog.validation.internal.Detail;
import io.github.smtpcatalog.validation.internal.Messages;
import io.github.smtpcatalog.validation.internal.Rule;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the validator found: which rule, how serious, where (file, line, key, catalogue code), and a message
 * in Dutch or English.
 *
 * <pre>{@code
 * for (Finding f : CatalogValidator.standard().validate(Path.of("my-bundles")).findings()) {
 *     f.ruleId();                                  // "missing-text"
 *     f.severity();                                // ERROR
 *     f.file();                                    // Optional[seed_nl.properties]
 *     f.key();                                     // Optional[seed.5.1.1.cause.2]
 *     f.code();                                    // Optional[5.1.1]
 *     f.message(Locale.forLanguageTag("nl"));      // "De sleutel heeft geen tekst voor nl; ..."
 * }
 * }</pre>
 *
 * <p><b>Rule ids</b> are short, readable and stable, such as {@code missing-text}, {@code pattern-syntax} or
 * {@code informal-address}: lower-case words joined by hyphens. A rule keeps its id and severity for good; a
 * retired rule's id is never reused. {@code docs/validation.md} lists every rule with its severity and an
 * example.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Finding {

    private final Rule rule;
    private final String file;
    private final int line;
    private final String key;
    private final String code;
    private final Map<String, Object> args;

    Finding(Detail detail) {
        this.rule = detail.rule();
        this.file = blankToNull(detail.file());
        this.line = Math.max(0, detail.line());
        this.key = blankToNull(detail.key());
        this.code = blankToNull(detail.code());
        Map<String, Object> a = new java.util.LinkedHashMap<>(detail.args());
        // The templates may name the line and the code; the file and key are shown before the message.
        a.putIfAbsent("line", String.valueOf(line));
        a.putIfAbsent("code", code == null ? "" : code);
        this.args = java.util.Collections.unmodifiableMap(a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * The id of the rule, e.g. {@code missing-text}.
     *
     * @return the id, not null
     */
    public String ruleId() {
        return rule.id();
    }

    /**
     * The severity of the rule.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return rule.severity();
    }

    /**
     * The bundle file concerned: its name, e.g. {@code seed_nl.properties}, or the folder when the folder itself
     * is the problem.
     *
     * @return the file, or empty for catalogue findings and texts missing from every file
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The line in {@link #file()}.
     *
     * @return the 1-based line, or 0 when unknown or not applicable
     */
    public int line() {
        return line;
    }

    /**
     * The bundle key concerned, e.g. {@code seed.5.1.1.title}; for a text id without any text, and for a finding
     * about one reading of a catalogue entry, the text id ({@code seed.5.1.1}).
     *
     * @return the key, or empty
     */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * The catalogue code concerned, as the catalogue writes it ({@code 5.1.1}, {@code 5.1.x}, {@code 550}); for
     * a text shared by several entries, the first of them.
     *
     * @return the code, or empty
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * The message, in Dutch for a Dutch locale ({@code nl}, {@code nl-BE}) and in English for every other
     * locale. The JVM's default locale plays no part.
     *
     * @param locale the locale, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return Messages.format(rule, args, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * A one-line form for logs, with the English message:
     * {@code ERROR missing-text seed_nl.properties:0 [seed.5.1.1.title] (5.1.1): ...}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(severity()).append(' ').append(ruleId());
        if (file != null) {
            b.append(' ').append(file);
            if (line > 0) {
                b.append(':').append(line);
            }
        }
        if (key != null) {
            b.append(" [").append(key).append(']');
        }
        if (code != null) {
            b.append(" (").append(code).append(')');
        }
        return b.append(": ").append(message(Locale.ENGLISH)).toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return rule == f.rule && line == f.line && Objects.equals(file, f.file) && Objects.equals(key, f.key)
                && Objects.equals(code, f.code) && args.equals(f.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, file, line, key, code);
    }
}
