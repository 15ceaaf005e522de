// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import io.github.smtpcatalog.cli.internal.Text;
import io.github.smtpcatalog.cli.internal.UsageException;
import io.github.smtpcatalog.cli.internal.Validating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code catalog validate}: the checks of catalog-validation on the shipped bundles or on a folder of one's own.
 * The validation classes (and Hibernate Validator) load only when this command runs.
 */
final class ValidateCommand implements Callable<Integer> {

    /** Output formats of validate. */
    enum Format { TEXT, JSON }

    private final CatalogCommand root;
    private final OptionSpec bundles = OptionSpec.builder("--bundles").paramLabel("DIR").type(Path.class)
            .description("A bundle folder laid out like catalog-i18n's (seed.properties, seed_nl.properties, ...);"
                    + " without it, the shipped bundles.").build();
    private final OptionSpec locale = Options.locale("Language of the messages: nl (default) or en.");
    private final OptionSpec format = Options.choice("--format", Format.class, "text",
            "text (default) or json: one object with the counts and every finding.");

    private ValidateCommand(CatalogCommand root) {
        this.root = root;
    }

    static CommandSpec spec(CatalogCommand root) {
        ValidateCommand c = new ValidateCommand(root);
        return Options.command("validate", c, new String[] {
            "Checks the catalogue and its texts: completeness in every locale, message patterns, house style,"
                    + " the code hierarchy; and reports every meaning that departs from the standard.",
            "Exit code 1 when there is a finding of severity error."},
            c.bundles, c.locale, c.format);
    }

    @Override
    public Integer call() throws IOException {
        Path dir = bundles.getValue();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("--bundles " + dir + ": " + (Files.exists(dir) ? "not a folder"
                    : "the folder does not exist"));
        }
        boolean errors = Validating.run(dir, Text.locale(locale.getValue()), format.getValue() == Format.JSON,
                root.console);
        return errors ? CatalogCommand.EXIT_FINDINGS : CatalogCommand.EXIT_OK;
    }
}
