// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** Small text helpers of the command. */
public final class Text {

    private Text() {
    }

    /**
     * Decodes input bytes as UTF-8; a malformed byte becomes U+FFFD rather than an error (bounces are messy).
     *
     * @param bytes the bytes
     * @return the text
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE decoding cannot fail", e);
        }
    }

    /**
     * Parses a language tag given as an option ({@code nl}, {@code en}, {@code nl-BE}; {@code nl_BE} too).
     *
     * @param tag the tag
     * @return the locale
     * @throws UsageException when the tag is not well-formed
     */
    public static Locale locale(String tag) {
        try {
            Locale l = new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-')).build();
            if (l.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return l;
        } catch (IllformedLocaleException e) {
            throw new UsageException("invalid --locale '" + oneLine(tag) + "': give a language tag such as nl or en");
        }
    }

    /**
     * The text on one line: control characters and line breaks become spaces, runs of spaces one space.
     *
     * @param s the text
     * @return the line
     */
    public static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
