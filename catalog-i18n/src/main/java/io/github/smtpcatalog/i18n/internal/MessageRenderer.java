// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/**
 * Formats ICU MessageFormat patterns with named arguments. ICU's {@code MessageFormat} is not thread-safe, so
 * each thread keeps its own compiled instances: the same pattern is parsed once per thread and locale, and no
 * instance is ever shared between threads. The cache is bounded by the number of patterns in the bundles.
 */
public final class MessageRenderer {

    private final ThreadLocal<Map<String, Map<String, MessageFormat>>> cache =
            ThreadLocal.withInitial(HashMap::new);

    /**
     * Formats a pattern.
     *
     * @param pattern    the ICU pattern
     * @param localeName the ICU locale name ("nl", "" for root)
     * @param args       the named arguments
     * @return the formatted text
     * @throws IllegalArgumentException when the pattern is malformed
     */
    public String format(String pattern, String localeName, Map<String, Object> args) {
        Map<String, MessageFormat> forLocale = cache.get().computeIfAbsent(localeName, k -> new HashMap<>());
        MessageFormat f = forLocale.get(pattern);
        if (f == null) {
            f = new MessageFormat(pattern, new ULocale(localeName));
            forLocale.put(pattern, f);
        }
        return f.format(args);
    }
}
