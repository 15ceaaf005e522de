// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import com.ibm.icu.text.MessagePattern;
import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.StatusClass;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a bundle key is, measured against the catalogue: a text field of a text id the catalogue uses, the
 * notice, a label, or a key that belongs to nothing (and why).
 *
 * @param key       the key
 * @param kind      the kind
 * @param textId    the text id, for {@link Kind#TEXT} and the code kinds; else null
 * @param field     the field ({@code title}, {@code cause} ...), for {@link Kind#TEXT}; else null
 * @param index     the number of a list item ({@code cause.2} has 2), else 0
 * @param codes     the catalogue codes that use the text, or for the code kinds the code the key names
 * @param stringArgs the text arguments the library passes (always with the value {@code none} when absent)
 * @param numberArgs the numeric arguments of the readings, with their values
 * @param readingParams the numeric parameters of each reading that uses the text (the library passes only the
 *                  reading's own), distinct
 * @param mandatory whether every required locale must have the key
 */
public record KeyInfo(String key, Kind kind, String textId, String field, int index, List<String> codes,
        Set<String> stringArgs, Map<String, Integer> numberArgs, List<Map<String, Integer>> readingParams,
        boolean mandatory) {

    /** The simple argument types a numeric parameter may have. */
    public static final Set<String> NUMBER_TYPES = Set.of("number", "spellout", "ordinal", "duration");

    /** The kinds of key. */
    public enum Kind {
        /** A field of a text id that the catalogue uses. */
        TEXT,
        /** The seed's notice ({@code notice}). */
        NOTICE,
        /** A layout label ({@code label.*}). */
        LABEL,
        /** A key that belongs to no entry and is no known field. */
        ORPHAN,
        /** A key whose text id names a code that the catalogue does not have. */
        UNKNOWN_CODE,
        /** A key whose text id names a code that is not valid RFC 3463 / RFC 5321 syntax. */
        BAD_CODE
    }

    /** The highest list number the library reads. */
    public static final int MAX_READ_INDEX = 9;

    /** Fields and their list limits (0 = single field). */
    private static final Map<String, Integer> LIST_LIMITS = Map.of("cause", 5, "customerAction", 3,
            "adminAction", 3);
    private static final List<String> SINGLE_FIELDS = List.of("title", "customer", "technical");
    private static final List<String> CLASS_FIELDS = List.of("lead", "technicalLead");
    /** Class fields the explainer reads where they exist: the leads for a DSN whose action is "failed". */
    private static final List<String> OPTIONAL_CLASS_FIELDS = List.of("failedLead", "failedTechnicalLead");
    private static final Set<String> STRING_ARGS = Set.of("recipient", "domain", "product");

    private static final Pattern LIST_KEY = Pattern.compile("(.+)\\.(cause|customerAction|adminAction)\\.([^.]+)");
    private static final Pattern FIELD_KEY =
            Pattern.compile("(.+)\\.(title|customer|technical|lead|technicalLead|failedLead|failedTechnicalLead)");
    private static final Pattern IANA_ID = Pattern.compile("iana\\.X\\.([^.]+)\\.([^.]+)");
    private static final Pattern READING_ID = Pattern.compile("(seed|microsoft|google)\\.(.+)");
    private static final Pattern REPLY_ID = Pattern.compile("reply\\.(.+)");
    private static final Pattern CLASS_ID = Pattern.compile("class\\.(.+)");
    private static final Pattern SUBJECT_ID = Pattern.compile("subject\\.(.+)");
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern LIST_NUMBER = Pattern.compile("[1-9][0-9]?");
    private static final Pattern REPLY = Pattern.compile("[2-5][0-5][0-9]");
    private static final Pattern CLASS_DIGIT = Pattern.compile("[245]");
    private static final String N = "(0|[1-9][0-9]{0,2})";
    private static final Pattern CATALOG_CODE = Pattern.compile("[245]\\.x\\.x|[245]\\." + N + "\\.x|"
            + ReferenceCodes.ENHANCED_CODE_SYNTAX);
    private static final Pattern RANGE_CODE = Pattern.compile("[245]\\." + N + "\\." + N + "-" + N);

    /**
     * The maximum list length of a field in the house style.
     *
     * @param field the field
     * @return the limit, or 0 for a single field
     */
    public static int listLimit(String field) {
        return LIST_LIMITS.getOrDefault(field, 0);
    }

    /**
     * Whether the field is the customer's own prose, which must also be free of jargon.
     *
     * @return true for {@code customer}, {@code lead} and {@code failedLead}
     */
    public boolean isCustomerProse() {
        return kind == Kind.TEXT && ("customer".equals(field) || "lead".equals(field) || "failedLead".equals(field));
    }

    /**
     * Whether the customer reads the field, so that its sentences are kept short: the customer's prose, the causes
     * and the customer's actions (a cause may name a technique, such as SPF, beside its plain description).
     *
     * @return true for {@code customer}, {@code lead}, {@code failedLead}, {@code cause.N} and
     *         {@code customerAction.N}
     */
    public boolean isReadByCustomer() {
        return isCustomerProse() || kind == Kind.TEXT && ("cause".equals(field) || "customerAction".equals(field));
    }

    /**
     * Whether this is a title.
     *
     * @return true for the {@code title} field
     */
    public boolean isTitle() {
        return kind == Kind.TEXT && "title".equals(field);
    }

    /**
     * Whether the key belongs to something the library reads.
     *
     * @return true for text fields, the notice and labels
     */
    public boolean isKnown() {
        return kind == Kind.TEXT || kind == Kind.NOTICE || kind == Kind.LABEL;
    }

    /**
     * The first code, for findings.
     *
     * @return the code, or null
     */
    public String firstCode() {
        return codes.isEmpty() ? null : codes.get(0);
    }

    /**
     * Every argument the library passes to this key.
     *
     * @return the names
     */
    public Set<String> allowedArgs() {
        Set<String> out = new LinkedHashSet<>(stringArgs);
        out.addAll(numberArgs.keySet());
        return out;
    }

    /**
     * Whether an argument use is one the library can serve: a known name, with a type its value can have (text
     * arguments bare or in a select; numeric ones bare, as a number or in a plural).
     *
     * @param use the use
     * @return true when well typed
     */
    public boolean wellTyped(PatternFacts.ArgUse use) {
        if (use.numbered() || !allowedArgs().contains(use.name())) {
            return false;
        }
        MessagePattern.ArgType t = use.type();
        if (stringArgs.contains(use.name())) {
            return t == MessagePattern.ArgType.NONE || t == MessagePattern.ArgType.SELECT;
        }
        return t == MessagePattern.ArgType.NONE || t == MessagePattern.ArgType.PLURAL
                || t == MessagePattern.ArgType.SELECTORDINAL
                || (t == MessagePattern.ArgType.SIMPLE && NUMBER_TYPES.contains(use.typeName()));
    }

    /**
     * The mandatory keys of a text id the catalogue uses.
     *
     * @param textId the id
     * @param index  the catalogue index
     * @return the keys
     */
    public static List<String> mandatoryKeys(String textId, CatalogIndex index) {
        List<String> out = new java.util.ArrayList<>();
        for (String f : SINGLE_FIELDS) {
            out.add(textId + "." + f);
        }
        if (!index.isReplyText(textId)) {
            out.add(textId + ".cause.1");
            out.add(textId + ".customerAction.1");
            out.add(textId + ".adminAction.1");
        }
        if (index.isClassText(textId)) {
            for (String f : CLASS_FIELDS) {
                out.add(textId + "." + f);
            }
        }
        return out;
    }

    /**
     * The labels the library needs.
     *
     * @return the label keys
     */
    public static List<String> requiredLabels() {
        List<String> out = new java.util.ArrayList<>(ReferenceCodes.LABELS);
        for (Level l : Level.values()) {
            out.add("label.matchedLevel." + l.name());
        }
        for (Origin o : Origin.values()) {
            out.add("label.origin." + o.name());
        }
        return out;
    }

    /**
     * Classifies a key.
     *
     * @param key   the key
     * @param index the catalogue index
     * @return what the key is
     */
    public static KeyInfo classify(String key, CatalogIndex index) {
        if (key.equals("notice")) {
            return new KeyInfo(key, Kind.NOTICE, null, null, 0, List.of(), Set.of("product"), Map.of(),
                    List.of(Map.of()), true);
        }
        if (key.startsWith("label.")) {
            return new KeyInfo(key, Kind.LABEL, null, null, 0, List.of(), Set.of(), Map.of(), List.of(Map.of()),
                    requiredLabels().contains(key));
        }
        String textId = null;
        String field = null;
        int number = 0;
        boolean badField = false;
        Matcher m = LIST_KEY.matcher(key);
        if (m.matches()) {
            textId = m.group(1);
            field = m.group(2);
            String n = m.group(3);
            if (LIST_NUMBER.matcher(n).matches() && Integer.parseInt(n) <= MAX_READ_INDEX) {
                number = Integer.parseInt(n);
            } else {
                badField = true;
            }
        } else {
            m = FIELD_KEY.matcher(key);
            if (m.matches()) {
                textId = m.group(1);
                field = m.group(2);
            }
        }
        if (textId != null && !index.uses(textId).isEmpty()) {
            boolean classField = CLASS_FIELDS.contains(field) || OPTIONAL_CLASS_FIELDS.contains(field);
            if (badField || (classField && !index.isClassText(textId))) {
                return orphan(key, textId, index);
            }
            boolean mandatory = mandatoryKeys(textId, index).contains(key);
            return new KeyInfo(key, Kind.TEXT, textId, field, number, index.codes(textId), STRING_ARGS,
                    index.params(textId), index.readingParams(textId), mandatory);
        }
        // No known field: the text id is the key without its last part (seed.5.1.1.summary -> seed.5.1.1).
        String id = textId != null ? textId : key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : key;
        if (textId == null && !index.uses(id).isEmpty()) {
            return orphan(key, id, index);
        }
        Optional<KeyInfo> coded = codeKind(key, id, index);
        return coded.isPresent() ? coded.get() : orphan(key, textId, index);
    }

    private static KeyInfo orphan(String key, String textId, CatalogIndex index) {
        List<String> codes = textId == null ? List.of() : index.codes(textId);
        return new KeyInfo(key, Kind.ORPHAN, textId, null, 0, codes, Set.of(), Map.of(), List.of(Map.of()), false);
    }

    /** A text id that names a code the catalogue lacks, or a code in bad syntax. */
    private static Optional<KeyInfo> codeKind(String key, String id, CatalogIndex index) {
        Matcher m = IANA_ID.matcher(id);
        if (m.matches()) {
            String code = "X." + m.group(1) + "." + m.group(2);
            if (!NUMBER.matcher(m.group(1)).matches() || !NUMBER.matcher(m.group(2)).matches()) {
                return Optional.of(coded(key, id, Kind.BAD_CODE, code));
            }
            for (StatusClass c : StatusClass.values()) {
                Optional<CatalogCode> cc = CatalogCode.tryParse(c.code() + "." + m.group(1) + "." + m.group(2));
                if (cc.isPresent() && index.has(cc.get(), Origin.STANDARD)) {
                    return Optional.empty();
                }
            }
            return Optional.of(coded(key, id, Kind.UNKNOWN_CODE, code));
        }
        m = READING_ID.matcher(id);
        if (m.matches()) {
            String code = m.group(2);
            Origin origin = Origin.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
            if (!validCatalogCode(code)) {
                return Optional.of(coded(key, id, Kind.BAD_CODE, code));
            }
            CatalogCode cc = CatalogCode.parse(code);
            return index.has(cc, origin) ? Optional.empty() : Optional.of(coded(key, id, Kind.UNKNOWN_CODE, code));
        }
        m = REPLY_ID.matcher(id);
        if (m.matches()) {
            String code = m.group(1);
            if (!REPLY.matcher(code).matches()) {
                return Optional.of(coded(key, id, Kind.BAD_CODE, code));
            }
            return index.has(CatalogCode.of(ReplyCode.of(Integer.parseInt(code)))) ? Optional.empty()
                    : Optional.of(coded(key, id, Kind.UNKNOWN_CODE, code));
        }
        m = CLASS_ID.matcher(id);
        if (m.matches()) {
            String n = m.group(1);
            if (!CLASS_DIGIT.matcher(n).matches()) {
                return Optional.of(coded(key, id, Kind.BAD_CODE, n + ".x.x"));
            }
            return index.has(CatalogCode.ofClass(StatusClass.of(n.charAt(0) - '0').orElseThrow()))
                    ? Optional.empty() : Optional.of(coded(key, id, Kind.UNKNOWN_CODE, n + ".x.x"));
        }
        m = SUBJECT_ID.matcher(id);
        if (m.matches()) {
            String n = m.group(1);
            if (!NUMBER.matcher(n).matches()) {
                return Optional.of(coded(key, id, Kind.BAD_CODE, "X." + n + ".x"));
            }
            for (StatusClass c : StatusClass.values()) {
                if (index.has(CatalogCode.ofSubject(c, Integer.parseInt(n)))) {
                    return Optional.empty();
                }
            }
            return Optional.of(coded(key, id, Kind.UNKNOWN_CODE, "X." + n + ".x"));
        }
        return Optional.empty();
    }

    private static KeyInfo coded(String key, String id, Kind kind, String code) {
        return new KeyInfo(key, kind, id, null, 0, List.of(code), Set.of(), Map.of(), List.of(Map.of()), false);
    }

    /**
     * Whether a catalogue code is valid syntax: RFC 3463 for enhanced codes, with the catalogue's notations
     * {@code 5.1.x}, {@code 5.x.x} and provider ranges {@code 5.7.606-649}; RFC 5321 for basic replies.
     *
     * @param code the code as written
     * @return true when valid
     */
    public static boolean validCatalogCode(String code) {
        if (CATALOG_CODE.matcher(code).matches()) {
            return true;
        }
        if (RANGE_CODE.matcher(code).matches()) {
            return CatalogCode.tryParse(code).isPresent();
        }
        return REPLY.matcher(code).matches();
    }
}
