// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.github.smtpcatalog.i18n.BundleFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The module's own messages ({@code ValidationMessages.properties}, English, and {@code _nl}), read with the
 * library's strict reader and looked up along {@code nl-BE -> nl -> root}. The JVM's default locale is never
 * consulted, so a German request on a Dutch server gets English, not Dutch (l10n-notes check 22).
 */
public final class Messages {

    /** The resource folder of the message bundles. */
    public static final String DIR = "/io/github/smtpcatalog/validation/";
    /** The base name of the message bundles. */
    public static final String BASE = "ValidationMessages";
    /** The locale names of the shipped message bundles. */
    public static final List<String> LOCALES = List.of("", "nl");

    private static final class Holder {
        static final Map<String, BundleFile> BUNDLES = load();
    }

    private Messages() {
    }

    private static Map<String, BundleFile> load() {
        java.util.HashMap<String, BundleFile> m = new java.util.HashMap<>();
        for (String l : LOCALES) {
            String name = Locales.fileName(BASE, l);
            try (InputStream in = Messages.class.getResourceAsStream(DIR + name)) {
                if (in != null) {
                    m.put(l, BundleFile.read(in, name));
                }
            } catch (IOException e) {
                // Treated as absent: messages fall back to the root bundle, then to the rule id.
            }
        }
        return Map.copyOf(m);
    }

    /**
     * The message bundles as read (for the test that checks them).
     *
     * @return locale name to bundle
     */
    public static Map<String, BundleFile> bundles() {
        return Holder.BUNDLES;
    }

    /**
     * Formats the message of a rule.
     *
     * @param rule   the rule
     * @param args   the arguments
     * @param locale the locale; languages without messages get English
     * @return the message, never null
     */
    public static String format(Rule rule, Map<String, Object> args, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ULocale u = ULocale.forLocale(locale);
        while (true) {
            String name = u.getName();
            BundleFile f = Holder.BUNDLES.get(name);
            if (f != null) {
                String pattern = f.values().get(rule.id());
                if (pattern != null) {
                    try {
                        return new MessageFormat(pattern, name.isEmpty() ? ULocale.ENGLISH : u).format(args);
                    } catch (RuntimeException e) {
                        break;
                    }
                }
            }
            if (name.isEmpty()) {
                break;
            }
            u = u.getFallback();
            if (u == null) {
                u = ULocale.ROOT;
            }
        }
        return rule.id() + " " + args;
    }
}
