// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code catalog} command: explain, list, validate and docs. Its API is the main class,
 * {@link io.github.smtpcatalog.cli.CatalogCommand}.
 */
module io.github.smtpcatalog.cli {
    requires io.github.smtpcatalog.core;
    requires io.github.smtpcatalog.i18n;
    requires info.picocli;                   // the command line
    requires com.fasterxml.jackson.core;     // JSON output through the streaming generator

    // CatalogCommand: main and run. The command line is built with picocli's programmatic API, so picocli
    // needs no reflective access (no "opens") to the command classes.
    exports io.github.smtpcatalog.cli;
}
