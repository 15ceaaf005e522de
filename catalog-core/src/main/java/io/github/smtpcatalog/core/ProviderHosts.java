// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import static io.github.smtpcatalog.core.ScanChars.regionEqualsIgnoreCase;

/**
 * The providers whose host names the reply scanner knows: a host belongs to a provider when its last labels are
 * one of the provider's domains ({@code mx.google.com}, {@code eur.protection.outlook.com}).
 */
final class ProviderHosts {

    private static final String[] GOOGLE_HOSTS = {"google.com", "googlemail.com", "gmail.com"};
    private static final String[] MICROSOFT_HOSTS = {"outlook.com", "hotmail.com", "office365.com",
        "exchangelabs.com", "microsoft.com", "aka.ms"};
    private static final String[] YAHOO_HOSTS = {"yahoodns.net", "yahoo.com", "yahoo.net", "yahooinc.com",
        "aol.com"};
    private static final String[] APPLE_HOSTS = {"icloud.com", "me.com", "mac.com", "apple.com"};

    private ProviderHosts() {
    }

    /** The provider a host name belongs to, by its last labels; null for none. */
    static Provider of(CharSequence text, int ws, int we) {
        if (matchesHost(text, ws, we, GOOGLE_HOSTS)) {
            return Provider.GOOGLE;
        }
        if (matchesHost(text, ws, we, MICROSOFT_HOSTS)) {
            return Provider.MICROSOFT;
        }
        if (matchesHost(text, ws, we, YAHOO_HOSTS)) {
            return Provider.YAHOO;
        }
        if (matchesHost(text, ws, we, APPLE_HOSTS)) {
            return Provider.APPLE;
        }
        return null;
    }

    private static boolean matchesHost(CharSequence text, int ws, int we, String[] suffixes) {
        for (String suffix : suffixes) {
            int n = suffix.length();
            if (we - ws < n) {
                continue;
            }
            int st = we - n;
            if ((st == ws || text.charAt(st - 1) == '.') && regionEqualsIgnoreCase(text, st, suffix)) {
                return true;
            }
        }
        return false;
    }
}
