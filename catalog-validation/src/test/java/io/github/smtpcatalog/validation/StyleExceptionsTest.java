// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtpcatalog.i18n.BundleFile;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exceptions of two style warnings, at their edges: a translation may equal the English text when it is only
 * codes, acronyms and names ({@code same-as-english}), and a customer text may say "server" once it has named the
 * mail server ({@code jargon}). Each case validates one key in root and nl against the {@link SmallCatalog}.
 */
class StyleExceptionsTest {

    private static List<String> findings(String key, String root, String nl, String rule) {
        List<BundleFile> files = List.of(SmallCatalog.file("s.properties", key + " = " + root),
                SmallCatalog.file("s_nl.properties", key + " = " + nl));
        return SmallCatalog.validate(files).stream()
                .filter(f -> f.ruleId().equals(rule) && f.key().orElse("").equals(key))
                .map(f -> f.file().orElse("-") + ": " + f.message(Locale.ENGLISH))
                .collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an acronym                  | DNS                      | false",
        "acronyms and a code         | SPF, DKIM (5.7.26)       | false",
        "a name                      | Gmail                    | false",
        "a product name and a number | Microsoft 365            | false",
        "the word Code and a code    | Code 5.1.1               | false",
        "a code range                | 5.7.606-649              | false",
        "ordinary words              | Mailbox full             | true",
        "an acronym and a word       | DNS error                | true",
        "a lower-case acronym        | dns                      | true",
    })
    void aCopyOfTheEnglishTextIsOnlyAllowedForCodesAcronymsAndNames(String name, String text, boolean warned) {
        List<String> found = findings("iana.X.1.1.title", text, text, "same-as-english");
        assertThat(found).isEqualTo(warned ? List.of("s_nl.properties: The nl text is the same as the English text."
                + " Translate it; only codes and names may stay the same.") : List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "translated                  | Mailbox full             | Mailbox vol",
    })
    void aTranslationIsNoCopy(String name, String root, String nl) {
        assertThat(findings("iana.X.1.1.title", root, nl, "same-as-english")).isEmpty();
    }

    /** A cause or action may name a technique beside its plain description: only the customer text is checked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a cause           | iana.X.1.1.cause.1          | The sender check (SPF) of the domain failed.",
        "a customer action | iana.X.1.1.customerAction.1 | Ask your IT administrator to check the MX record.",
    })
    void causesAndActionsMayNameATechnique(String name, String key, String text) {
        assertThat(findings(key, text, text + " Vertaald.", "jargon")).isEmpty();
    }

    /** {@code words} is the jargon the warning names, or empty for no warning. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "root: server                        | root | The server refused the e-mail.                            | server",
        "root: servers                       | root | The servers refused the e-mail.                           | server",
        "root: mail server named first       | root | The mail server refused it. That server is busy.          | ",
        "root: mail servers named first      | root | The mail servers refused it. That server is busy.         | ",
        "root: server before mail server     | root | A server refused it. It was the mail server.              | ",
        "root: an acronym                    | root | The MX record of the domain is wrong.                     | MX",
        "root: a word in any case            | root | The Relay refused the e-mail.                             | relay",
        "root: server inside a word          | root | An observer refused the e-mail.                           | ",
        "nl: server                          | nl   | De server weigert de e-mail.                              | server",
        "nl: mailserver named first          | nl   | De mailserver weigert de e-mail. Die server is druk.      | ",
        "nl: e-mailserver                    | nl   | De e-mailserver weigert de e-mail.                        | ",
        "nl: mail server in two words        | nl   | De e-mail server weigert de e-mail.                       | server",
        "nl: an acronym and server           | nl   | De DNS server geeft geen antwoord.                        | 'DNS, server'",
    })
    void serverIsJargonUntilTheTextNamesTheMailServer(String name, String locale, String text, String words) {
        String other = locale.equals("nl") ? "The e-mail was refused." : "De e-mail is geweigerd.";
        String root = locale.equals("nl") ? other : text;
        String nl = locale.equals("nl") ? text : other;
        String file = locale.equals("nl") ? "s_nl.properties" : "s.properties";
        List<String> found = findings("iana.X.1.1.customer", root, nl, "jargon");
        if (words == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().asString().startsWith(file + ": ").contains(words);
        }
    }
}
