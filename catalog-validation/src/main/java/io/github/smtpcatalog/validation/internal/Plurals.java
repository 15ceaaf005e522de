// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.PluralRules;
import java.util.Set;

/** The CLDR plural categories of a locale, from ICU. Root counts as English. */
public final class Plurals {

    private Plurals() {
    }

    /**
     * The plural categories a plural or selectordinal needs in a locale.
     *
     * @param locale the locale name ({@code ""} for root)
     * @param type   {@link ArgType#PLURAL} or {@link ArgType#SELECTORDINAL}
     * @return the keywords, e.g. {@code [one, other]} for nl
     */
    public static Set<String> keywords(String locale, ArgType type) {
        PluralRules.PluralType t = type == ArgType.SELECTORDINAL ? PluralRules.PluralType.ORDINAL
                : PluralRules.PluralType.CARDINAL;
        return PluralRules.forLocale(Locales.rulesLocale(locale), t).getKeywords();
    }
}
