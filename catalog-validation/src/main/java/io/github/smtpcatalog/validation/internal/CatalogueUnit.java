// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.validation.internal.Groups.Structure;
import io.github.smtpcatalog.validation.internal.checks.CompleteHierarchy;
import io.github.smtpcatalog.validation.internal.checks.IanaCovered;
import io.github.smtpcatalog.validation.internal.checks.SeedCovered;

/**
 * The catalogue as a whole: coverage of the seed and the IANA registry, and the hierarchy.
 *
 * @param index the indexed catalogue
 */
@SeedCovered(groups = Structure.class)
@IanaCovered(groups = Structure.class)
@CompleteHierarchy(groups = Structure.class)
public record CatalogueUnit(CatalogIndex index) {
}
