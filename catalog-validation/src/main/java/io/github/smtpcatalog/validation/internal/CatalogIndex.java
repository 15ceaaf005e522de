// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.StatusCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The text ids the catalogue uses, with the entries and readings that use each. Built once per validation.
 */
public final class CatalogIndex {

    /**
     * A reading of an entry.
     *
     * @param code    the entry's code
     * @param level   the entry's level
     * @param reading the reading
     */
    public record Use(CatalogCode code, Level level, Reading reading) {
    }

    private final StatusCatalog catalog;
    private final Map<String, List<Use>> byTextId;

    /**
     * Indexes a catalogue.
     *
     * @param catalog the catalogue
     */
    public CatalogIndex(StatusCatalog catalog) {
        this.catalog = catalog;
        Map<String, List<Use>> m = new TreeMap<>();
        for (CatalogEntry e : catalog.entries()) {
            for (Reading r : e.readings()) {
                m.computeIfAbsent(r.textId(), k -> new ArrayList<>()).add(new Use(e.code(), e.level(), r));
            }
        }
        Map<String, List<Use>> frozen = new LinkedHashMap<>();
        m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byTextId = Collections.unmodifiableMap(frozen);
    }

    /**
     * The catalogue.
     *
     * @return the catalogue
     */
    public StatusCatalog catalog() {
        return catalog;
    }

    /**
     * Every text id the catalogue uses, sorted.
     *
     * @return the ids
     */
    public List<String> textIds() {
        return List.copyOf(byTextId.keySet());
    }

    /**
     * The uses of a text id.
     *
     * @param textId the id
     * @return the uses, empty when the catalogue does not use the id
     */
    public List<Use> uses(String textId) {
        return byTextId.getOrDefault(textId, List.of());
    }

    /**
     * The codes that use a text id, in catalogue order.
     *
     * @param textId the id
     * @return the codes as written in the catalogue
     */
    public List<String> codes(String textId) {
        List<String> out = new ArrayList<>();
        for (Use u : uses(textId)) {
            String c = u.code().toString();
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether a text id belongs only to basic replies (which need no causes or actions).
     *
     * @param textId the id
     * @return true for reply texts
     */
    public boolean isReplyText(String textId) {
        List<Use> uses = uses(textId);
        return !uses.isEmpty() && uses.stream().allMatch(u -> u.level() == Level.REPLY);
    }

    /**
     * Whether a text id is used by a class entry (which also needs {@code lead} and {@code technicalLead}).
     *
     * @param textId the id
     * @return true for class texts
     */
    public boolean isClassText(String textId) {
        return uses(textId).stream().anyMatch(u -> u.level() == Level.CLASS);
    }

    /**
     * The numeric parameters of the readings that use a text id, e.g. {@code attachments=250}.
     *
     * @param textId the id
     * @return name to value, in first-use order
     */
    public Map<String, Integer> params(String textId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Use u : uses(textId)) {
            u.reading().params().forEach(out::putIfAbsent);
        }
        return out;
    }

    /**
     * The distinct parameter sets of the readings that use a text id: the library passes each reading only its
     * own parameters.
     *
     * @param textId the id
     * @return the parameter maps, at least one (possibly empty)
     */
    public List<Map<String, Integer>> readingParams(String textId) {
        List<Map<String, Integer>> out = new ArrayList<>();
        for (Use u : uses(textId)) {
            Map<String, Integer> p = Map.copyOf(u.reading().params());
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            out.add(Map.of());
        }
        return List.copyOf(out);
    }

    /**
     * Whether the catalogue has an entry with this code.
     *
     * @param code the code
     * @return true when it has
     */
    public boolean has(CatalogCode code) {
        return catalog.find(code).isPresent();
    }

    /**
     * Whether the catalogue has an entry with this code and a reading of this origin.
     *
     * @param code   the code
     * @param origin the origin
     * @return true when it has
     */
    public boolean has(CatalogCode code, Origin origin) {
        Optional<CatalogEntry> e = catalog.find(code);
        return e.isPresent() && e.get().reading(origin).isPresent();
    }
}
