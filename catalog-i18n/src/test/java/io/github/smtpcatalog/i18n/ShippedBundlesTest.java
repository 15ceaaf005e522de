// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped texts are read lazily, by the segment index in {@code bundles.keys}, and give what eager reading gives. */
class ShippedBundlesTest {

    @Test
    void every_key_of_every_shipped_file_is_found_through_the_index_of_its_segment() {
        ShippedBundles lazy = new ShippedBundles(CatalogTexts.shippedFileNames());
        List<String> problems = new ArrayList<>();
        for (String name : CatalogTexts.shippedFileNames()) {
            BundleFile f = CatalogTexts.readShipped(name);
            String locale = new com.ibm.icu.util.ULocale(f.localeSuffix()).getName();
            for (Map.Entry<String, String> e : f.values().entrySet()) {
                if (!e.getValue().equals(lazy.value(locale, e.getKey()))) {
                    problems.add(name + ": " + e.getKey());
                }
            }
        }
        assertThat(problems).as("keys whose first segment bundles.keys does not declare for their file").isEmpty();
    }

    @Test
    void every_shipped_file_is_named_in_the_index() {
        List<String> declared = new ArrayList<>();
        for (String line : resource(ShippedBundles.KEYS).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                String[] f = s.split("\\s+");
                declared.addAll(List.of(f).subList(1, f.length));
            }
        }
        for (String name : CatalogTexts.shippedFileNames()) {
            String base = name.replaceAll("(_[A-Za-z]+)*\\.properties$", "");
            assertThat(declared).as("bundles.keys names " + name).contains(base);
        }
    }

    @Test
    void lazy_and_eager_texts_give_the_same_patterns_and_locales() {
        CatalogTexts lazy = CatalogTexts.shipped();
        List<BundleFile> all = new ArrayList<>();
        for (String name : CatalogTexts.shippedFileNames()) {
            all.add(CatalogTexts.readShipped(name));
        }
        CatalogTexts eager = CatalogTexts.of(all);
        assertThat(lazy.locales()).containsExactlyInAnyOrderElementsOf(eager.locales());
        for (Locale l : List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("nl-BE"), Locale.ENGLISH,
                Locale.ROOT, Locale.GERMAN)) {
            assertThat(lazy.chain(l)).isEqualTo(eager.chain(l));
            assertThat(lazy.resolve(l)).isEqualTo(eager.resolve(l));
            for (BundleFile f : all) {
                for (String key : f.values().keySet()) {
                    assertThat(lazy.pattern(key, l)).as(key).isEqualTo(eager.pattern(key, l));
                }
            }
            assertThat(lazy.pattern("seed.no.such.key", l)).isEmpty();
            assertThat(lazy.pattern("nosegment", l)).isEmpty();
        }
        assertThat(lazy.files()).hasSameSizeAs(eager.files());
    }

    @Test
    void every_shipped_file_takes_the_plain_reader_and_it_gives_what_the_strict_reader_gives() {
        for (String name : CatalogTexts.shippedFileNames()) {
            byte[] bytes = CatalogTexts.readShippedBytes(name);
            BundleFile strict = BundleFile.parse(name, bytes);
            assertThat(strict.problems()).as(name).isEmpty();
            assertThat(BundleFile.parsePlain(bytes)).as(name).isNotNull().isEqualTo(strict.values());
        }
    }

    @Test
    void every_locale_declared_complete_has_every_key_of_the_root_files() {
        ShippedBundles shipped = new ShippedBundles(CatalogTexts.shippedFileNames());
        assertThat(shipped.completeLocales()).containsExactly("nl");
        java.util.Set<String> root = new java.util.TreeSet<>();
        Map<String, java.util.Set<String>> byLocale = new java.util.HashMap<>();
        for (String name : CatalogTexts.shippedFileNames()) {
            BundleFile f = CatalogTexts.readShipped(name);
            String locale = new com.ibm.icu.util.ULocale(f.localeSuffix()).getName();
            if (locale.isEmpty()) {
                root.addAll(f.values().keySet());
            } else {
                byLocale.computeIfAbsent(locale, k -> new java.util.TreeSet<>()).addAll(f.values().keySet());
            }
        }
        for (String locale : shipped.completeLocales()) {
            java.util.Set<String> missing = new java.util.TreeSet<>(root);
            missing.removeAll(byLocale.getOrDefault(locale, java.util.Set.of()));
            assertThat(missing).as("root keys that the complete locale " + locale + " lacks").isEmpty();
        }
    }

    @Test
    void a_key_that_a_complete_locale_lacks_is_not_looked_for_in_the_root_files() {
        ShippedBundles shipped = new ShippedBundles(CatalogTexts.shippedFileNames());
        List<String> chain = List.of("nl", "");
        assertThat(shipped.value(chain, 0, "seed.5.1.1.title")).isNotNull();
        assertThat(shipped.value(chain, 0, "seed.5.1.1.cause.9")).isNull();
        assertThat(shipped.value(chain, 1, "seed.5.1.1.cause.9")).isNull();
        assertThat(shipped.isRead("nl", "seed.x")).isTrue();
        assertThat(shipped.isRead("", "seed.x")).isFalse();
        // Without a complete locale before it, root is read as before.
        assertThat(shipped.value(List.of(""), 0, "seed.5.1.1.title")).isNotNull();
        assertThat(shipped.isRead("", "seed.x")).isTrue();
    }

    private static String resource(String path) {
        try (var in = ShippedBundlesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
