// SPDX-License-Identifier: Apache-2.0
/**
 * Explanations from Jakarta Mail exceptions and from bounce messages (RFC 3464 delivery status notifications and
 * the plain-text bounces of common mail servers), read with Eclipse Angus Mail.
 */
module io.github.smtpcatalog.mail {
    requires transitive io.github.smtpcatalog.i18n; // the API returns explanations and takes explain options
    requires transitive jakarta.mail;               // the API takes MimeMessage and MessagingException
    requires org.eclipse.angus.mail;                // SMTPAddressFailedException and friends carry the replies
    requires org.eclipse.angus.mail.dsn;            // the content handlers of multipart/report and its parts

    exports io.github.smtpcatalog.mail;
}
