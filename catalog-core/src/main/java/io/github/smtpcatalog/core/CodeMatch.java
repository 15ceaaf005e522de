// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Optional;

/**
 * One basic reply code and enhanced status code pair that {@link ReplyCodeFinder} found in a text, such as
 * {@code 550 5.1.1}, with the recipient address in angle brackets that directly follows it, where there is one,
 * and where in the text the match lies.
 *
 * <pre>{@code
 * String line = "550 5.1.1 <jan@example.nl>: Recipient address rejected: User unknown";
 * CodeMatch m = ReplyCodeFinder.find(line).orElseThrow();
 * m.replyCode();                          // 550
 * m.enhancedCode();                       // 5.1.1
 * m.recipient();                          // Optional[jan@example.nl]
 * line.substring(m.start(), m.end());     // "550 5.1.1 <jan@example.nl>"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Two matches are equal when their codes, recipient, start and end
 * are equal.
 *
 * @since 0.1
 */
public final class CodeMatch {

    private final ReplyCode replyCode;
    private final EnhancedStatusCode enhancedCode;
    private final String recipient;
    private final int start;
    private final int end;

    CodeMatch(ReplyCode replyCode, EnhancedStatusCode enhancedCode, String recipient, int start, int end) {
        this.replyCode = replyCode;
        this.enhancedCode = enhancedCode;
        this.recipient = recipient;
        this.start = start;
        this.end = end;
    }

    /**
     * The basic reply code, e.g. 550.
     *
     * @return the code, not null
     */
    public ReplyCode replyCode() {
        return replyCode;
    }

    /**
     * The enhanced status code that follows the basic code, e.g. 5.1.1. Its class need not agree with the basic
     * code's: {@code 550 4.2.2} is found as it is written.
     *
     * @return the code, not null
     */
    public EnhancedStatusCode enhancedCode() {
        return enhancedCode;
    }

    /**
     * The address between the angle brackets that follow the codes after white space, as it is written there
     * (e.g. {@code jan@example.nl} for {@code 550 5.1.1 <jan@example.nl>}). It is not checked beyond holding an
     * {@code @} with something on both sides.
     *
     * @return the address, or empty when no address in angle brackets follows the codes
     */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    /**
     * Where the match starts: the index of the basic code's first digit.
     *
     * @return the index in the text, from 0
     */
    public int start() {
        return start;
    }

    /**
     * Where the match ends (exclusive): after the closing {@code >} of the recipient when there is one, else after
     * the enhanced code's last digit. {@link ReplyCodeFinder#find(CharSequence, int)} with this index finds the
     * next match.
     *
     * @return the index in the text after the match
     */
    public int end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CodeMatch)) {
            return false;
        }
        CodeMatch m = (CodeMatch) o;
        return replyCode.equals(m.replyCode) && enhancedCode.equals(m.enhancedCode) && start == m.start
                && end == m.end && (recipient == null ? m.recipient == null : recipient.equals(m.recipient));
    }

    @Override
    public int hashCode() {
        int h = replyCode.hashCode() * 31 + enhancedCode.hashCode();
        h = h * 31 + (recipient == null ? 0 : recipient.hashCode());
        return (h * 31 + start) * 31 + end;
    }

    @Override
    public String toString() {
        return "CodeMatch[reply=" + replyCode + ", enhanced=" + enhancedCode + ", recipient=" + recipient
                + ", start=" + start + ", end=" + end + "]";
    }
}
