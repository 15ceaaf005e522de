// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;

/**
 * The command's standard streams, each written with an explicit charset: the one the JVM says the terminal uses
 * ({@code stdout.encoding} / {@code stderr.encoding}, Java 19+ or given with {@code -D}), else
 * {@code native.encoding}, else UTF-8. Characters the charset cannot encode are written as a near equivalent
 * ({@code ë} as {@code e}, {@code ’} as {@code '}) or {@code ?}, never as an exception.
 */
public final class Console {

    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Charset outCharset;

    /**
     * A console over the given streams.
     *
     * @param in         standard input
     * @param out        standard output
     * @param outCharset the charset of standard output
     * @param err        standard error
     * @param errCharset the charset of standard error
     */
    public Console(InputStream in, OutputStream out, Charset outCharset, OutputStream err, Charset errCharset) {
        this.in = Objects.requireNonNull(in, "in");
        this.outCharset = Objects.requireNonNull(outCharset, "outCharset");
        this.out = new PrintWriter(new ReplacingWriter(out, outCharset), false);
        this.err = new PrintWriter(new ReplacingWriter(err, errCharset), true);
    }

    /**
     * The console of this process: {@code System.in} and the file descriptors of standard output and error.
     *
     * @return the console
     */
    public static Console system() {
        return new Console(System.in, new FileOutputStream(FileDescriptor.out), charset("stdout.encoding"),
                new FileOutputStream(FileDescriptor.err), charset("stderr.encoding"));
    }

    /**
     * The charset a standard stream uses: the named system property, else {@code native.encoding}, else UTF-8.
     *
     * @param property {@code stdout.encoding} or {@code stderr.encoding}
     * @return the charset
     */
    static Charset charset(String property) {
        for (String name : new String[] {System.getProperty(property), System.getProperty("native.encoding")}) {
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name.strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // try the next one
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * Standard input.
     *
     * @return the stream
     */
    public InputStream in() {
        return in;
    }

    /**
     * Standard output; the caller flushes.
     *
     * @return the writer
     */
    public PrintWriter out() {
        return out;
    }

    /**
     * Standard error, flushed on every line.
     *
     * @return the writer
     */
    public PrintWriter err() {
        return err;
    }

    /**
     * Whether standard output can encode every character (a Unicode charset).
     *
     * @return true for UTF-8 and UTF-16
     */
    public boolean outIsUnicode() {
        return ReplacingWriter.isUnicode(outCharset);
    }
}
