// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.i18n.BundleProblem;
import java.util.List;

/**
 * The value of one key in one locale, where it was found, what the strict reader said about its line, and what
 * its pattern contains.
 *
 * @param locale   the locale name ({@code ""} for root)
 * @param file     the file name
 * @param line     the 1-based line
 * @param value    the value, escapes resolved
 * @param problems the reader's problems on this line
 * @param facts    the parsed pattern
 */
public record Translation(String locale, String file, int line, String value, List<BundleProblem> problems,
        PatternFacts facts) {

    /**
     * Creates a translation and parses its pattern.
     *
     * @param locale   the locale name
     * @param file     the file name
     * @param line     the line
     * @param value    the value
     * @param problems the problems
     * @return the translation
     */
    public static Translation of(String locale, String file, int line, String value, List<BundleProblem> problems) {
        return new Translation(locale, file, line, value, List.copyOf(problems), PatternFacts.of(value));
    }

    /**
     * Starts a detail located at this translation.
     *
     * @param rule the rule
     * @param info the key
     * @return the builder
     */
    public Detail.Builder at(Rule rule, KeyInfo info) {
        return Detail.of(rule).file(file).line(line).key(info.key()).code(info.firstCode())
                .arg("locale", Locales.display(locale));
    }
}
