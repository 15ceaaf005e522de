// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.internal.Groups.Style;
import io.github.smtpcatalog.validation.internal.checks.DistinctTitles;
import java.util.List;

/**
 * The titles of one locale, for the display-collision check.
 *
 * @param locale the locale name
 * @param titles every title of a text id the catalogue uses, sorted by key
 */
@DistinctTitles(groups = Style.class)
public record LocaleUnit(String locale, List<Title> titles) {

    /**
     * A title.
     *
     * @param key    the key
     * @param textId its text id
     * @param code   the first code that uses it
     * @param value  the title
     * @param file   the file
     * @param line   the line
     */
    public record Title(String key, String textId, String code, String value, String file, int line) {
    }
}
