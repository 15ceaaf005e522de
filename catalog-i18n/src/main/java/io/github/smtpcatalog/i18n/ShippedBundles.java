// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped bundle files, read one group and locale at a time, on the first look-up of a key there: a process
 * that explains one code in Dutch reads the Dutch seed and class texts, not all sixteen files (start-up time).
 *
 * <p>{@code bundles.keys} says which files (by base name) hold the keys whose first segment (the part before the
 * first {@code .}) is given: a key is looked up in the files of its segment, then in any listed file that
 * {@code bundles.keys} does not name (read on the first such look-up). A test checks that every key of every
 * shipped file is declared, so in practice only the files of the key's segment are ever read. A file with an
 * error, or a key defined twice in one locale, throws {@link BundleLoadException} when its group is read.
 *
 * <p>Thread-safe: each group and locale is read once; a read that fails is tried again on the next look-up.
 */
final class ShippedBundles {

    static final String KEYS = CatalogTexts.RESOURCE_DIR + "bundles.keys";
    /** The directive of {@code bundles.keys} that names the complete locales. */
    static final String COMPLETE = "@complete";

    /** Files of one or more base names, read per locale on demand. */
    private static final class Group {
        /** Locale name (ICU form) to the file names of this group in that locale. */
        final Map<String, List<String>> files = new HashMap<>();
        final Map<String, Map<String, String>> loaded = new ConcurrentHashMap<>();

        Map<String, String> values(String localeName) {
            Map<String, String> v = loaded.get(localeName);
            if (v == null) {
                synchronized (this) {
                    v = loaded.get(localeName);
                    if (v == null) {
                        v = read(localeName);
                        loaded.put(localeName, v);
                    }
                }
            }
            return v;
        }

        private Map<String, String> read(String localeName) {
            List<String> names = files.get(localeName);
            if (names == null) {
                return Map.of();
            }
            Map<String, String> values = new HashMap<>();
            for (String name : names) {
                // Shipped files are plain (a test checks it): read without the strict reader's per-line work.
                // Anything else, problems included, takes the strict reader, with its checks and messages.
                byte[] bytes = CatalogTexts.readShippedBytes(name);
                Map<String, String> plain = bytes == null ? null : BundleFile.parsePlain(bytes);
                if (plain == null) {
                    BundleFile f = bytes == null ? CatalogTexts.readShipped(name) : BundleFile.parse(name, bytes);
                    CatalogTexts.checkProblems(f);
                    plain = f.values();
                }
                for (Map.Entry<String, String> e : plain.entrySet()) {
                    if (values.putIfAbsent(e.getKey(), e.getValue()) != null) {
                        BundleFile f = CatalogTexts.readShipped(name);
                        throw new BundleLoadException(f.fileName() + ":" + f.lineOf(e.getKey()) + ": the key "
                                + e.getKey() + " is also defined in another bundle of the same locale", null);
                    }
                }
            }
            return Map.copyOf(values);
        }

        boolean isRead(String localeName) {
            return loaded.containsKey(localeName);
        }
    }

    private final List<String> fileNames;
    private final Set<String> localeNames;
    private final Map<String, Group> bySegment = new HashMap<>();
    private final Group undeclared = new Group();
    /** Locales whose files hold every key that the root files hold ({@code @complete} in {@code bundles.keys}). */
    private final Set<String> complete;
    private volatile List<BundleFile> all;

    ShippedBundles(List<String> fileNames) {
        this.fileNames = List.copyOf(fileNames);
        Map<String, Group> byBase = new HashMap<>();
        Map<String, List<String>> keys = readKeys();
        List<String> completeNames = keys.remove(COMPLETE);
        this.complete = completeNames == null ? Set.of() : Set.copyOf(completeNames);
        for (Map.Entry<String, List<String>> e : keys.entrySet()) {
            Group g = null;
            for (String base : e.getValue()) {
                g = g != null ? g : byBase.get(base);
            }
            if (g == null) {
                g = new Group();
            }
            for (String base : e.getValue()) {
                byBase.put(base, g);
            }
            bySegment.put(e.getKey(), g);
        }
        Set<String> locales = new LinkedHashSet<>();
        for (String name : fileNames) {
            String stem = name.endsWith(BundleFile.EXTENSION)
                    ? name.substring(0, name.length() - BundleFile.EXTENSION.length()) : name;
            int u = stem.indexOf('_');
            String base = u < 0 ? stem : stem.substring(0, u);
            String locale = new ULocale(u < 0 ? "" : stem.substring(u + 1)).getName();
            locales.add(locale);
            Group g = byBase.getOrDefault(base, undeclared);
            List<String> names = g.files.get(locale);
            if (names == null) {
                names = new ArrayList<>(2);
                g.files.put(locale, names);
            }
            names.add(name);
        }
        this.localeNames = Set.copyOf(locales);
    }

    /** Segment to base names, from {@code bundles.keys}: lines {@code segment base...}, # comments. */
    private static Map<String, List<String>> readKeys() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = ShippedBundles.class.getResourceAsStream(KEYS)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                List<String> words = words(s);
                out.put(words.get(0), words.subList(1, words.size()));
            }
        } catch (IOException e) {
            throw new BundleLoadException("Cannot read " + KEYS, e);
        }
        return out;
    }

    /** The words of a line, split at spaces and tabs (no regular expression: start-up). */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    List<String> fileNames() {
        return fileNames;
    }

    /**
     * Every shipped file, read on the first call, with every check of {@link CatalogTexts#of} (duplicate keys
     * across files included).
     */
    List<BundleFile> files() {
        List<BundleFile> f = all;
        if (f == null) {
            List<BundleFile> read = new ArrayList<>();
            for (String name : fileNames) {
                read.add(CatalogTexts.readShipped(name));
            }
            f = CatalogTexts.of(read).files();
            all = f;
        }
        return f;
    }

    Set<String> localeNames() {
        return localeNames;
    }

    /**
     * The value of a key in the locale at {@code i} of a fallback chain (no fallback), or null, where the caller
     * found the key in none of the chain's earlier locales. When one of those is complete (it holds every key of
     * root), root lacks the key too: its files are not read for it (a Dutch explanation probes one key past
     * the end of each list, which would otherwise read the English files of the group).
     *
     * @param chain ICU locale names, most specific first
     * @param i     the index of the locale to look in
     * @param key   the key
     * @return the value, or null
     */
    String value(List<String> chain, int i, String key) {
        String name = chain.get(i);
        if (name.isEmpty()) {
            for (int j = 0; j < i; j++) {
                if (complete.contains(chain.get(j))) {
                    return null;
                }
            }
        }
        return value(name, key);
    }

    /** The locales declared complete: their files hold every key of the root files. */
    Set<String> completeLocales() {
        return complete;
    }

    /** Whether the files of a key's group in a locale have been read (for tests). */
    boolean isRead(String localeName, String key) {
        int dot = key.indexOf('.');
        Group g = bySegment.get(dot < 0 ? key : key.substring(0, dot));
        return g != null && g.isRead(localeName);
    }

    /** The value of a key in one locale (no fallback), or null. */
    String value(String localeName, String key) {
        int dot = key.indexOf('.');
        Group g = bySegment.get(dot < 0 ? key : key.substring(0, dot));
        if (g != null) {
            String v = g.values(localeName).get(key);
            if (v != null) {
                return v;
            }
        }
        return undeclared.files.isEmpty() ? null : undeclared.values(localeName).get(key);
    }
}
