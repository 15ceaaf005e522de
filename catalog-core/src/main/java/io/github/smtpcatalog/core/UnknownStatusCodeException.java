// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * Thrown by {@link StatusCatalog#get(EnhancedStatusCode)} for a code the catalogue has no entry for. Use
 * {@link StatusCatalog#resolve(EnhancedStatusCode, ReadingPolicy)} to fall back to the subject or class.
 *
 * <pre>{@code
 * StatusCatalog.standard().get(EnhancedStatusCode.parse("5.1.99"));   // throws: no entry 5.1.99
 * }</pre>
 *
 * @since 0.1
 */
public final class UnknownStatusCodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the code, as text
     */
    public UnknownStatusCodeException(String code) {
        super("The catalogue has no entry " + code);
    }
}
