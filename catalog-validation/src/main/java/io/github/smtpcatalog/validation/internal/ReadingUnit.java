// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.Reading;
import io.github.smtpcatalog.validation.internal.Groups.Content;
import io.github.smtpcatalog.validation.internal.Groups.Style;
import io.github.smtpcatalog.validation.internal.checks.ProvenanceGiven;
import io.github.smtpcatalog.validation.internal.checks.ReplyClassAgrees;
import io.github.smtpcatalog.validation.internal.checks.StandardMeaning;

/**
 * One reading of a catalogue entry.
 *
 * @param entry   the entry
 * @param reading the reading
 */
@ReplyClassAgrees(groups = Content.class)
@ProvenanceGiven(groups = Content.class)
@StandardMeaning(groups = Style.class)
public record ReadingUnit(CatalogEntry entry, Reading reading) {
}
