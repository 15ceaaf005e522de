// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** One run of the command in this process, on byte streams: exit code, standard output and standard error. */
record CommandRun(int exit, String out, String err) {

    static CommandRun withInput(String stdin, String... args) {
        return withCharset(StandardCharsets.UTF_8, stdin, args);
    }

    static CommandRun withCharset(Charset charset, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CatalogCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                err, charset);
        return new CommandRun(exit, out.toString(charset), err.toString(charset));
    }

    static CommandRun of(String... args) {
        return withInput("", args);
    }
}
