// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import io.github.smtpcatalog.cli.internal.CatalogueDocs;
import io.github.smtpcatalog.cli.internal.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code catalog docs}: writes the catalogue documentation. */
final class DocsCommand implements Callable<Integer> {

    private final CatalogCommand root;
    private final OptionSpec outOption = OptionSpec.builder("--out").paramLabel("DIR").type(Path.class)
            .required(true).description("The folder to write to; created when missing. Existing files are replaced.")
            .build();

    private DocsCommand(CatalogCommand root) {
        this.root = root;
    }

    static CommandSpec spec(CatalogCommand root) {
        DocsCommand c = new DocsCommand(root);
        return Options.command("docs", c, new String[] {
            "Writes the catalogue documentation: catalogue.nl.md, catalogue.en.md and catalogue.html (one"
                    + " self-contained page, Dutch with an English switch, searchable by code or word).",
            "The repository keeps them in docs/: " + CatalogueDocs.REGENERATE},
            c.outOption);
    }

    @Override
    public Integer call() {
        Path out = outOption.getValue();
        Map<String, String> files = new CatalogueDocs(root.explainer.get()).render();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UsageException("cannot create the folder " + out + ": " + e.getMessage(), e);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = out.resolve(f.getKey());
            try {
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + p + ": " + e.getMessage(), e);
            }
            root.console.out().println(p);
        }
        return CatalogCommand.EXIT_OK;
    }
}
