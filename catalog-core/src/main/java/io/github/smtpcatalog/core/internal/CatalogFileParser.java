// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core.internal;

import io.github.smtpcatalog.core.Agreement;
import io.github.smtpcatalog.core.BounceCategory;
import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.CatalogLoadException;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the catalogue data file: tab-separated, one reading per line, {@code #} comments. Every malformed line
 * is an error with its number and reason; nothing is half-loaded.
 */
public final class CatalogFileParser {

    /** The columns of the data file, in order. */
    public static final List<String> COLUMNS = List.of("code", "reading", "text", "sources", "replies", "category",
            "sisimai", "retry", "agreement", "params", "provenance");

    private CatalogFileParser() {
    }

    /**
     * Parses a data file into entries.
     *
     * @param reader the data
     * @param name   the name for error messages
     * @return the entries, in file order of their first reading
     * @throws CatalogLoadException   when a line is malformed
     * @throws UncheckedIOException   when reading fails
     */
    public static List<CatalogEntry> parse(Reader reader, String name) {
        Map<CatalogCode, List<Reading>> byCode = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != COLUMNS.size()) {
                    throw error(name, lineNo, "expected " + COLUMNS.size() + " tab-separated columns, found "
                            + f.length);
                }
                // Error messages are built only on error, and no lambdas: this runs at start-up.
                Optional<CatalogCode> parsed = CatalogCode.tryParse(f[0]);
                if (parsed.isEmpty()) {
                    throw error(name, lineNo, "invalid code \"" + f[0] + "\"");
                }
                CatalogCode code = parsed.get();
                Origin origin = enumValue(Origin.class, f[1], name, lineNo, "reading");
                Reading.Builder b = Reading.builder(origin, required(f[2], name, lineNo, "text"));
                b.sources(sources(f[3], name, lineNo));
                b.replyCodes(replies(f[4], name, lineNo));
                Optional<BounceCategory> category = BounceCategory.fromId(f[5]);
                if (category.isEmpty()) {
                    throw error(name, lineNo, "unknown category \"" + f[5] + "\"");
                }
                b.category(category.get());
                b.sisimaiReason(f[6].equals("-") ? null : required(f[6], name, lineNo, "sisimai"));
                if (!f[7].equals("yes") && !f[7].equals("no")) {
                    throw error(name, lineNo, "retry must be yes or no, found \"" + f[7] + "\"");
                }
                b.retryable(f[7].equals("yes"));
                b.agreement(agreement(origin, f[8], name, lineNo));
                params(f[9], b, name, lineNo);
                b.provenance(required(f[10], name, lineNo, "provenance"));
                if (code.isRange() && !origin.isProvider()) {
                    throw error(name, lineNo, "only provider readings may use a detail range: " + code);
                }
                List<Reading> list = byCode.get(code);
                if (list == null) {
                    list = new ArrayList<>(2);
                    byCode.put(code, list);
                }
                for (Reading r : list) {
                    if (r.origin() == origin) {
                        throw error(name, lineNo, "a second " + origin + " reading for " + code);
                    }
                }
                try {
                    list.add(b.build());
                } catch (IllegalArgumentException e) {
                    throw error(name, lineNo, e.getMessage());
                }
            }
        } catch (CharacterCodingException e) {
            throw new CatalogLoadException(name, lineNo + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (byCode.isEmpty()) {
            throw error(name, 0, "the data file has no entries");
        }
        List<CatalogEntry> entries = new ArrayList<>(byCode.size());
        for (Map.Entry<CatalogCode, List<Reading>> e : byCode.entrySet()) {
            entries.add(new CatalogEntry(e.getKey(), e.getValue()));
        }
        return entries;
    }

    private static CatalogLoadException error(String name, int line, String reason) {
        return new CatalogLoadException(name, line, reason, null);
    }

    private static String required(String value, String name, int line, String column) {
        if (value.isBlank() || value.equals("-") || !value.strip().equals(value)) {
            throw error(name, line, "column " + column + " must hold a value without surrounding spaces");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name, int line,
            String column) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw error(name, line, "unknown " + column + " \"" + value + "\"");
        }
    }

    private static Set<Source> sources(String value, String name, int line) {
        Set<Source> out = EnumSet.noneOf(Source.class);
        for (String s : value.split(",", -1)) {
            out.add(enumValue(Source.class, s, name, line, "source"));
        }
        return out;
    }

    private static List<ReplyCode> replies(String value, String name, int line) {
        if (value.equals("-")) {
            return List.of();
        }
        List<ReplyCode> out = new ArrayList<>();
        for (String s : value.split(",", -1)) {
            Optional<ReplyCode> r = ReplyCode.tryParse(s);
            if (r.isEmpty() || !s.strip().equals(s)) {
                throw error(name, line, "invalid basic reply code \"" + s + "\"");
            }
            out.add(r.get());
        }
        return out;
    }

    private static Agreement agreement(Origin origin, String value, String name, int line) {
        if (origin == Origin.STANDARD) {
            if (!value.equals("-")) {
                throw error(name, line, "a STANDARD reading has agreement -, found \"" + value + "\"");
            }
            return Agreement.STANDARD;
        }
        if (value.equals("-") || value.equals("standard")) {
            throw error(name, line, "a " + origin + " reading needs an agreement: same, partial, different or "
                    + "unregistered");
        }
        return enumValue(Agreement.class, value.toUpperCase(Locale.ROOT), name, line, "agreement");
    }

    private static boolean isLetters(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isLetter(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void params(String value, Reading.Builder b, String name, int line) {
        if (value.equals("-")) {
            return;
        }
        for (String p : value.split(";", -1)) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw error(name, line, "a parameter must be name=number, found \"" + p + "\"");
            }
            String key = p.substring(0, eq);
            if (!isLetters(key)) {
                throw error(name, line, "a parameter name must be letters only, found \"" + key + "\"");
            }
            try {
                b.param(key, Integer.parseInt(p.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw error(name, line, "a parameter value must be a whole number, found \"" + p + "\"");
            }
        }
    }
}
