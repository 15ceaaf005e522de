// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.internal.checks.AsciiApostrophe;
import io.github.smtpcatalog.validation.internal.checks.CleanLines;
import io.github.smtpcatalog.validation.internal.checks.CompletePlurals;
import io.github.smtpcatalog.validation.internal.checks.FormalAddress;
import io.github.smtpcatalog.validation.internal.checks.GuardedArguments;
import io.github.smtpcatalog.validation.internal.checks.KnownArguments;
import io.github.smtpcatalog.validation.internal.checks.KnownEscapes;
import io.github.smtpcatalog.validation.internal.checks.KnownKey;
import io.github.smtpcatalog.validation.internal.checks.ListLength;
import io.github.smtpcatalog.validation.internal.checks.NoMojibake;
import io.github.smtpcatalog.validation.internal.checks.NonEmpty;
import io.github.smtpcatalog.validation.internal.checks.NotCopied;
import io.github.smtpcatalog.validation.internal.checks.ParsablePattern;
import io.github.smtpcatalog.validation.internal.checks.PlainLanguage;
import io.github.smtpcatalog.validation.internal.checks.Renders;
import io.github.smtpcatalog.validation.internal.checks.SameArguments;
import io.github.smtpcatalog.validation.internal.checks.ShortTitle;
import io.github.smtpcatalog.validation.internal.checks.Translated;
import io.github.smtpcatalog.validation.internal.checks.Trimmed;
import io.github.smtpcatalog.validation.internal.checks.UsedPluralForms;
import io.github.smtpcatalog.validation.internal.Groups.Content;
import io.github.smtpcatalog.validation.internal.Groups.Rendering;
import io.github.smtpcatalog.validation.internal.Groups.Structure;
import io.github.smtpcatalog.validation.internal.Groups.Style;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bundle key across all locales: the unit of the translation checks.
 *
 * @param info            what the key is
 * @param translations    the value per locale name that has the key, sorted by locale name
 * @param requiredLocales the locales that must have the key
 * @param excusedLocales  locales where the key's absence is reported elsewhere (the whole text id or the whole
 *                        file is missing)
 * @param expectedFiles   per required locale, the file where the key belongs
 * @param duplicates      further definitions of the key in one locale
 */
@KnownKey(groups = Structure.class)
@Translated(groups = Structure.class)
@CleanLines(groups = Structure.class)
@NonEmpty(groups = Structure.class)
@ParsablePattern(groups = Structure.class)
@AsciiApostrophe(groups = Structure.class)
@Trimmed(groups = Content.class)
@NoMojibake(groups = Content.class)
@KnownArguments(groups = Content.class)
@GuardedArguments(groups = Content.class)
@SameArguments(groups = Content.class)
@CompletePlurals(groups = Content.class)
@Renders(groups = Rendering.class)
@KnownEscapes(groups = Style.class)
@UsedPluralForms(groups = Style.class)
@ListLength(groups = Style.class)
@NotCopied(groups = Style.class)
@FormalAddress(groups = Style.class)
@PlainLanguage(groups = Style.class)
@ShortTitle(groups = Style.class)
public record KeyUnit(KeyInfo info, Map<String, Translation> translations, List<String> requiredLocales,
        Set<String> excusedLocales, Map<String, String> expectedFiles, List<Duplicate> duplicates) {

    /**
     * A second definition of a key in one locale, in the same file or another.
     *
     * @param file      where
     * @param line      the line
     * @param firstFile where the key was first defined
     * @param firstLine the line of the first definition
     */
    public record Duplicate(String file, int line, String firstFile, int firstLine) {
    }

    /**
     * The locale other locales are compared with: root when it has the key, else the first locale.
     *
     * @return the reference translation, or null when no locale has the key
     */
    public Translation reference() {
        Translation root = translations.get("");
        if (root != null) {
            return root;
        }
        return translations.isEmpty() ? null : translations.values().iterator().next();
    }
}
