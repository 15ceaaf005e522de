// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code catalog} command: explain, list, validate and docs. Its API is the main class,
 * {@link io.github.smtpcatalog.cli.CatalogCommand}.
 */
module io.github.smtpcatalog.cli {
    requires io.github.smtpcatalog.core;
    requires io.github.smtpcatalog.i18n;
    requires io.github.smtpcatalog.validation;   // catalog validate
    requires io.github.smtpcatalog.mail;         // catalog explain - with a whole bounce message
    requires info.picocli;                   // the command line
    requires com.fasterxml.jackson.core;     // JSON output through the streaming generator
    requires java.logging;                   // to quieten Hibernate Validator's start-up line (validate)

    // CatalogCommand: main and run. The command line is built with picocli's programmatic API, so picocli
    // needs no reflective access (no "opens") to the command classes.
    exports io.github.smtpcatalog.cli;
}
