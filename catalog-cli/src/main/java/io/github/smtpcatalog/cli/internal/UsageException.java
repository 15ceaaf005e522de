// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

/**
 * Unusable input or arguments: the command prints the message as one line on standard error and exits with 2.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the reason, one line, for the user
     */
    public UsageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the reason, one line, for the user
     * @param cause   the cause
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
