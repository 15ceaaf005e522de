// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.core.StatusCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every entry and reading has every text in nl and en, and every pattern renders; all gaps listed at once. */
class TextsCompletenessTest {

    private static final CatalogTexts TEXTS = CatalogTexts.shipped();
    private static final List<String> LOCALES = List.of("", "nl");

    private static Map<String, String> bundle(String locale) {
        Map<String, String> all = new HashMap<>();
        for (BundleFile f : TEXTS.files()) {
            if (f.localeSuffix().equals(locale)) {
                all.putAll(f.values());
            }
        }
        return all;
    }

    @Test
    void every_reading_has_every_text_in_both_languages() {
        List<String> gaps = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (CatalogEntry e : StatusCatalog.standard().entries()) {
            for (Reading r : e.readings()) {
                ids.add(r.textId());
            }
        }
        for (String loc : LOCALES) {
            Map<String, String> b = bundle(loc);
            for (String id : ids) {
                boolean reply = id.startsWith("reply.");
                for (String f : List.of("title", "customer", "technical")) {
                    if (!b.containsKey(id + "." + f)) {
                        gaps.add(name(loc) + " " + id + "." + f);
                    }
                }
                if (!reply) {
                    for (String f : List.of("cause", "customerAction", "adminAction")) {
                        if (!b.containsKey(id + "." + f + ".1")) {
                            gaps.add(name(loc) + " " + id + "." + f + ".1");
                        }
                    }
                }
            }
            for (String c : List.of("2", "4", "5")) {
                for (String f : List.of("lead", "technicalLead")) {
                    if (!b.containsKey("class." + c + "." + f)) {
                        gaps.add(name(loc) + " class." + c + "." + f);
                    }
                }
            }
        }
        assertThat(gaps).as("missing texts").isEmpty();
    }

    @Test
    void both_languages_have_the_same_keys() {
        Set<String> en = new TreeSet<>(bundle("").keySet());
        Set<String> nl = new TreeSet<>(bundle("nl").keySet());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(nl);
        Set<String> onlyNl = new TreeSet<>(nl);
        onlyNl.removeAll(en);
        assertThat(onlyEn).as("keys only in English").isEmpty();
        assertThat(onlyNl).as("keys only in Dutch").isEmpty();
    }

    @Test
    void every_pattern_renders_with_and_without_arguments_and_names_agree() {
        Map<String, String> en = bundle("");
        Map<String, String> nl = bundle("nl");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : en.entrySet()) {
            String key = e.getKey();
            Set<String> enArgs = args(e.getValue());
            for (String loc : LOCALES) {
                String p = loc.isEmpty() ? e.getValue() : nl.get(key);
                if (p != null) {
                    unguarded(p).forEach(a -> problems.add(name(loc) + " " + key + ": {" + a
                            + "} outside a select with a 'none' branch would print \"none\""));
                }
            }
            Set<String> nlArgs = nl.containsKey(key) ? args(nl.get(key)) : enArgs;
            if (!enArgs.equals(nlArgs)) {
                problems.add(key + ": en " + enArgs + " nl " + nlArgs);
            }
            for (String loc : LOCALES) {
                String p = loc.isEmpty() ? e.getValue() : nl.get(key);
                if (p == null) {
                    continue;
                }
                for (String value : List.of(Explainer.ABSENT, "jan@example.nl")) {
                    Map<String, Object> a = new HashMap<>();
                    for (String n : enArgs) {
                        a.put(n, n.equals("recipient") || n.equals("domain") || n.equals("product") ? value : 250);
                    }
                    try {
                        String out = new MessageFormat(p, new ULocale(loc)).format(a);
                        if (out.contains("{") || out.contains("}")) {
                            problems.add(name(loc) + " " + key + ": leftover in \"" + out + "\"");
                        }
                    } catch (IllegalArgumentException ex) {
                        problems.add(name(loc) + " " + key + ": " + ex.getMessage());
                    }
                }
            }
        }
        assertThat(problems).as("pattern problems").isEmpty();
    }

    @Test
    void no_dutch_text_uses_informal_address() {
        List<String> informal = new ArrayList<>();
        for (Map.Entry<String, String> e : bundle("nl").entrySet()) {
            String v = " " + e.getValue().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
            if (v.contains(" je ") || v.contains(" jij ") || v.contains(" jouw ") || v.contains(" jullie ")) {
                informal.add(e.getKey());
            }
        }
        assertThat(informal).isEmpty();
    }

    /** String arguments used as plain {name} without an enclosing select on the same name (branch other than none). */
    private static List<String> unguarded(String pattern) {
        List<String> out = new ArrayList<>();
        MessagePattern mp = new MessagePattern(pattern);
        java.util.ArrayDeque<String[]> frames = new java.util.ArrayDeque<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            switch (part.getType()) {
                case ARG_START:
                    String argName = mp.getSubstring(mp.getPart(i + 1));
                    if (part.getArgType() == MessagePattern.ArgType.NONE && Set.of("recipient", "domain", "product")
                            .contains(argName)) {
                        boolean guarded = frames.stream().anyMatch(f -> f[0].equals(argName)
                                && f[1].equals("SELECT") && f[2] != null && !f[2].equals(Explainer.ABSENT));
                        if (!guarded) {
                            out.add(argName);
                        }
                    }
                    frames.push(new String[] {argName, part.getArgType().name(), null});
                    break;
                case ARG_SELECTOR:
                    frames.peek()[2] = mp.getSubstring(part);
                    break;
                case ARG_LIMIT:
                    frames.pop();
                    break;
                default:
                    break;
            }
        }
        return out;
    }

    private static Set<String> args(String pattern) {
        Set<String> names = new TreeSet<>();
        MessagePattern mp = new MessagePattern(pattern);
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(mp.getSubstring(part));
            }
        }
        return names;
    }

    private static String name(String loc) {
        return loc.isEmpty() ? "[en]" : "[" + loc + "]";
    }
}
