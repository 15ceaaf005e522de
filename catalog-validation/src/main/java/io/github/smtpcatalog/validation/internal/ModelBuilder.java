// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleEntry;
import io.github.smtpcatalog.i18n.BundleFile;
import io.github.smtpcatalog.i18n.BundleProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the validation units from a catalogue and a set of bundle files. It gathers facts (which key is where,
 * what each pattern contains); the constraints judge them.
 */
public final class ModelBuilder {

    private static final List<String> LIST_FIELDS = List.of("cause", "customerAction", "adminAction");

    /** A definition of a key in one locale. */
    private record Occurrence(BundleFile file, BundleEntry entry, List<BundleProblem> problems) {
    }

    private final CatalogIndex index;
    private final BundleSource source;
    private final List<Object> units = new ArrayList<>();
    /** locale name -> key -> definitions, in file-name then line order. */
    private final Map<String, Map<String, List<Occurrence>>> byLocale = new TreeMap<>();
    private final Set<String> foundNames = new TreeSet<>();
    private final Set<String> suppressedFiles = new HashSet<>();
    private final Map<String, Set<String>> localesByBase = new TreeMap<>();
    private List<String> requiredLocales;

    private ModelBuilder(StatusCatalog catalog, BundleSource source) {
        this.index = new CatalogIndex(catalog);
        this.source = source;
    }

    /**
     * Builds every unit.
     *
     * @param catalog the catalogue
     * @param source  the bundle files
     * @return the units, in a stable order
     */
    public static List<Object> build(StatusCatalog catalog, BundleSource source) {
        ModelBuilder b = new ModelBuilder(catalog, source);
        b.readFiles();
        b.catalogueUnits();
        if (source.unreadable() == null) {
            b.keyUnits();
        }
        return b.units;
    }

    private void readFiles() {
        List<BundleFile> files = new ArrayList<>(source.files());
        files.sort(Comparator.comparing(BundleFile::fileName));
        List<FileUnit> fileUnits = new ArrayList<>();
        for (BundleFile f : files) {
            foundNames.add(f.fileName());
            String unreadable = null;
            for (BundleProblem p : f.problems()) {
                if (p.kind() == BundleProblem.Kind.UNREADABLE) {
                    unreadable = p.message();
                }
            }
            String suffix = f.localeSuffix();
            boolean validLocale = Locales.problem(suffix).isEmpty();
            if (validLocale) {
                localesByBase.computeIfAbsent(f.baseName(), k -> new TreeSet<>()).add(suffix);
            }
            if (unreadable != null) {
                suppressedFiles.add(f.fileName());
                fileUnits.add(new FileUnit(f.fileName(), suffix, unreadable, List.of()));
                continue;
            }
            List<BundleProblem> keyless = new ArrayList<>();
            if (!validLocale) {
                fileUnits.add(new FileUnit(f.fileName(), suffix, null, List.of()));
                continue;
            }
            Map<Integer, List<BundleProblem>> byLine = new HashMap<>();
            for (BundleProblem p : f.problems()) {
                if (p.kind() != BundleProblem.Kind.DUPLICATE_KEY) {
                    byLine.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(p);
                }
            }
            Set<Integer> used = new HashSet<>();
            for (BundleEntry e : f.entries()) {
                // A file without entries (like an intentionally empty _en file) does not make its locale required.
                Map<String, List<Occurrence>> keys = byLocale.computeIfAbsent(suffix, k -> new LinkedHashMap<>());
                List<Occurrence> list = keys.computeIfAbsent(e.key(), k -> new ArrayList<>());
                List<BundleProblem> problems = list.isEmpty() ? byLine.getOrDefault(e.line(), List.of()) : List.of();
                if (!problems.isEmpty()) {
                    used.add(e.line());
                }
                list.add(new Occurrence(f, e, problems));
            }
            byLine.forEach((line, problems) -> {
                if (!used.contains(line)) {
                    keyless.addAll(problems);
                }
            });
            keyless.sort(Comparator.comparingInt(BundleProblem::line));
            fileUnits.add(new FileUnit(f.fileName(), suffix, null, keyless));
        }
        Set<String> required = new TreeSet<>(source.requiredLocales());
        required.addAll(byLocale.keySet());
        requiredLocales = List.copyOf(required);

        Map<String, String> absent = new TreeMap<>();
        if (source.listed() != null) {
            for (String name : source.listed()) {
                if (!foundNames.contains(name)) {
                    absent.put(name, "");
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : localesByBase.entrySet()) {
            for (String l : requiredLocales) {
                String name = Locales.fileName(e.getKey(), l);
                if (!foundNames.contains(name)) {
                    absent.putIfAbsent(name, Locales.display(l));
                }
            }
        }
        suppressedFiles.addAll(absent.keySet());
        units.add(new BundleSetUnit(source.location(), source.unreadable(), List.copyOf(foundNames),
                source.listFile(), source.listed(), source.listUnreadable(), absent, localesByBase));
        // A file whose name has an invalid locale is reported as such, not also as unlisted.
        List<String> listable = new ArrayList<>();
        for (BundleFile f : files) {
            if (Locales.problem(f.localeSuffix()).isEmpty()) {
                listable.add(f.fileName());
            }
        }
        units.add(new BundleListUnit(source.listFile(), source.listed(), listable));
        units.addAll(fileUnits);
    }

    private void catalogueUnits() {
        units.add(new CatalogueUnit(index));
        for (CatalogEntry e : index.catalog().entries()) {
            units.add(new EntryUnit(e));
            for (Reading r : e.readings()) {
                units.add(new ReadingUnit(e, r));
            }
        }
    }

    private void keyUnits() {
        Set<String> keys = new TreeSet<>();
        byLocale.values().forEach(m -> keys.addAll(m.keySet()));
        for (String id : index.textIds()) {
            keys.addAll(KeyInfo.mandatoryKeys(id, index));
        }
        keys.add("notice");
        keys.addAll(KeyInfo.requiredLabels());

        Map<String, KeyInfo> infos = new LinkedHashMap<>();
        Map<String, Set<String>> keysOfId = new HashMap<>();
        for (String key : keys) {
            KeyInfo info = KeyInfo.classify(key, index);
            infos.put(key, info);
            if (info.kind() == KeyInfo.Kind.TEXT) {
                keysOfId.computeIfAbsent(info.textId(), k -> new TreeSet<>()).add(key);
            }
        }
        Map<String, String> baseOfId = new HashMap<>();
        Map<String, Set<String>> idLocales = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : keysOfId.entrySet()) {
            Set<String> locales = new HashSet<>();
            String rootBase = null;
            String anyBase = null;
            for (String key : e.getValue()) {
                for (String l : requiredLocales) {
                    Occurrence o = first(l, key);
                    if (o != null) {
                        locales.add(l);
                        if (l.isEmpty() && rootBase == null) {
                            rootBase = o.file().baseName();
                        }
                        if (anyBase == null) {
                            anyBase = o.file().baseName();
                        }
                    }
                }
            }
            String base = rootBase != null ? rootBase : anyBase;
            idLocales.put(e.getKey(), locales);
            if (base != null) {
                baseOfId.put(e.getKey(), base);
            }
        }

        Map<String, List<LocaleUnit.Title>> titles = new TreeMap<>();
        for (String key : keys) {
            KeyInfo info = infos.get(key);
            Map<String, Translation> translations = new TreeMap<>();
            List<KeyUnit.Duplicate> duplicates = new ArrayList<>();
            String base = null;
            for (Map.Entry<String, Map<String, List<Occurrence>>> loc : byLocale.entrySet()) {
                List<Occurrence> list = loc.getValue().get(key);
                if (list == null) {
                    continue;
                }
                Occurrence o = list.get(0);
                translations.put(loc.getKey(), Translation.of(loc.getKey(), o.file().fileName(), o.entry().line(),
                        o.entry().value(), o.problems()));
                if (base == null || loc.getKey().isEmpty()) {
                    base = o.file().baseName();
                }
                for (int i = 1; i < list.size(); i++) {
                    Occurrence d = list.get(i);
                    duplicates.add(new KeyUnit.Duplicate(d.file().fileName(), d.entry().line(), o.file().fileName(),
                            o.entry().line()));
                }
            }
            if (base == null && info.kind() == KeyInfo.Kind.TEXT) {
                base = baseOfId.get(info.textId());
            }
            if (base == null && info.kind() == KeyInfo.Kind.LABEL) {
                base = baseOfKeys("label.");
            }
            Map<String, String> expected = new TreeMap<>();
            Set<String> excused = new TreeSet<>();
            for (String l : requiredLocales) {
                String file = base == null ? null : Locales.fileName(base, l);
                if (file != null) {
                    expected.put(l, file);
                }
                boolean idAbsent = info.kind() == KeyInfo.Kind.TEXT
                        && !idLocales.getOrDefault(info.textId(), Set.of()).contains(l);
                if (idAbsent || (file != null && suppressedFiles.contains(file))) {
                    excused.add(l);
                }
            }
            units.add(new KeyUnit(info, translations, requiredLocales, excused, expected, duplicates));
            if (info.isTitle()) {
                for (Translation t : translations.values()) {
                    titles.computeIfAbsent(t.locale(), k -> new ArrayList<>()).add(new LocaleUnit.Title(key,
                            info.textId(), info.firstCode(), t.value(), t.file(), t.line()));
                }
            }
        }

        for (String id : index.textIds()) {
            Set<String> idKeys = keysOfId.getOrDefault(id, Set.of());
            Map<String, Set<String>> present = new TreeMap<>();
            Map<String, TextIdUnit.Location> locations = new TreeMap<>();
            for (String l : requiredLocales) {
                Set<String> have = new TreeSet<>();
                for (String key : idKeys) {
                    Occurrence o = first(l, key);
                    if (o != null) {
                        have.add(key);
                        TextIdUnit.Location loc = new TextIdUnit.Location(o.file().fileName(), o.entry().line());
                        if (l.isEmpty()) {
                            locations.put(key, loc);
                        } else {
                            locations.putIfAbsent(key, loc);
                        }
                    }
                }
                present.put(l, have);
            }
            String base = baseOfId.get(id);
            Map<String, String> expected = new TreeMap<>();
            if (base != null) {
                for (String l : requiredLocales) {
                    expected.put(l, Locales.fileName(base, l));
                }
            }
            Set<String> lists = index.isReplyText(id) ? Set.of() : Set.copyOf(LIST_FIELDS);
            units.add(new TextIdUnit(id, index.codes(id), requiredLocales, present, expected,
                    Set.copyOf(suppressedFiles), locations, lists));
        }
        titles.forEach((locale, list) -> units.add(new LocaleUnit(locale, list)));
    }

    private String baseOfKeys(String prefix) {
        Set<String> bases = new LinkedHashSet<>();
        for (String l : requiredLocales) {
            Map<String, List<Occurrence>> m = byLocale.get(l);
            if (m == null) {
                continue;
            }
            for (Map.Entry<String, List<Occurrence>> e : m.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    bases.add(e.getValue().get(0).file().baseName());
                }
            }
        }
        return bases.isEmpty() ? null : bases.iterator().next();
    }

    private Occurrence first(String locale, String key) {
        Map<String, List<Occurrence>> m = byLocale.get(locale);
        List<Occurrence> list = m == null ? null : m.get(key);
        return list == null || list.isEmpty() ? null : list.get(0);
    }
}
