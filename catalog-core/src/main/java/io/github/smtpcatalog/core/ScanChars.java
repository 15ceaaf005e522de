// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

/**
 * The character classes and small comparisons of the reply scanner. Each looks at one character or a bounded run
 * of them, so a scan stays linear.
 */
final class ScanChars {

    private ScanChars() {
    }

    static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f' || c == '\u000b'
                || (c > 0x7f && Character.isSpaceChar(c));
    }

    /** Characters that may stand before a code at the start of a line: "#550", "'550", "> 550", "* 550". */
    static boolean isCodeOpener(char c) {
        switch (c) {
            case '#':
            case '\'':
            case '"':
            case '<':
            case '>':
            case '*':
            case '|':
                return true;
            default:
                return false;
        }
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordStart(char c) {
        return isAsciiLetter(c) || c == '_' || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    static boolean isWordPart(char c) {
        return isAsciiLetter(c) || Ascii.isDigit(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '%'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    /** A character that glues a number to a word: 550ms, 5.1.1a, 5٥0, 123abc@example.nl. */
    static boolean isGlued(char c) {
        return isAsciiLetter(c) || c == '_' || c == '@' || c == '+' || c == '%'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    static boolean isDomainChar(char c) {
        return isAsciiLetter(c) || Ascii.isDigit(c) || c == '.' || c == '-'
                || (c > 0x7f && Character.isLetterOrDigit(c));
    }

    static int count(String t, char ch) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ch) {
                n++;
            }
        }
        return n;
    }

    /** Whether text at pos starts with the lower-case ASCII string, ignoring ASCII case. */
    static boolean regionEqualsIgnoreCase(CharSequence text, int pos, String lower) {
        int n = lower.length();
        if (pos < 0 || pos + n > text.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(pos + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether s[a, e) is one of the lower-case words, ignoring ASCII case. */
    static boolean isAnyOf(CharSequence s, int a, int e, String[] words) {
        for (String w : words) {
            if (equalsIgnoreCase(s, a, e, w)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive (ASCII) comparison of s[a, e) with a lower-case word. */
    static boolean equalsIgnoreCase(CharSequence s, int a, int e, String lower) {
        return e - a == lower.length() && regionEqualsIgnoreCase(s, a, lower);
    }

    /** Whether s[a, e) starts with one of the lower-case prefixes, ignoring ASCII case. */
    static boolean startsWithAny(CharSequence s, int a, int e, String[] lowerPrefixes) {
        for (String p : lowerPrefixes) {
            if (e - a >= p.length() && regionEqualsIgnoreCase(s, a, p)) {
                return true;
            }
        }
        return false;
    }
}
