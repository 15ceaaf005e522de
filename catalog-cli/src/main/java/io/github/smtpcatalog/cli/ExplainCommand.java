// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.smtpcatalog.cli.internal.BounceReader;
import io.github.smtpcatalog.cli.internal.Explaining;
import io.github.smtpcatalog.cli.internal.ExplanationText;
import io.github.smtpcatalog.cli.internal.Json;
import io.github.smtpcatalog.cli.internal.Text;
import io.github.smtpcatalog.core.ReadingPolicy;
import io.github.smtpcatalog.i18n.Audience;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code catalog explain}: explains a code, a reply, or what arrives on standard input. */
final class ExplainCommand implements Callable<Integer> {

    /** Output formats of explain. */
    enum Format { TEXT, JSON }

    private static final Audience DEFAULT_AUDIENCE = Audience.CUSTOMER;
    private static final ReadingPolicy DEFAULT_POLICY = ReadingPolicy.REFERENCE;

    private final CatalogCommand root;
    private final OptionSpec locale = Options.locale(
            "Language of the texts: nl (default) or en; nl-BE falls back to nl, others to en.");
    private final OptionSpec audience = Options.choice("--audience", Audience.class,
            DEFAULT_AUDIENCE.name().toLowerCase(Locale.ROOT),
            "Who reads it: the customer (default, plain language) or the IT administrator.");
    private final OptionSpec policy = Options.choice("--policy", ReadingPolicy.class,
            DEFAULT_POLICY.name().toLowerCase(Locale.ROOT),
            "Which meaning wins: reference (default: the Dutch reference list's for the codes it lists) or"
                    + " standard (the IANA/RFC meaning everywhere).");
    private final OptionSpec format = Options.choice("--format", Format.class, "text",
            "text (default) or json: one object; an array for a bounce on standard input.");
    private final PositionalParamSpec input = PositionalParamSpec.builder().paramLabel("INPUT").type(String.class)
            .arity("1").required(true)
            .description("The code, reply or - for standard input.").build();

    private ExplainCommand(CatalogCommand root) {
        this.root = root;
    }

    static CommandSpec spec(CatalogCommand root) {
        ExplainCommand c = new ExplainCommand(root);
        return Options.command("explain", c, new String[] {
            "Explains an SMTP status code, a server reply or a bounce.",
            "INPUT is a code (5.1.1, 5.1.x), a basic reply (550), a whole reply line, or - to read standard input"
                    + " (a reply, a DSN, a bounce message)."},
            c.locale, c.audience, c.policy, c.format, c.input);
    }

    /**
     * Explains an input with the default options and lays it out as text into nothing: what {@code explain INPUT}
     * does, without output. The preload thread runs it while picocli parses the arguments, so that the texts the
     * explanation needs are read and ICU's formats are loaded by the time the command explains (the explainer
     * is thread-safe, and what it keeps, plans and texts, is the same whichever thread makes it). An input it
     * cannot explain is left to the command.
     *
     * @param explainer the shipped explainer
     * @param input     the input argument
     */
    static void warmUp(Explainer explainer, String input) {
        try {
            ExplainOptions options = ExplainOptions.of(Text.locale(Options.DEFAULT_LOCALE))
                    .withAudience(DEFAULT_AUDIENCE).withPolicy(DEFAULT_POLICY);
            Explaining.Item item = new Explaining(new Fixed(explainer), options).explainArgument(input);
            new ExplanationText(explainer, new PrintWriter(Writer.nullWriter())).write(List.of(item), options);
        } catch (RuntimeException e) {
            // The command explains it again and reports what is wrong.
        }
    }

    /** A supplier of one explainer (a class: no lambda at start-up). */
    private static final class Fixed implements Supplier<Explainer> {
        private final Explainer explainer;

        Fixed(Explainer explainer) {
            this.explainer = explainer;
        }

        @Override
        public Explainer get() {
            return explainer;
        }
    }

    @Override
    public Integer call() throws IOException {
        ExplainOptions options = ExplainOptions.of(Text.locale(locale.getValue()))
                .withAudience(audience.getValue()).withPolicy(policy.getValue());
        Explaining explaining = new Explaining(root.explainer, options);
        String in = input.getValue();
        List<Explaining.Item> items;
        boolean array;
        if (in.equals("-")) {
            // One byte more than the limit, so that explainInput can tell a too large input.
            byte[] bytes = root.console.in().readNBytes(Explaining.MAX_INPUT + 1);
            Explaining.Result r = explaining.explainInput(bytes, BounceReader.standard());
            items = r.items();
            array = r.message();
        } else {
            items = List.of(explaining.explainArgument(in));
            array = false;
        }
        if (format.getValue() == Format.JSON) {
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
}
