// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/** ASCII character tests: {@link Character#isDigit(char)} would accept Arabic-Indic and full-width digits. */
final class Ascii {

    private Ascii() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
