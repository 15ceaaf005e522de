// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.cli.internal;

/** Escaping for Markdown (CommonMark / GitHub) and HTML output. */
public final class Markdown {

    private Markdown() {
    }

    /**
     * Text for a Markdown paragraph: the characters that would start emphasis, code, links or HTML are escaped,
     * and line breaks become spaces. Pipes are escaped too, so the
     * text also fits a table cell.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String text(String s) {
        String one = Text.oneLine(s);
        StringBuilder sb = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '>': case '|':
                    sb.append('\\').append(c);
                    break;
                case '#':
                    if (i == 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Text for HTML content or a quoted attribute value.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
