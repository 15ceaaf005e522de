// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.benchmarks;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;

/**
 * The cold start baseline: a JVM that formats one Dutch ICU pattern with a named argument, prints it and exits.
 * Packed alone with ICU4J into {@code target/icu-format.jar}.
 */
public final class IcuFormatMain {

    private IcuFormatMain() {
    }

    /**
     * Formats and prints one pattern.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MessageFormat f = new MessageFormat("{recipient, select, none {Uw e-mail is niet bezorgd.}"
                + " other {Uw e-mail aan {recipient} is niet bezorgd.}}", new ULocale("nl"));
        System.out.println(f.format(Map.of("recipient", "jan@example.nl")));
    }
}
