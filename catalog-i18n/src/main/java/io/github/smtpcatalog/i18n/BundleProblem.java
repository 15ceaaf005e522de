// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem the strict bundle reader found in a file: bytes that are not UTF-8, a duplicate key, an unknown
 * escape, a line without a key. The JDK's {@code Properties} would silently guess or overwrite.
 *
 * <pre>{@code
 * for (BundleProblem p : BundleFile.read(file).problems()) {
 *     System.out.println(p.line() + ": " + p.kind() + " " + p.message());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BundleProblem {

    /** The kinds of problem. */
    public enum Kind {
        /** The file cannot be read at all. */
        UNREADABLE(true),
        /** A byte sequence is not valid UTF-8 (for example a Latin-1 {@code ë}). */
        MALFORMED_UTF8(true),
        /** A key appears twice; {@code java.util.Properties} would keep the last value without a word. */
        DUPLICATE_KEY(true),
        /** A line holds no key, or a key without a separator and value. */
        MALFORMED_LINE(true),
        /** A {@code \\uXXXX} escape without four hexadecimal digits. */
        BAD_UNICODE_ESCAPE(true),
        /** An escape such as {@code \\q} that properties files do not define; the backslash is dropped. */
        UNKNOWN_ESCAPE(false);

        private final boolean error;

        Kind(boolean error) {
            this.error = error;
        }

        /**
         * Whether this kind makes the file unusable.
         *
         * @return true for errors, false for warnings
         */
        public boolean isError() {
            return error;
        }
    }

    private final Kind kind;
    private final int line;
    private final String key;
    private final String message;

    /**
     * Creates a problem.
     *
     * @param kind    the kind, not null
     * @param line    the 1-based line, or 0 for the whole file
     * @param key     the key concerned, or null
     * @param message a description in English, not null
     */
    public BundleProblem(Kind kind, int line, String key, String message) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.line = line;
        this.key = key;
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The line.
     *
     * @return the 1-based line, or 0 when the problem concerns the whole file
     */
    public int line() {
        return line;
    }

    /**
     * The key concerned.
     *
     * @return the key, or empty
     */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * A description in English.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BundleProblem)) {
            return false;
        }
        BundleProblem p = (BundleProblem) o;
        return kind == p.kind && line == p.line && Objects.equals(key, p.key) && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, line, key, message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + kind + ": " + message;
    }
}
