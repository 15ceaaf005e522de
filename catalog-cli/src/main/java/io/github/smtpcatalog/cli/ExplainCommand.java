// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.smtpcatalog.cli.internal.BounceReader;
import io.github.smtpcatalog.cli.internal.Explaining;
import io.github.smtpcatalog.cli.internal.ExplanationText;
import io.github.smtpcatalog.cli.internal.Json;
import io.github.smtpcatalog.cli.internal.Text;
import io.github.smtpcatalog.cli.internal.UsageException;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.i18n.Audience;
import io.github.smtpcatalog.i18n.ExplainOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code catalog explain}: explains a code, a reply, or what arrives on standard input. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = CatalogCommand.Version.class,
        sortOptions = false,
        description = {"Explains an SMTP status code, a server reply or a bounce.",
            "INPUT is a code (5.1.1, 5.1.x), a basic reply (550), a whole reply line, or - to read standard input"
                + " (a reply, a DSN, a bounce message)."})
final class ExplainCommand implements Callable<Integer> {

    /** Output formats of explain. */
    enum Format { TEXT, JSON }

    @ParentCommand
    CatalogCommand root;

    @Option(names = "--locale", paramLabel = "TAG", defaultValue = "nl",
            description = "Language of the texts: nl (default) or en; nl-BE falls back to nl, others to en.")
    String locale;

    @Option(names = "--audience", paramLabel = "customer|technical", defaultValue = "customer",
            description = "Who reads it: the customer (default, plain language) or the IT administrator.")
    Audience audience;

    @Option(names = "--policy", paramLabel = "reference|standard", defaultValue = "reference",
            description = "Which reading wins: reference (default: the seed's for the codes it lists) or standard"
                    + " (the IANA/RFC reading everywhere).")
    ReadingPolicy policy;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json: one object; an array for a bounce on standard input.")
    Format format;

    @Parameters(paramLabel = "INPUT", description = "The code, reply or - for standard input.")
    String input;

    @Override
    public Integer call() throws IOException {
        ExplainOptions options = ExplainOptions.of(Text.locale(locale)).withAudience(audience).withPolicy(policy);
        Explaining explaining = new Explaining(root.explainer, options);
        List<Explaining.Item> items;
        boolean array;
        if (input.equals("-")) {
            Explaining.Result r = explaining.explainInput(readInput(root.console.in()), BounceReader.standard());
            items = r.items();
            array = r.message();
        } else {
            items = List.of(explaining.explainArgument(input));
            array = false;
        }
        if (format == Format.JSON) {
            try (JsonGenerator g = Json.open(root.console.out(), !root.console.outIsUnicode())) {
                if (array) {
                    g.writeStartArray();
                }
                for (Explaining.Item item : items) {
                    Json.explanation(g, item);
                }
                if (array) {
                    g.writeEndArray();
                }
            }
            root.console.out().println();
        } else {
            new ExplanationText(root.explainer.get(), root.console.out()).write(items, options);
        }
        return CatalogCommand.EXIT_OK;
    }

    private static byte[] readInput(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Explaining.MAX_INPUT + 1);
        if (bytes.length > Explaining.MAX_INPUT) {
            throw new UsageException("standard input is larger than " + (Explaining.MAX_INPUT >> 20) + " MiB");
        }
        return bytes;
    }
}
