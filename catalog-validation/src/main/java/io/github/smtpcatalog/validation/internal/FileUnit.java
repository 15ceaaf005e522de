// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.i18n.BundleProblem;
import io.github.smtpcatalog.validation.internal.Groups.Structure;
import io.github.smtpcatalog.validation.internal.Groups.Style;
import io.github.smtpcatalog.validation.internal.checks.FileEscapes;
import io.github.smtpcatalog.validation.internal.checks.FileReadable;
import io.github.smtpcatalog.validation.internal.checks.FileSyntax;
import io.github.smtpcatalog.validation.internal.checks.LocaleSuffix;
import java.util.List;

/**
 * One bundle file as a whole: readable, a valid locale in its name, and the reader's problems on lines that
 * hold no key (the problems of a key's line are checked with the key).
 *
 * @param file            the file name
 * @param localeSuffix    the locale part of the name, {@code ""} for root
 * @param unreadable      the reason the file cannot be read, or null
 * @param keylessProblems the reader's problems not tied to a key
 */
@FileReadable(groups = Structure.class)
@LocaleSuffix(groups = Structure.class)
@FileSyntax(groups = Structure.class)
@FileEscapes(groups = Style.class)
public record FileUnit(String file, String localeSuffix, String unreadable, List<BundleProblem> keylessProblems) {
}
