// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import com.ibm.icu.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample arguments for the render smoke test and the language checks, and formatting with a fresh ICU
 * {@code MessageFormat} per call (ICU's formatter is not thread-safe).
 */
public final class Samples {

    /** The value of a text argument that the input does not give (as {@code Explainer.ABSENT}). */
    public static final String ABSENT = "none";

    private static final Map<String, String> PRESENT = Map.of("recipient", "jan.jansen@example.nl", "domain",
            "example.nl", "product", "Voorbeeld");

    private Samples() {
    }

    /**
     * The argument sets to try, as the library passes them: for each reading that uses the text, its own
     * parameters, once with the text arguments absent and the parameter values of the catalogue, and once with
     * the text arguments present and the parameters at 1 (to reach the {@code one} branches).
     *
     * @param info the key
     * @return the argument maps
     */
    public static List<Map<String, Object>> argumentSets(KeyInfo info) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Integer> params : info.readingParams()) {
            Map<String, Object> absent = new HashMap<>();
            Map<String, Object> present = new HashMap<>();
            for (String s : info.stringArgs()) {
                absent.put(s, ABSENT);
                present.put(s, PRESENT.getOrDefault(s, "Voorbeeld"));
            }
            params.forEach((k, v) -> {
                absent.put(k, v);
                present.put(k, 1);
            });
            out.add(absent);
            out.add(present);
        }
        return out;
    }

    /**
     * Formats a pattern.
     *
     * @param pattern the pattern
     * @param locale  the locale name
     * @param args    the arguments
     * @return the text
     * @throws RuntimeException when the pattern cannot be formatted
     */
    public static String format(String pattern, String locale, Map<String, Object> args) {
        return new MessageFormat(pattern, Locales.rulesLocale(locale)).format(args);
    }
}
