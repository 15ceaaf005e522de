// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.validation.internal.Groups.Structure;
import io.github.smtpcatalog.validation.internal.checks.CodeSyntax;

/**
 * One catalogue entry.
 *
 * @param entry the entry
 */
@CodeSyntax(groups = Structure.class)
public record EntryUnit(CatalogEntry entry) {
}
