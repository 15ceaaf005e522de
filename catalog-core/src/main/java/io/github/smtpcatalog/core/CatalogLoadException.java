// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * Thrown when a catalogue data file is malformed. The message names the file, the line and the reason; no
 * half-loaded catalogue is ever returned.
 *
 * <pre>{@code
 * StatusCatalog.load(new StringReader("5.1\tSTANDARD\t..."), "fixture.tsv");
 * // CatalogLoadException: fixture.tsv:1: invalid code "5.1"
 * }</pre>
 *
 * @since 0.1
 */
public final class CatalogLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * Creates the exception.
     *
     * @param file   the name of the data file
     * @param line   the line number, 1-based, or 0 when the problem is not on one line
     * @param reason what is wrong
     * @param cause  the underlying exception, or null
     */
    public CatalogLoadException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
    }

    /**
     * The name of the data file.
     *
     * @return the name
     */
    public String file() {
        return file;
    }

    /**
     * The line of the problem.
     *
     * @return the 1-based line, or 0 when the problem is not on one line
     */
    public int line() {
        return line;
    }
}
