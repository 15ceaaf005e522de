// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

/**
 * Thrown when a set of bundles cannot be used: a folder that cannot be read, or a file with an error such as a
 * malformed UTF-8 byte or a duplicate key. The message names the file and the line. Run the validation module
 * on the folder for a full report.
 *
 * <pre>{@code
 * CatalogTexts.load(Path.of("my-bundles"));
 * // BundleLoadException: seed_nl.properties:12: DUPLICATE_KEY: the key seed.5.1.1.title was already defined on line 4
 * }</pre>
 *
 * @since 0.1
 */
public final class BundleLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, naming file and line
     * @param cause   the cause, or null
     */
    public BundleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
