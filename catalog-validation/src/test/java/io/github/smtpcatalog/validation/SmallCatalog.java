// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import io.github.smtpcatalog.core.StatusCatalog;
import io.github.smtpcatalog.i18n.BundleFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A catalogue of five entries (class 5, subject 5.1, codes 5.1.1 to 5.1.3) for tests that validate a few bundle
 * lines of their own: far quicker than the shipped catalogue, and every finding comes from the lines the test
 * wrote (besides the seed and IANA coverage findings, which such tests filter out).
 */
final class SmallCatalog {

    /** The catalogue's lines (catalog.tsv columns). */
    static final List<String> LINES = List.of(
            "5.x.x\tSTANDARD\tclass.5\tIANA,RFC\t-\tother\t-\tno\t-\t-\tRFC 3463 §3.1",
            "5.1.x\tSTANDARD\tsubject.1\tIANA,RFC\t-\tother\t-\tno\t-\t-\tRFC 3463 §3.2",
            "5.1.1\tSTANDARD\tiana.X.1.1\tIANA,RFC\t550\tuser-unknown\tuserunknown\tno\t-\t-\tRFC 3463 §3.2",
            "5.1.2\tSTANDARD\tiana.X.1.2\tIANA,RFC\t550\trouting-failed\thostunknown\tno\t-\t-\tRFC 3463 §3.2",
            "5.1.3\tSTANDARD\tiana.X.1.3\tIANA,RFC\t501\tuser-unknown\tuserunknown\tno\t-\t-\tRFC 3463 §3.2");

    private SmallCatalog() {
    }

    static StatusCatalog load() {
        return load(LINES);
    }

    /** A catalogue of the given lines (catalog.tsv columns). */
    static StatusCatalog load(List<String> lines) {
        return StatusCatalog.load(new StringReader(String.join("\n", lines) + "\n"), "small.tsv");
    }

    /** A bundle file of the given lines. */
    static BundleFile file(String name, String... lines) {
        return BundleFile.parse(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Validates the files against the small catalogue. */
    static List<Finding> validate(List<BundleFile> files) {
        return validate(load(), files);
    }

    /** Validates the files against a catalogue. */
    static List<Finding> validate(StatusCatalog catalog, List<BundleFile> files) {
        return CatalogValidator.standard().validate(catalog, files).findings();
    }
}
