// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Locale names as they appear in bundle file names ({@code seed_nl_BE.properties} has the name {@code nl_BE};
 * the root bundle has the name {@code ""}). The root bundles are English, so the language rules of root are
 * English ones (plural categories, copy checks).
 */
public final class Locales {

    private static final Set<String> LANGUAGES = Set.of(ULocale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(ULocale.getISOCountries());

    private Locales() {
    }

    /**
     * Why a locale part of a file name is not valid.
     *
     * @param reason a keyword for the message: {@code parts}, {@code form}, {@code language}, {@code script},
     *               {@code region}, {@code part}, {@code illformed} or {@code canonical}
     * @param part   the offending part, or for {@code canonical} the canonical form
     */
    public record LocaleProblem(String reason, String part) {
    }

    /**
     * Checks the locale part of a bundle file name.
     *
     * @param suffix the part after the base name, e.g. {@code nl}, {@code nl_BE}, {@code ""} for root
     * @return empty when valid, else the reason
     */
    public static Optional<LocaleProblem> problem(String suffix) {
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = suffix.split("_", -1);
        if (parts.length > 3) {
            return Optional.of(new LocaleProblem("parts", suffix));
        }
        String language = parts[0];
        if (!language.matches("[a-z]{2,3}")) {
            return Optional.of(new LocaleProblem("form", language));
        }
        if (!LANGUAGES.contains(language)) {
            return Optional.of(new LocaleProblem("language", language));
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (p.matches("[A-Z][a-z]{3}") && i == 1) {
                if (UScript.getCodeFromName(p) == UScript.INVALID_CODE) {
                    return Optional.of(new LocaleProblem("script", p));
                }
            } else if (p.matches("[A-Z]{2}") && last) {
                if (!REGIONS.contains(p)) {
                    return Optional.of(new LocaleProblem("region", p));
                }
            } else if (!(p.matches("[0-9]{3}") && last)) {
                return Optional.of(new LocaleProblem("part", p));
            }
        }
        try {
            new Locale.Builder().setLanguageTag(suffix.replace('_', '-'));
        } catch (IllformedLocaleException e) {
            return Optional.of(new LocaleProblem("illformed", suffix));
        }
        String canonical = new ULocale(suffix).getName();
        if (!canonical.equals(suffix)) {
            return Optional.of(new LocaleProblem("canonical", canonical));
        }
        return Optional.empty();
    }

    /**
     * The language whose rules apply to a locale name: root counts as English.
     *
     * @param name the locale name
     * @return the language code, e.g. {@code nl}
     */
    public static String language(String name) {
        return name.isEmpty() ? "en" : new ULocale(name).getLanguage();
    }

    /**
     * The ICU locale whose rules apply: root counts as English.
     *
     * @param name the locale name
     * @return the locale
     */
    public static ULocale rulesLocale(String name) {
        return name.isEmpty() ? ULocale.ENGLISH : new ULocale(name);
    }

    /**
     * The name as shown in messages: {@code root} or a BCP 47 tag such as {@code nl-BE}.
     *
     * @param name the locale name
     * @return the display form
     */
    public static String display(String name) {
        return name.isEmpty() ? "root" : new ULocale(name).toLanguageTag();
    }

    /**
     * The bundle file name of a base name and locale name.
     *
     * @param base the base name, e.g. {@code seed}
     * @param name the locale name
     * @return e.g. {@code seed_nl.properties}
     */
    public static String fileName(String base, String name) {
        return base + (name.isEmpty() ? "" : "_" + name) + ".properties";
    }
}
