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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code catalog docs}: writes the catalogue documentation. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = CatalogCommand.Version.class,
        description = {"Writes the catalogue documentation: catalogue.nl.md, catalogue.en.md and catalogue.html"
            + " (one self-contained page, Dutch with an English switch, searchable by code or word).",
            "The repository keeps them in docs/: " + CatalogueDocs.REGENERATE})
final class DocsCommand implements Callable<Integer> {

    @ParentCommand
    CatalogCommand root;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write to; created when missing. Existing files are replaced.")
    Path out;

    @Override
    public Integer call() {
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
