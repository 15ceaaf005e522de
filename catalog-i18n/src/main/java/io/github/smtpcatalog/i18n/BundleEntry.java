// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import java.util.Objects;

/**
 * One {@code key = value} line of a bundle file, with its line number.
 *
 * <pre>{@code
 * BundleEntry e = BundleFile.read(Path.of("seed_nl.properties")).entries().get(0);
 * e.key();     // "seed.5.0.0.title"
 * e.line();    // 4
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BundleEntry {

    private final String key;
    private final String value;
    private final int line;

    /**
     * Creates an entry.
     *
     * @param key   the key, not null
     * @param value the unescaped value, not null
     * @param line  the 1-based line where the entry starts
     */
    public BundleEntry(String key, String value, int line) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
        this.line = line;
    }

    /**
     * The key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The value, with escapes resolved.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * The line where the entry starts.
     *
     * @return the 1-based line number
     */
    public int line() {
        return line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BundleEntry && ((BundleEntry) o).key.equals(key) && ((BundleEntry) o).value.equals(value)
                && ((BundleEntry) o).line == line;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value, line);
    }

    @Override
    public String toString() {
        return line + ": " + key + " = " + value;
    }
}
