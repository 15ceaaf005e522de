// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.i18n.BundleFile;
import java.util.List;
import java.util.Set;

/**
 * The bundle files to validate and where they came from.
 *
 * @param location        the folder or class-path location, for messages
 * @param unreadable      why the location cannot be read, or null
 * @param files           the files read (an unreadable file is a file with an {@code UNREADABLE} problem)
 * @param listFile        the name of the list file
 * @param listed          the names in the list file, or null when there is none
 * @param listUnreadable  why the list file cannot be read, or null
 * @param requiredLocales locale names that must be complete even when no file has them ({@code ""} and
 *                        {@code nl} for the shipped bundles)
 */
public record BundleSource(String location, String unreadable, List<BundleFile> files, String listFile,
        List<String> listed, String listUnreadable, Set<String> requiredLocales) {

    /** The name of the list file of a bundle folder. */
    public static final String LIST_FILE = "bundles.list";

    /**
     * Creates a source; the lists are copied.
     */
    public BundleSource {
        files = List.copyOf(files);
        listed = listed == null ? null : List.copyOf(listed);
        requiredLocales = Set.copyOf(requiredLocales);
    }
}
