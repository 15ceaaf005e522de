// SPDX-License-Identifier: Apache-2.0
/** A customer's application that explains SMTP errors in Dutch. */
module io.github.smtpcatalog.it.consumer {
    requires io.github.smtpcatalog.i18n;
    requires io.github.smtpcatalog.mail;
}
