// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.internal.Groups.Style;
import io.github.smtpcatalog.validation.internal.checks.FilesListed;
import java.util.List;

/**
 * The list file of a bundle folder against the files present: a unit of its own, so that a missing file (an
 * error of {@link BundleSetUnit}) does not hide an unlisted one.
 *
 * @param listFile  the name of the list file
 * @param listed    the names in the list file, or null when there is none
 * @param fileNames the names of every {@code *.properties} file found
 */
@FilesListed(groups = Style.class)
public record BundleListUnit(String listFile, List<String> listed, List<String> fileNames) {
}
