// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import java.util.Locale;

/** Finds e-mail addresses in bounce text: linear scans, no regular expressions. */
final class Addresses {

    /** The longest address taken (RFC 5321 path limit). */
    static final int MAX_ADDRESS = 254;

    private Addresses() {
    }

    static boolean isLocalChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "!#$%&'*+/=?^_`{|}~.-".indexOf(c) >= 0;
    }

    static boolean isDomainChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    /**
     * The address whose {@code @} is at {@code at}, or null when the characters around it are no address.
     *
     * @return {start, end} of the address, or null
     */
    static int[] around(CharSequence s, int at, int from, int to) {
        int a = at;
        while (a > from && at - a < 64 && isLocalChar(s.charAt(a - 1))) {
            a--;
        }
        int b = at + 1;
        while (b < to && b - at < 190 && isDomainChar(s.charAt(b))) {
            b++;
        }
        while (b > at + 1 && (s.charAt(b - 1) == '.' || s.charAt(b - 1) == '-')) {
            b--;
        }
        while (a < at && s.charAt(a) == '.') {
            a++;
        }
        if (a == at || b <= at + 1) {
            return null;
        }
        boolean letter = false;
        boolean dot = false;
        for (int i = at + 1; i < b; i++) {
            char c = s.charAt(i);
            letter |= Character.isLetter(c);
            dot |= c == '.';
        }
        if (!letter || !dot) {
            return null;
        }
        return new int[] {a, b};
    }

    /**
     * The first address in {@code s[from, to)}.
     *
     * @return the address in lower-case-preserving form, or null
     */
    static String first(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '@') {
                int[] r = around(s, i, from, to);
                if (r != null) {
                    return s.subSequence(r[0], r[1]).toString();
                }
            }
        }
        return null;
    }

    /**
     * The address when the whole of {@code line} (stripped) is one address, optionally in angle brackets and
     * followed by a colon.
     *
     * @return the address, or null
     */
    static String whole(String line) {
        String l = line.strip();
        if (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        if (l.startsWith("<") && l.endsWith(">")) {
            l = l.substring(1, l.length() - 1).strip();
        }
        if (l.isEmpty() || l.length() > MAX_ADDRESS) {
            return null;
        }
        int at = l.lastIndexOf('@');
        if (at <= 0) {
            return null;
        }
        int[] r = around(l, at, 0, l.length());
        return r != null && r[0] == 0 && r[1] == l.length() ? l : null;
    }

    static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
