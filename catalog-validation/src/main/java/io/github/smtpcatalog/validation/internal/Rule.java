// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.Severity;

/**
 * Every rule of the validator: its stable id, its severity and its area. The ids are part of the public contract
 * (they appear in {@code Finding.ruleId()}, in the CLI's output and in {@code docs/validation.md}); a rule is
 * never renamed, only retired. The message of each rule is in {@code ValidationMessages.properties} under the
 * rule id.
 */
public enum Rule {

    // Files
    FILE_UNREADABLE("file-unreadable", Severity.ERROR, Area.FILES),
    FILE_ENCODING("file-encoding", Severity.ERROR, Area.FILES),
    MOJIBAKE("mojibake", Severity.ERROR, Area.FILES),
    MALFORMED_LINE("malformed-line", Severity.ERROR, Area.FILES),
    BAD_UNICODE_ESCAPE("bad-unicode-escape", Severity.ERROR, Area.FILES),
    UNKNOWN_ESCAPE("unknown-escape", Severity.WARNING, Area.FILES),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR, Area.FILES),
    INVALID_LOCALE("invalid-locale", Severity.ERROR, Area.FILES),
    MISSING_FILE("missing-file", Severity.ERROR, Area.FILES),
    UNLISTED_FILE("unlisted-file", Severity.WARNING, Area.FILES),
    NO_BUNDLES("no-bundles", Severity.ERROR, Area.FILES),

    // Completeness
    MISSING_TEXT("missing-text", Severity.ERROR, Area.COMPLETENESS),
    MISSING_TEXT_ID("missing-text-id", Severity.ERROR, Area.COMPLETENESS),
    ORPHAN_KEY("orphan-key", Severity.ERROR, Area.COMPLETENESS),
    UNKNOWN_CODE("unknown-code", Severity.ERROR, Area.COMPLETENESS),
    EMPTY_VALUE("empty-value", Severity.ERROR, Area.COMPLETENESS),
    LIST_GAP("list-gap", Severity.ERROR, Area.COMPLETENESS),
    LIST_TOO_LONG("list-too-long", Severity.WARNING, Area.COMPLETENESS),

    // Patterns
    PATTERN_SYNTAX("pattern-syntax", Severity.ERROR, Area.PATTERNS),
    ASCII_APOSTROPHE("ascii-apostrophe", Severity.ERROR, Area.PATTERNS),
    PLURAL_FORMS("plural-forms", Severity.ERROR, Area.PATTERNS),
    PLURAL_UNUSED("plural-unused", Severity.WARNING, Area.PATTERNS),
    UNKNOWN_ARGUMENT("unknown-argument", Severity.ERROR, Area.PATTERNS),
    ARGUMENT_TYPE("argument-type", Severity.ERROR, Area.PATTERNS),
    ARGUMENT_MISMATCH("argument-mismatch", Severity.ERROR, Area.PATTERNS),
    ARGUMENT_TYPE_MISMATCH("argument-type-mismatch", Severity.ERROR, Area.PATTERNS),
    UNGUARDED_ARGUMENT("unguarded-argument", Severity.ERROR, Area.PATTERNS),
    WHITESPACE("whitespace", Severity.ERROR, Area.PATTERNS),
    RENDER_FAILURE("render-failure", Severity.ERROR, Area.PATTERNS),

    // Catalogue
    CODE_SYNTAX("code-syntax", Severity.ERROR, Area.CATALOGUE),
    HIERARCHY("hierarchy", Severity.ERROR, Area.CATALOGUE),
    REPLY_CLASS("reply-class", Severity.ERROR, Area.CATALOGUE),
    SEED_MISSING("seed-missing", Severity.ERROR, Area.CATALOGUE),
    IANA_MISSING("iana-missing", Severity.ERROR, Area.CATALOGUE),
    PROVENANCE_MISSING("provenance-missing", Severity.ERROR, Area.CATALOGUE),
    DEPARTING_READING("departing-reading", Severity.INFO, Area.CATALOGUE),

    // Language
    SAME_AS_ENGLISH("same-as-english", Severity.WARNING, Area.LANGUAGE),
    DISPLAY_COLLISION("display-collision", Severity.WARNING, Area.LANGUAGE),
    INFORMAL_ADDRESS("informal-address", Severity.WARNING, Area.LANGUAGE),
    LONG_SENTENCE("long-sentence", Severity.WARNING, Area.LANGUAGE),
    JARGON("jargon", Severity.WARNING, Area.LANGUAGE),
    TITLE_TOO_LONG("title-too-long", Severity.WARNING, Area.LANGUAGE),

    // The validator itself
    INTERNAL_ERROR("internal-error", Severity.ERROR, Area.VALIDATOR);

    /** The areas rules are grouped in, in {@code docs/validation.md}. */
    public enum Area {
        /** Reading the bundle files. */
        FILES,
        /** Every text present, nothing left over. */
        COMPLETENESS,
        /** ICU MessageFormat patterns and their arguments. */
        PATTERNS,
        /** The catalogue data. */
        CATALOGUE,
        /** House style of the texts. */
        LANGUAGE,
        /** A failure of the validator itself. */
        VALIDATOR
    }

    private final String id;
    private final Severity severity;
    private final Area area;

    Rule(String id, Severity severity, Area area) {
        this.id = id;
        this.severity = severity;
        this.area = area;
    }

    /**
     * The stable id, e.g. {@code missing-text}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The severity of every finding of this rule.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The area.
     *
     * @return the area
     */
    public Area area() {
        return area;
    }
}
