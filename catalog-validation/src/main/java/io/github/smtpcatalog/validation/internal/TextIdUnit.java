// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.internal.Groups.Structure;
import io.github.smtpcatalog.validation.internal.checks.ContiguousLists;
import io.github.smtpcatalog.validation.internal.checks.TextIdPresent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text id that the catalogue uses ({@code seed.5.1.1}, {@code reply.550}, {@code class.5}), with the keys each
 * locale has for it.
 *
 * @param textId          the id
 * @param codes           the codes that use it
 * @param requiredLocales the locales that must have its texts
 * @param keysByLocale    per required locale, the keys of this id that it has
 * @param expectedFiles   per required locale, the file where the texts belong, when known
 * @param absentFiles     files that are missing altogether (reported once, as {@code missing-file})
 * @param locations       per key of the id, where the reference locale defines it
 * @param mandatoryLists  the list fields whose item 1 is mandatory
 */
@TextIdPresent(groups = Structure.class)
@ContiguousLists(groups = Structure.class)
public record TextIdUnit(String textId, List<String> codes, List<String> requiredLocales,
        Map<String, Set<String>> keysByLocale, Map<String, String> expectedFiles, Set<String> absentFiles,
        Map<String, Location> locations, Set<String> mandatoryLists) {

    /**
     * Where a key is defined.
     *
     * @param file the file
     * @param line the line
     */
    public record Location(String file, int line) {
    }
}
