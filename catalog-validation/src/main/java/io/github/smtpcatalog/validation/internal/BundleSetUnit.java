// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.internal.Groups.Structure;
import io.github.smtpcatalog.validation.internal.checks.FilesPaired;
import io.github.smtpcatalog.validation.internal.checks.FolderReadable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set of bundle files: the folder or class-path location, its list file, and which files exist.
 *
 * @param source          the folder, or the class-path location of the shipped bundles
 * @param unreadable      why the folder cannot be read, or null
 * @param fileNames       the names of every {@code *.properties} file found
 * @param listFile        the name of the list file ({@code bundles.list})
 * @param listed          the names in the list file, or null when there is none (checked against the files in
 *                        {@link BundleListUnit})
 * @param listUnreadable  why the list file cannot be read, or null
 * @param absentFiles     expected files that do not exist, with the reason ({@code listed} or the locale)
 * @param localesByBase   per base name, the locale names that have a readable file with a valid name
 */
@FolderReadable(groups = Structure.class)
@FilesPaired(groups = Structure.class)
public record BundleSetUnit(String source, String unreadable, List<String> fileNames, String listFile,
        List<String> listed, String listUnreadable, Map<String, String> absentFiles,
        Map<String, Set<String>> localesByBase) {
}
