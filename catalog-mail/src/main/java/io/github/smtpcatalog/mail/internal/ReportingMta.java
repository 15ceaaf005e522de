// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import io.github.smtpcatalog.core.Provider;
import jakarta.mail.MessagingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.angus.mail.dsn.DeliveryStatus;

/**
 * The per-message fields of a delivery-status part, read with Angus Mail's DSN support: which server wrote the
 * report ({@code Reporting-MTA}), and so which provider's own codes a recipient group without a remote server
 * reports.
 */
public final class ReportingMta {

    private static final String[] MICROSOFT = {".outlook.com", ".office365.com", ".exchangelabs.com",
        ".protection.outlook.com", ".hotmail.com"};
    private static final String[] GOOGLE = {".google.com", ".googlemail.com", ".gmail.com"};

    private ReportingMta() {
    }

    /**
     * The {@code Reporting-MTA} host of a delivery-status part.
     *
     * @param deliveryStatus the decoded part
     * @return the host in lower case, or null when the part has none or cannot be read
     */
    public static String host(String deliveryStatus) {
        try {
            DeliveryStatus ds = new DeliveryStatus(new ByteArrayInputStream(
                    deliveryStatus.getBytes(StandardCharsets.UTF_8)));
            String v = ds.getMessageDSN().getHeader("Reporting-MTA", null);
            if (v == null) {
                return null;
            }
            int semi = v.indexOf(';');
            String host = (semi < 0 ? v : v.substring(semi + 1)).strip();
            int space = host.indexOf(' ');
            host = space < 0 ? host : host.substring(0, space);
            return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The provider a host belongs to.
     *
     * @param host the host, or null
     * @return the provider, or null
     */
    public static Provider provider(String host) {
        if (host == null) {
            return null;
        }
        String h = "." + host.toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String s : MICROSOFT) {
            if (h.endsWith(s)) {
                return Provider.MICROSOFT;
            }
        }
        for (String s : GOOGLE) {
            if (h.endsWith(s)) {
                return Provider.GOOGLE;
            }
        }
        return null;
    }
}
