// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import io.github.smtpcatalog.cli.internal.Console;
import io.github.smtpcatalog.cli.internal.Text;
import io.github.smtpcatalog.cli.internal.UsageException;
import io.github.smtpcatalog.core.CatalogLoadException;
import io.github.smtpcatalog.i18n.BundleLoadException;
import io.github.smtpcatalog.i18n.Explainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code catalog} command: explains SMTP status codes, replies and bounces in Dutch or English, lists the
 * catalogue, validates text bundles and writes the catalogue documentation.
 *
 * <pre>{@code
 * $ java -jar catalog.jar explain 5.1.1
 * $ java -jar catalog.jar explain --locale en --format json "550 5.1.1 <jan@example.nl>: Recipient address rejected"
 * $ java -jar catalog.jar explain - < bounce.eml
 * $ java -jar catalog.jar list --format tsv
 * $ java -jar catalog.jar docs --out docs
 * }</pre>
 *
 * <p>From Java, {@link #run(String[], InputStream, OutputStream, OutputStream, Charset)} runs the command on
 * streams of your own and returns its exit code:
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * int exit = CatalogCommand.run(new String[] {"explain", "--locale", "en", "5.1.1"},
 *         InputStream.nullInputStream(), out, System.err, StandardCharsets.UTF_8);   // 0
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} done; {@value #EXIT_FINDINGS} findings of severity error ({@code validate});
 * {@value #EXIT_USAGE} unusable input or arguments, with a one-line reason on standard error;
 * {@value #EXIT_INTERNAL} an internal error (a broken installation), also as one line.
 *
 * @since 0.1
 */
public final class CatalogCommand {

    /** Exit code: done. */
    public static final int EXIT_OK = 0;
    /** Exit code: {@code validate} found findings of severity error. */
    public static final int EXIT_FINDINGS = 1;
    /** Exit code: unusable input or arguments. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: an internal error, such as texts missing from the jar. */
    public static final int EXIT_INTERNAL = 3;

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    Console console;
    Supplier<Explainer> explainer;

    CatalogCommand() {
    }

    /**
     * Runs the command in this process and exits with its exit code.
     *
     * @param args the arguments, e.g. {@code explain 5.1.1}
     */
    public static void main(String... args) {
        // No option of ours is a java.sql or java.time type: picocli need not look up their converters (it loads
        // java.sql's driver classes and java.time's by reflection otherwise), a cost on every start.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
        // The preload thread first, then the console: its work overlaps all of this thread's.
        Supplier<Explainer> explainer = preload(args);
        System.exit(run(args, Console.system(), explainer));
    }

    /**
     * For the subcommands that explain, starts loading the shipped catalogue and texts on a second thread while
     * this one builds the command line and parses the arguments: on two or more cores the two overlap. A
     * failure while loading reaches the command when it asks for the explainer, as if it had loaded it itself.
     * For the plain {@code explain INPUT} (no options), the thread then explains the input with the default
     * options into nothing (see {@link ExplainCommand#warmUp}), so that the texts it needs are read and ICU's
     * formats are loaded before the command gets there.
     */
    private static Supplier<Explainer> preload(String[] args) {
        String sub = args.length > 0 ? args[0] : "";
        if (!sub.equals("explain") && !sub.equals("list") && !sub.equals("docs")) {
            return new Standard();
        }
        String warmUp = args.length == 2 && sub.equals("explain") && !args[1].startsWith("-") ? args[1] : null;
        Preloaded p = new Preloaded(warmUp);
        Thread t = new Thread(p, "catalog-preload");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /**
     * The shipped explainer, loaded on the calling thread. Classes rather than lambdas or method references, here
     * and below: each lambda is linked on its first run, which costs start-up time.
     */
    private static final class Standard implements Supplier<Explainer> {
        @Override
        public Explainer get() {
            return standardExplainer();
        }
    }

    /** The shipped explainer, as loaded by the preload thread. */
    private static final class Preloaded implements Supplier<Explainer>, Runnable {
        private final CompletableFuture<Explainer> explainer = new CompletableFuture<>();
        private final String warmUp;

        Preloaded(String warmUp) {
            this.warmUp = warmUp;
        }

        @Override
        public void run() {
            Explainer x;
            try {
                x = standardExplainer();
            } catch (Throwable e) {
                explainer.completeExceptionally(e);
                return;
            }
            explainer.complete(x);
            if (warmUp != null) {
                ExplainCommand.warmUp(x, warmUp);
            }
        }

        @Override
        public Explainer get() {
            try {
                return explainer.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the catalogue", e);
            }
        }
    }

    /**
     * Runs the command on the given streams.
     *
     * @param args    the arguments, not null
     * @param in      standard input (read by {@code explain -})
     * @param out     standard output
     * @param err     standard error
     * @param charset the charset of both output streams; characters it lacks are replaced, never an error
     * @return the exit code: {@value #EXIT_OK}, {@value #EXIT_FINDINGS}, {@value #EXIT_USAGE} or
     *         {@value #EXIT_INTERNAL}
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Charset charset) {
        return run(args, new Console(in, out, charset, err, charset), new Standard());
    }

    static int run(String[] args, Console console, Supplier<Explainer> explainer) {
        CatalogCommand root = new CatalogCommand();
        root.console = console;
        root.explainer = explainer;
        try {
            CommandLine cl = new CommandLine(root.spec(args.length > 0 ? args[0] : null));
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            cl.setOut(console.out());
            cl.setErr(console.err());
            cl.setParameterExceptionHandler(new IParameterExceptionHandler() {
                @Override
                public int handleParseException(ParameterException e, String[] a) {
                    return onParameterException(e, a);
                }
            });
            cl.setExecutionExceptionHandler(new IExecutionExceptionHandler() {
                @Override
                public int handleExecutionException(Exception e, CommandLine c, ParseResult parsed) {
                    return onExecutionException(e, c, console);
                }
            });
            return cl.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler; an error still ends in one line and no stack trace.
            console.out().flush();
            console.err().println("catalog: internal error: " + Text.oneLine(String.valueOf(e)));
            return EXIT_INTERNAL;
        } finally {
            console.out().flush();
            console.err().flush();
        }
    }

    /** The shipped explainer; a failure to load it (an error in a class initializer) becomes its cause. */
    private static Explainer standardExplainer() {
        try {
            return Explainer.standard();
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    private static int onParameterException(ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + Text.oneLine(String.valueOf(e.getMessage()))
                + " (see " + c.getCommandSpec().qualifiedName() + " --help)");
        return EXIT_USAGE;
    }

    private static int onExecutionException(Exception e, CommandLine c, Console console) {
        console.out().flush();
        String name = c.getCommandSpec().qualifiedName();
        String message;
        int code;
        if (e instanceof UsageException || e instanceof ParameterException) {
            message = e.getMessage();
            code = EXIT_USAGE;
        } else if (e instanceof BundleLoadException || e instanceof CatalogLoadException) {
            message = "the shipped catalogue or texts cannot be loaded: " + e.getMessage();
            code = EXIT_INTERNAL;
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
            message = "cannot read or write: " + io.getMessage();
            code = EXIT_USAGE;
        } else {
            message = "internal error: " + e;
            code = EXIT_INTERNAL;
        }
        console.err().println(name + ": " + Text.oneLine(String.valueOf(message)));
        return code;
    }

    /**
     * The command line, built by hand (see {@link Options}). When the first argument names a subcommand, only that
     * subcommand is built: picocli parses the rest of the arguments in that subcommand alone (none of ours takes
     * a sibling's name as an argument, and abbreviated or case-insensitive subcommand names are off), so the
     * result is the same, without the start-up cost of the three others (each spec and each picocli
     * {@code CommandLine} made for it registers its converters and help renderers). Anything else, such as
     * {@code --help} or a mistyped subcommand, gets all four.
     *
     * @param first the first argument, or null
     */
    private CommandSpec spec(String first) {
        CommandSpec spec = Options.command("catalog", new WithoutSubcommand(), new String[] {
            "Explains SMTP status codes, replies and bounces in Dutch (default) or English."});
        spec.usageMessage().footerHeading("%nExit codes:%n").footer("  0  done", "  1  validate found errors",
                "  2  unusable input or arguments", "  3  internal error (a broken installation)");
        boolean all = first == null || !SUBCOMMANDS.contains(first);
        if (all || first.equals("explain")) {
            spec.addSubcommand("explain", ExplainCommand.spec(this));
        }
        if (all || first.equals("list")) {
            spec.addSubcommand("list", ListCommand.spec(this));
        }
        if (all || first.equals("validate")) {
            spec.addSubcommand("validate", ValidateCommand.spec(this));
        }
        if (all || first.equals("docs")) {
            spec.addSubcommand("docs", DocsCommand.spec(this));
        }
        return spec;
    }

    private static final List<String> SUBCOMMANDS = List.of("explain", "list", "validate", "docs");

    /** What runs for {@code catalog} without a subcommand. */
    private static final class WithoutSubcommand implements Runnable {
        @Override
        public void run() {
            throw new UsageException("missing subcommand: explain, list, validate or docs (see catalog --help)");
        }
    }

    /** The version of the command, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = CatalogCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"catalog " + p.getProperty("version", "(unknown version)")};
        }
    }
}
