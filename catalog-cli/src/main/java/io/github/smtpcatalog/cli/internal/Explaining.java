// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.CatalogEntry;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.core.ReplyContext;
import io.github.smtpcatalog.core.ReplyParser;
import io.github.smtpcatalog.core.Resolution;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the input of {@code catalog explain} into explanations: a code ({@code 5.1.1}), a catalogue code
 * ({@code 5.1.x}, {@code 5.x.x}), a basic reply ({@code 550}), a whole reply, or the bytes of standard input.
 */
public final class Explaining {

    /** The most input the command reads from standard input. */
    public static final int MAX_INPUT = 8 * 1024 * 1024;

    private final Supplier<Explainer> explainer;
    private final ExplainOptions options;

    /**
     * Creates the interpreter.
     *
     * @param explainer the explainer, asked for only when needed (the shipped one loads its data on first use)
     * @param options   how to explain
     */
    public Explaining(Supplier<Explainer> explainer, ExplainOptions options) {
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * One explained input.
     *
     * @param input       the input it explains (for a bounce: the failed recipient's reply found in it)
     * @param explanation the explanation, which names the failed recipient where the input does
     */
    public record Item(String input, Explanation explanation) {
    }

    /**
     * What standard input held.
     *
     * @param items   the explanations, one per failed recipient of a bounce
     * @param message whether the input was a message or DSN (a list of recipients) rather than one reply
     */
    public record Result(List<Item> items, boolean message) {
    }

    /**
     * Explains a command-line argument.
     *
     * @param input the argument
     * @return the explanation
     * @throws UsageException when the input holds no status code the catalogue can explain
     */
    public Item explainArgument(String input) {
        String s = input.strip();
        if (s.isEmpty()) {
            throw new UsageException("the input is empty: give a code such as 5.1.1, a reply such as 550, or a whole"
                    + " reply line");
        }
        // A code on its own is taken as it is; the reply parser, which reads codes out of prose, is stricter
        // (it does not read a lone 4.9.9, whose subject no standard defines).
        Optional<EnhancedStatusCode> code = EnhancedStatusCode.tryParse(s);
        if (code.isPresent()) {
            return new Item(input, explainer.get().explain(code.get(), options));
        }
        Optional<Item> entry = catalogCode(input, s);
        if (entry.isPresent()) {
            return entry.get();
        }
        // No lambdas on this path: each costs start-up time on its first run.
        Optional<ParsedReply> parsed = ReplyParser.tryParse(s);
        if (parsed.isEmpty()) {
            throw noCode(s);
        }
        ParsedReply reply = parsed.get();
        Optional<Explanation> e = explainer.get().explain(reply, options);
        if (e.isEmpty()) {
            throw new UsageException("the catalogue has no explanation for the intermediate reply "
                    + (reply.replyCode().isPresent() ? String.valueOf(reply.replyCode().get()) : ""));
        }
        return new Item(input, e.get());
    }

    private Optional<Item> catalogCode(String input, String s) {
        if (s.indexOf('x') < 0 && s.indexOf('X') < 0) {
            return Optional.empty();
        }
        CatalogCode c;
        try {
            c = CatalogCode.parse(s.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Explainer x = explainer.get();
        CatalogEntry e = x.catalog().find(c).orElseThrow(() -> new UsageException("the catalogue has no entry "
                + c));
        Resolution r = Resolution.of(e, e.reading(options.policy(), ReplyContext.none()));
        return Optional.of(new Item(input, x.explain(r, null, options)));
    }

    /**
     * Explains the bytes of standard input: a whole bounce message or DSN gives one item per failed recipient,
     * anything else is read as one reply.
     *
     * @param bytes  the input; at most {@link #MAX_INPUT} bytes are accepted
     * @param reader the reader of bounce messages
     * @return the result
     * @throws UsageException when the input is too large, or neither a message nor a reply with a status code
     */
    public Result explainInput(byte[] bytes, BounceReader reader) {
        if (bytes.length > MAX_INPUT) {
            throw new UsageException("standard input is larger than " + (MAX_INPUT >> 20) + " MiB");
        }
        Optional<List<ParsedReply>> failed = reader.failedRecipients(bytes);
        if (failed.isPresent()) {
            List<Item> items = new ArrayList<>();
            for (ParsedReply p : failed.get()) {
                explainer.get().explain(p, options)
                        .ifPresent(e -> items.add(new Item(describe(p), e)));
            }
            return new Result(items, true);
        }
        String text = Text.decode(bytes);
        String s = text.strip();
        if (s.isEmpty()) {
            throw new UsageException("standard input is empty: give a reply, a DSN or a bounce message");
        }
        return new Result(List.of(explainArgument(s)), false);
    }

    /** The reply of a failed recipient as one line: basic code, enhanced code, text. */
    private static String describe(ParsedReply p) {
        StringBuilder sb = new StringBuilder();
        p.replyCode().ifPresent(r -> sb.append(r));
        p.enhancedCode().ifPresent(c -> sb.append(sb.length() > 0 ? " " : "").append(c));
        if (!p.text().isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append(p.text());
        }
        return sb.toString();
    }

    private static UsageException noCode(String s) {
        String shown = Text.oneLine(s);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new UsageException("no SMTP status code found in \"" + shown + "\": give a code such as 5.1.1, a"
                + " reply such as 550, or a whole reply line");
    }
}
