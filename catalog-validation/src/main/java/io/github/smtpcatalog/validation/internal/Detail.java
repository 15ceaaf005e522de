// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a constraint validator found: the rule, where, and the message arguments. It travels from the validator to
 * the report as the dynamic payload of a Hibernate Validator constraint violation.
 *
 * @param rule the rule
 * @param file the file name, or null
 * @param line the 1-based line, or 0
 * @param key  the bundle key, or null
 * @param code the catalogue code, or null
 * @param args the message arguments (strings and numbers), in insertion order
 */
public record Detail(Rule rule, String file, int line, String key, String code, Map<String, Object> args) {

    /**
     * Creates a detail; the arguments are copied.
     */
    public Detail {
        Objects.requireNonNull(rule, "rule");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    /**
     * Starts a detail of a rule.
     *
     * @param rule the rule
     * @return a builder
     */
    public static Builder of(Rule rule) {
        return new Builder(rule);
    }

    /** Builds a {@link Detail}. */
    public static final class Builder {
        private final Rule rule;
        private String file;
        private int line;
        private String key;
        private String code;
        private final Map<String, Object> args = new LinkedHashMap<>();

        private Builder(Rule rule) {
            this.rule = rule;
        }

        /**
         * Sets the file.
         *
         * @param value the file name, or null
         * @return this
         */
        public Builder file(String value) {
            file = value;
            return this;
        }

        /**
         * Sets the line.
         *
         * @param value the line, or 0
         * @return this
         */
        public Builder line(int value) {
            line = Math.max(0, value);
            return this;
        }

        /**
         * Sets the key.
         *
         * @param value the key, or null
         * @return this
         */
        public Builder key(String value) {
            key = value;
            return this;
        }

        /**
         * Sets the code.
         *
         * @param value the code, or null
         * @return this
         */
        public Builder code(String value) {
            code = value;
            return this;
        }

        /**
         * Adds a message argument.
         *
         * @param name  the name
         * @param value a string or a number; null is written as an empty string
         * @return this
         */
        public Builder arg(String name, Object value) {
            args.put(name, value == null ? "" : value);
            return this;
        }

        /**
         * Builds the detail.
         *
         * @return the detail
         */
        public Detail build() {
            return new Detail(rule, file, line, key, code, args);
        }
    }
}
