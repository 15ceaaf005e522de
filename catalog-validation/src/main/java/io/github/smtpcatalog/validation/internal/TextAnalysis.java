// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language checks of the house style (DESIGN "Texts", TEXT_BRIEF): sentence length, jargon in customer
 * texts, informal address in Dutch, copies of the English text, and mojibake.
 */
public final class TextAnalysis {

    /** The longest customer sentence, in words (DESIGN: "at most about 15 words a sentence"). */
    public static final int MAX_SENTENCE_WORDS = 15;
    /** The longest title, in characters (TEXT_BRIEF: "at most 60 characters"). */
    public static final int MAX_TITLE_LENGTH = 60;

    /** Technical words that a customer text must not use (TEXT_BRIEF: never relay, MX, DNS, SMTP, ...). */
    public static final List<String> JARGON_ACRONYMS = List.of("MX", "DNS", "SMTP", "ESMTP", "SPF", "DKIM", "DMARC",
            "TLS", "SSL", "STARTTLS", "DSN", "NDR", "MTA", "IP", "PTR", "RCPT", "EHLO", "HELO", "TCP", "ARC");
    /** Technical words matched regardless of case. */
    public static final List<String> JARGON_WORDS = List.of("relay", "relays", "relayed", "relaying", "postmaster",
            "gateway", "header", "headers");

    /**
     * Words that a Dutch text may share with the English one (codes, acronyms and names are allowed too). The
     * CLDR {@code sameAsEnglish} check has the same kind of exception list.
     */
    public static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of("code", "gmail", "google", "microsoft",
            "exchange", "online", "outlook", "workspace", "office", "iana", "rfc", "status", "x");

    private static final Pattern INFORMAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(je|jij|jou|jouw|jouwe|jullie|jezelf)(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern MOJIBAKE = Pattern.compile("\uFFFD|[\u00C2\u00C3][\u0080-\u00BF]|\u00E2\u20AC");
    private static final Pattern ACRONYM_OR_CODE = Pattern.compile("[\\p{Lu}\\p{N}.x-]+");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COPY_SEPARATORS = Pattern.compile("[\\s/(),:;]+");
    private static final Pattern JARGON_ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])("
            + String.join("|", JARGON_ACRONYMS) + ")(?![\\p{L}\\p{N}])");
    private static final Pattern JARGON_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])("
            + String.join("|", JARGON_WORDS) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SERVER = Pattern.compile("(?<![\\p{L}\\p{N}])servers?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TextAnalysis() {
    }

    /**
     * The sentences of a text.
     *
     * @param text the text
     * @return the sentences, stripped
     */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * The number of words of a sentence: whitespace-separated tokens with a letter or digit.
     *
     * @param sentence the sentence
     * @return the count
     */
    public static int words(String sentence) {
        int n = 0;
        for (String t : SPACES.split(sentence)) {
            if (WORD.matcher(t).find()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The longest sentence of a text, in words.
     *
     * @param text the text
     * @return the word count of the longest sentence, 0 for an empty text
     */
    public static int longestSentence(String text) {
        int max = 0;
        for (String s : sentences(text)) {
            max = Math.max(max, words(s));
        }
        return max;
    }

    /**
     * The jargon words in a customer text.
     *
     * @param text     the rendered text
     * @param language the language code of the text ({@code nl}, {@code en}, ...)
     * @return the words found, in order
     */
    public static Set<String> jargon(String text, String language) {
        Set<String> out = new LinkedHashSet<>();
        Matcher a = JARGON_ACRONYM.matcher(text);
        while (a.find()) {
            out.add(a.group(1));
        }
        Matcher w = JARGON_WORD.matcher(text);
        while (w.find()) {
            out.add(w.group(1).toLowerCase(Locale.ROOT));
        }
        // "server" only as "mailserver" / "e-mailserver" (nl) or "mail server" (en); once the text has named the
        // mail server, "that server" may refer back to it.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean named = lower.contains(language.equals("en") ? "mail server" : "mailserver");
        Matcher m = SERVER.matcher(text);
        while (!named && m.find()) {
            if (!(language.equals("en") && lower.substring(0, m.start()).endsWith("mail "))) {
                out.add("server");
                break;
            }
        }
        return out;
    }

    /**
     * The informal forms of address (je, jij, jouw, jullie ...) in a Dutch text.
     *
     * @param text the text
     * @return the words found, lower case, in order
     */
    public static Set<String> informal(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = INFORMAL.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Whether a translation may equal the English text: every word is a code, an acronym or an allowed name.
     *
     * @param text the text
     * @return true when a copy is acceptable
     */
    public static boolean copyAllowed(String text) {
        for (String t : COPY_SEPARATORS.split(text)) {
            if (t.isEmpty()) {
                continue;
            }
            if (ACRONYM_OR_CODE.matcher(t).matches() && !LOWER.matcher(t).find()) {
                continue;
            }
            if (SAME_AS_ENGLISH_ALLOWED.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * The first sign of mojibake: U+FFFD, or UTF-8 read as Latin-1 ({@code Ã©}, {@code â€™}).
     *
     * @param text the text
     * @return the offending characters, or null
     */
    public static String mojibake(String text) {
        Matcher m = MOJIBAKE.matcher(text);
        return m.find() ? m.group() : null;
    }

    /**
     * Whether a text starts or ends with white space (including no-break and other Unicode spaces).
     *
     * @param text the text
     * @return true when it does
     */
    public static boolean hasSurroundingWhitespace(String text) {
        return !text.isEmpty() && (isSpace(text.codePointAt(0))
                || isSpace(text.codePointBefore(text.length())));
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }
}
