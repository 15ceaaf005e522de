// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of the catalogue: a set of bundle files per locale, looked up along the fallback chain
 * {@code nl-BE -> nl -> root}. The root bundles are English. The JVM's default locale is never consulted.
 *
 * <pre>{@code
 * CatalogTexts texts = CatalogTexts.shipped();
 * texts.pattern("seed.5.1.1.title", Locale.forLanguageTag("nl-BE"));   // the Dutch title (from nl)
 * CatalogTexts mine = CatalogTexts.load(Path.of("my-bundles"));          // a consumer's own bundle folder
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The shipped texts are read lazily, a group of files in one locale
 * at a time, on the first look-up of a key there (a process that explains one code in Dutch reads only the Dutch
 * files it needs); {@link #files()} reads them all.
 *
 * @since 0.1
 */
public final class CatalogTexts {

    static final String RESOURCE_DIR = "/io/github/smtpcatalog/i18n/bundles/";
    private static final String LIST = RESOURCE_DIR + "bundles.list";

    /** The files, for texts made from files; null for the shipped texts (see {@link ShippedBundles#files()}). */
    private final List<BundleFile> files;
    /** Locale name (ICU form: "", "nl", "nl_BE") to merged key/value map; null for the shipped texts. */
    private final Map<String, Map<String, String>> byLocale;
    /** The shipped texts, read per group and locale on demand; null for texts made from files. */
    private final ShippedBundles shipped;
    /** The locale names (ICU form) that have bundles. */
    private final Set<String> localeNames;

    /** Fallback chains already computed, per requested locale; bounded, as callers may pass any locale. */
    private final Map<Locale, List<String>> chains = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_CHAINS = 256;

    private CatalogTexts(List<BundleFile> files) {
        this.files = List.copyOf(files);
        Map<String, Map<String, String>> m = new HashMap<>();
        for (BundleFile f : files) {
            String name = new ULocale(f.localeSuffix()).getName();
            Map<String, String> values = m.computeIfAbsent(name, k -> new HashMap<>());
            for (Map.Entry<String, String> e : f.values().entrySet()) {
                if (values.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    throw new BundleLoadException(f.fileName() + ":" + f.lineOf(e.getKey()) + ": the key "
                            + e.getKey() + " is also defined in another bundle of the same locale", null);
                }
            }
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        this.byLocale = Map.copyOf(frozen);
        this.shipped = null;
        this.localeNames = byLocale.keySet();
    }

    private CatalogTexts(ShippedBundles shipped) {
        this.files = null;
        this.byLocale = null;
        this.shipped = shipped;
        this.localeNames = shipped.localeNames();
    }

    /**
     * The texts shipped with the library (Dutch and English).
     *
     * @return the texts, not null; a broken shipped bundle (a build error, which the build's tests rule out)
     *         throws {@link BundleLoadException} from the first look-up that reads it
     * @throws BundleLoadException when the list of shipped bundles cannot be read
     */
    public static CatalogTexts shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final CatalogTexts SHIPPED = loadShipped();
    }

    private static CatalogTexts loadShipped() {
        return new CatalogTexts(new ShippedBundles(shippedFileNames()));
    }

    /** Reads one shipped bundle file. */
    static BundleFile readShipped(String name) {
        try (InputStream in = CatalogTexts.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new BundleLoadException("The shipped bundle " + name + " is missing from the jar", null);
            }
            return BundleFile.read(in, name);
        } catch (IOException e) {
            throw new BundleLoadException("Cannot read the shipped bundle " + name, e);
        }
    }

    /**
     * The content of one shipped bundle file, or null when reading it fails (the caller then takes
     * {@link #readShipped}, whose result says so).
     */
    static byte[] readShippedBytes(String name) {
        try (InputStream in = CatalogTexts.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new BundleLoadException("The shipped bundle " + name + " is missing from the jar", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Throws for the first error problem of a file. */
    static void checkProblems(BundleFile f) {
        for (BundleProblem p : f.problems()) {
            if (p.kind().isError()) {
                throw new BundleLoadException(f.fileName() + (p.line() > 0 ? ":" + p.line() : "") + ": "
                        + p.kind() + ": " + p.message(), null);
            }
        }
    }

    /**
     * Reads the shipped bundle files as they are, problems and all, without judging them: for validators, which
     * cannot read this module's resources themselves on the module path. A listed file that is missing from
     * the jar is left out.
     *
     * <pre>{@code
     * List<BundleFile> raw = CatalogTexts.readShippedFiles();
     * raw.get(0).problems();   // empty for the shipped bundles
     * }</pre>
     *
     * @return the files in the order of {@code bundles.list}
     * @throws BundleLoadException when the list of shipped bundles cannot be read
     */
    public static List<BundleFile> readShippedFiles() {
        List<BundleFile> files = new ArrayList<>();
        for (String name : shippedFileNames()) {
            try (InputStream in = CatalogTexts.class.getResourceAsStream(RESOURCE_DIR + name)) {
                if (in != null) {
                    files.add(BundleFile.read(in, name));
                }
            } catch (IOException e) {
                files.add(BundleFile.parse(name, new byte[0]));
            }
        }
        return Collections.unmodifiableList(files);
    }

    /**
     * The file names of the shipped bundles, as listed in {@code bundles.list}.
     *
     * @return the names, e.g. {@code seed.properties}, {@code seed_nl.properties}
     */
    public static List<String> shippedFileNames() {
        List<String> names = new ArrayList<>();
        try (InputStream in = CatalogTexts.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new BundleLoadException("The list of shipped bundles is missing from the jar", null);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
        } catch (IOException e) {
            throw new BundleLoadException("Cannot read the list of shipped bundles", e);
        }
        return Collections.unmodifiableList(names);
    }

    /**
     * Loads every {@code *.properties} file of a folder laid out like the shipped bundle folder.
     *
     * @param dir the folder, not null
     * @return the texts
     * @throws BundleLoadException when the folder cannot be read or a file has an error
     */
    public static CatalogTexts load(Path dir) {
        return of(readFolder(dir));
    }

    /**
     * Reads every {@code *.properties} file of a folder, problems and all, without judging them.
     *
     * @param dir the folder, not null
     * @return the files, sorted by name
     * @throws BundleLoadException when the folder cannot be listed
     */
    public static List<BundleFile> readFolder(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + BundleFile.EXTENSION)) {
            ds.forEach(paths::add);
        } catch (IOException | SecurityException e) {
            throw new BundleLoadException("Cannot read the bundle folder " + dir + ": " + e.getMessage(), e);
        }
        Collections.sort(paths);
        List<BundleFile> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(BundleFile.read(p));
        }
        return files;
    }

    /**
     * Texts from bundle files already read.
     *
     * @param files the files, not null
     * @return the texts
     * @throws BundleLoadException when a file has an error problem or a key is defined twice for one locale
     */
    public static CatalogTexts of(Collection<BundleFile> files) {
        for (BundleFile f : files) {
            checkProblems(f);
        }
        return new CatalogTexts(new ArrayList<>(files));
    }

    /**
     * The bundle files.
     *
     * @return an unmodifiable list
     */
    public List<BundleFile> files() {
        return files != null ? files : shipped.files();
    }

    /**
     * The locales that have bundles; the root bundle is {@link Locale#ROOT}.
     *
     * @return an unmodifiable set
     */
    public Set<Locale> locales() {
        Set<Locale> out = new LinkedHashSet<>();
        for (String name : localeNames) {
            out.add(new ULocale(name).toLocale());
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The fallback chain of a locale within these texts: the locale, its parents, and root, keeping only those
     * that have bundles.
     *
     * @param locale the requested locale, not null
     * @return ICU locale names from most to least specific, ending with "" (root) when there is a root bundle
     */
    List<String> chain(Locale locale) {
        List<String> cached = chains.get(Objects.requireNonNull(locale, "locale"));
        if (cached != null) {
            return cached;
        }
        List<String> chain = computeChain(locale);
        if (chains.size() < MAX_CACHED_CHAINS) {
            chains.putIfAbsent(locale, chain);
        }
        return chain;
    }

    private List<String> computeChain(Locale locale) {
        List<String> chain = new ArrayList<>(4);
        ULocale u = ULocale.forLocale(Objects.requireNonNull(locale, "locale"));
        while (true) {
            String name = u.getName();
            if (localeNames.contains(name)) {
                chain.add(name);
            }
            if (name.isEmpty()) {
                break;
            }
            u = u.getFallback();
            if (u == null) {
                u = ULocale.ROOT;
            }
        }
        return List.copyOf(chain);
    }

    /**
     * The most specific locale that these texts serve for the request: {@code nl} for {@code nl-BE} when there
     * is no Belgian bundle, English for root.
     *
     * @param locale the requested locale, not null
     * @return the locale used
     */
    public Locale resolve(Locale locale) {
        return resolve(chain(locale));
    }

    /** The locale that a chain serves: its first locale, English for root or an empty chain. */
    static Locale resolve(List<String> chain) {
        if (chain.isEmpty() || chain.get(0).isEmpty()) {
            return Locale.ENGLISH;
        }
        return new ULocale(chain.get(0)).toLocale();
    }

    /**
     * The pattern of a key for a locale, looked up along the fallback chain.
     *
     * @param key    the key, e.g. {@code seed.5.1.1.title}
     * @param locale the locale, not null
     * @return the pattern, or empty when no bundle in the chain has the key
     */
    public Optional<String> pattern(String key, Locale locale) {
        return pattern(key, chain(locale));
    }

    Optional<String> pattern(String key, List<String> chain) {
        for (int i = 0; i < chain.size(); i++) {
            String v = patternAt(key, chain, i);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The pattern of a key in the locale at {@code i} of a fallback chain, without fallback, where the caller
     * found the key in none of the chain's earlier locales.
     *
     * @param key   the key
     * @param chain a chain of {@link #chain}
     * @param i     the index of the locale in it
     * @return the pattern, or null when that locale lacks the key
     */
    String patternAt(String key, List<String> chain, int i) {
        return shipped != null ? shipped.value(chain, i, key) : byLocale.get(chain.get(i)).get(key);
    }

    @Override
    public String toString() {
        int n = shipped != null ? shipped.fileNames().size() : files.size();
        return "CatalogTexts[" + n + " files, locales " + localeNames + "]";
    }
}
