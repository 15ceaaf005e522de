// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Formats ICU MessageFormat patterns with named arguments. ICU's {@code MessageFormat} is not thread-safe, so
 * each thread keeps its own compiled instances: the same pattern is parsed once per thread and locale, and no
 * instance is ever shared between threads.
 *
 * <p>A plain-text pattern ({@link #isLiteral}) is returned as it is. Each distinct pattern and locale is registered once as a {@link Message} with a small number; a thread's
 * compiled formats live in an array indexed by that number, so formatting a registered message costs one
 * thread-local read and one array read before ICU's own work. The registry and the per-thread arrays are bounded
 * by the number of distinct patterns in the bundles.
 */
public final class MessageRenderer {

    /** A pattern in a locale, registered with this renderer. Immutable and thread-safe. */
    public static final class Message {
        private final int id;
        private final String pattern;
        private final ULocale locale;
        private final boolean literal;

        private Message(int id, String pattern, ULocale locale, boolean literal) {
            this.id = id;
            this.pattern = pattern;
            this.locale = locale;
            this.literal = literal;
        }

        /**
         * The pattern.
         *
         * @return the ICU pattern
         */
        public String pattern() {
            return pattern;
        }
    }

    private static final MessageFormat[] NONE = new MessageFormat[0];

    /** Locale name, then pattern, to its message. */
    private final Map<String, Map<String, Message>> messages = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final ThreadLocal<MessageFormat[]> compiled = new ThreadLocal<>() {
        @Override
        protected MessageFormat[] initialValue() {
            return NONE;
        }
    };

    /**
     * The message of a pattern in a locale, registered on first use.
     *
     * @param pattern    the ICU pattern
     * @param localeName the ICU locale name ("nl", "" for root)
     * @return the message: for a pattern that needs formatting, the same instance for the same pattern and
     *         locale; a plain-text pattern is not registered (nothing is compiled for it)
     */
    public Message message(String pattern, String localeName) {
        if (isLiteral(pattern)) {
            return new Message(-1, pattern, null, true);
        }
        // No lambdas: the first explanation of a process runs this (start-up time).
        Map<String, Message> forLocale = messages.get(localeName);
        if (forLocale == null) {
            forLocale = new ConcurrentHashMap<>();
            Map<String, Message> raced = messages.putIfAbsent(localeName, forLocale);
            forLocale = raced != null ? raced : forLocale;
        }
        Message m = forLocale.get(pattern);
        if (m == null) {
            synchronized (forLocale) {
                m = forLocale.get(pattern);
                if (m == null) {
                    m = new Message(ids.getAndIncrement(), pattern, formatLocale(localeName), false);
                    forLocale.put(pattern, m);
                }
            }
        }
        return m;
    }

    /**
     * The locale a pattern is formatted in. The root bundles are English, so a root pattern takes English plural
     * rules and number formats (ICU's root locale knows only the plural form {@code other}, so {@code one} would
     * never be chosen).
     */
    static ULocale formatLocale(String localeName) {
        return localeName.isEmpty() ? ULocale.ENGLISH : new ULocale(localeName);
    }

    /**
     * Formats a registered message with this thread's compiled instance of it.
     *
     * @param message the message of this renderer
     * @param args    the named arguments
     * @return the formatted text
     * @throws IllegalArgumentException when the pattern is malformed
     */
    public String format(Message message, Map<String, Object> args) {
        if (message.literal) {
            return message.pattern;
        }
        MessageFormat[] formats = compiled.get();
        int id = message.id;
        MessageFormat f = id < formats.length ? formats[id] : null;
        if (f == null) {
            f = new MessageFormat(message.pattern, message.locale);
            if (id >= formats.length) {
                formats = Arrays.copyOf(formats, Math.max(id + 1, Math.max(16, formats.length * 2)));
                compiled.set(formats);
            }
            formats[id] = f;
        }
        return f.format(args);
    }

    /**
     * Whether a pattern is plain text, which ICU formats to itself: no argument or sub-message ({@code {}, {@code }})
     * and no apostrophe (quoting). {@code #} and {@code |} are special only inside plural and choice sub-messages,
     * which need braces. Most texts are plain: they are returned as they are, with no compiled format kept.
     *
     * @param pattern the pattern
     * @return true when formatting it gives it back unchanged
     */
    public static boolean isLiteral(String pattern) {
        return pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0 && pattern.indexOf('\'') < 0;
    }

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
        return format(message(pattern, localeName), args);
    }
}
