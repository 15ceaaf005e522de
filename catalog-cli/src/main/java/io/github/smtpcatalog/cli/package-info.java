// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code catalog} command. Part of the public API: {@link io.github.smtpcatalog.cli.CatalogCommand}, its
 * {@code main} method and {@code run}, which runs the command on streams of your own.
 *
 * <pre>{@code
 * int exit = CatalogCommand.run(new String[] {"explain", "5.1.1"}, System.in, System.out, System.err,
 *         StandardCharsets.UTF_8);
 * }</pre>
 */
package io.github.smtpcatalog.cli;
