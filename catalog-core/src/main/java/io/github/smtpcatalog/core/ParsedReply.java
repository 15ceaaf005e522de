// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What the reply parser found in a server reply, an exception text, DSN fields or a bounce text: the codes, the
 * failed recipient, the provider, the reply text without the codes and, for a DSN, its action.
 *
 * <pre>{@code
 * ParsedReply p = ReplyParser.parse("550 5.1.1 <jan@example.nl>: Recipient address rejected");
 * p.replyCode();       // Optional[550]
 * p.enhancedCode();    // Optional[5.1.1]
 * p.recipient();       // Optional[jan@example.nl]
 * p.codesAgree();      // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ParsedReply {

    private final ReplyCode replyCode;
    private final EnhancedStatusCode enhancedCode;
    private final String recipient;
    private final Provider provider;
    private final String text;
    private final DsnAction dsnAction;
    private final EnhancedStatusCode dsnStatus;
    private final String remoteMta;

    private ParsedReply(Builder b) {
        this.replyCode = b.replyCode;
        this.enhancedCode = b.enhancedCode;
        this.recipient = b.recipient;
        this.provider = b.provider;
        this.text = b.text == null ? "" : b.text;
        this.dsnAction = b.dsnAction;
        this.dsnStatus = b.dsnStatus;
        this.remoteMta = b.remoteMta;
        if (replyCode == null && enhancedCode == null && dsnStatus == null) {
            throw new IllegalArgumentException("A parsed reply needs a reply code, an enhanced code or a DSN status");
        }
    }

    /**
     * A builder, for parsers and tests.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The basic reply code, e.g. 550.
     *
     * @return the code, or empty when the text had none
     */
    public Optional<ReplyCode> replyCode() {
        return Optional.ofNullable(replyCode);
    }

    /**
     * The enhanced status code: the one in the reply text, else the DSN {@code Status} field.
     *
     * @return the code, or empty when the text had none
     */
    public Optional<EnhancedStatusCode> enhancedCode() {
        return Optional.ofNullable(enhancedCode != null ? enhancedCode : dsnStatus);
    }

    /**
     * Whether the basic and the enhanced code belong to the same class. A 550 reply carrying 4.2.2 does not: such
     * a disagreement is worth reporting.
     *
     * @return false only when both codes are present and their classes differ
     */
    public boolean codesAgree() {
        Optional<EnhancedStatusCode> e = enhancedCode();
        if (replyCode == null || e.isEmpty()) {
            return true;
        }
        Optional<StatusClass> c = replyCode.statusClass();
        return c.isPresent() && c.get() == e.get().statusClass();
    }

    /**
     * The failed recipient address, where the text names one.
     *
     * @return the address without angle brackets, or empty
     */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    /**
     * The domain of the failed recipient.
     *
     * @return the part after the last {@code @}, or empty
     */
    public Optional<String> recipientDomain() {
        if (recipient == null) {
            return Optional.empty();
        }
        int at = recipient.lastIndexOf('@');
        return at < 0 || at == recipient.length() - 1 ? Optional.empty() : Optional.of(recipient.substring(at + 1));
    }

    /**
     * This reply with another failed recipient, e.g. the one a bounce message names for the reply's group.
     *
     * <pre>{@code
     * ParsedReply p = ReplyParser.parse("550 5.1.1 User unknown").withRecipient("jan@example.nl");
     * p.recipient();   // Optional[jan@example.nl]
     * }</pre>
     *
     * @param value the address, or null for none
     * @return a parsed reply equal to this one but for the recipient
     */
    public ParsedReply withRecipient(String value) {
        Builder b = new Builder();
        b.replyCode = replyCode;
        b.enhancedCode = enhancedCode;
        b.recipient = value;
        b.provider = provider;
        b.text = text;
        b.dsnAction = dsnAction;
        b.dsnStatus = dsnStatus;
        b.remoteMta = remoteMta;
        return new ParsedReply(b);
    }

    /**
     * The provider the text reveals.
     *
     * @return the provider, or empty
     */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    /**
     * The reply text without the codes, continuation lines joined with a space.
     *
     * @return the text, possibly empty, never null
     */
    public String text() {
        return text;
    }

    /**
     * The DSN {@code Action} field, where the input was a DSN.
     *
     * @return the action, or empty
     */
    public Optional<DsnAction> dsnAction() {
        return Optional.ofNullable(dsnAction);
    }

    /**
     * The DSN {@code Status} field, where the input was a DSN.
     *
     * @return the status, or empty
     */
    public Optional<EnhancedStatusCode> dsnStatus() {
        return Optional.ofNullable(dsnStatus);
    }

    /**
     * The DSN {@code Remote-MTA} field (without its {@code dns;} type), where the input was a DSN.
     *
     * @return the host, or empty
     */
    public Optional<String> remoteMta() {
        return Optional.ofNullable(remoteMta);
    }

    /**
     * The context for choosing a reading in the catalogue: the basic code and the provider.
     *
     * @return the context, not null
     */
    public ReplyContext context() {
        return ReplyContext.of(replyCode, provider);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ParsedReply)) {
            return false;
        }
        ParsedReply p = (ParsedReply) o;
        return Objects.equals(replyCode, p.replyCode) && Objects.equals(enhancedCode, p.enhancedCode)
                && Objects.equals(recipient, p.recipient) && provider == p.provider && text.equals(p.text)
                && dsnAction == p.dsnAction && Objects.equals(dsnStatus, p.dsnStatus)
                && Objects.equals(remoteMta, p.remoteMta);
    }

    @Override
    public int hashCode() {
        return Objects.hash(replyCode, enhancedCode, recipient, provider, text, dsnAction, dsnStatus, remoteMta);
    }

    @Override
    public String toString() {
        return "ParsedReply[reply=" + replyCode + ", enhanced=" + enhancedCode + ", recipient=" + recipient
                + ", provider=" + provider + ", action=" + dsnAction + ", status=" + dsnStatus + "]";
    }

    /** Builds a {@link ParsedReply}. Not thread-safe. */
    public static final class Builder {
        private ReplyCode replyCode;
        private EnhancedStatusCode enhancedCode;
        private String recipient;
        private Provider provider;
        private String text;
        private DsnAction dsnAction;
        private EnhancedStatusCode dsnStatus;
        private String remoteMta;

        private Builder() {
        }

        /**
         * Sets the basic reply code.
         *
         * @param value the code, or null
         * @return this builder
         */
        public Builder replyCode(ReplyCode value) {
            replyCode = value;
            return this;
        }

        /**
         * Sets the enhanced code found in the reply text.
         *
         * @param value the code, or null
         * @return this builder
         */
        public Builder enhancedCode(EnhancedStatusCode value) {
            enhancedCode = value;
            return this;
        }

        /**
         * Sets the failed recipient.
         *
         * @param value the address, or null
         * @return this builder
         */
        public Builder recipient(String value) {
            recipient = value;
            return this;
        }

        /**
         * Sets the provider.
         *
         * @param value the provider, or null
         * @return this builder
         */
        public Builder provider(Provider value) {
            provider = value;
            return this;
        }

        /**
         * Sets the reply text without codes.
         *
         * @param value the text, or null for none
         * @return this builder
         */
        public Builder text(String value) {
            text = value;
            return this;
        }

        /**
         * Sets the DSN action.
         *
         * @param value the action, or null
         * @return this builder
         */
        public Builder dsnAction(DsnAction value) {
            dsnAction = value;
            return this;
        }

        /**
         * Sets the DSN status.
         *
         * @param value the status, or null
         * @return this builder
         */
        public Builder dsnStatus(EnhancedStatusCode value) {
            dsnStatus = value;
            return this;
        }

        /**
         * Sets the DSN remote MTA.
         *
         * @param value the host, or null
         * @return this builder
         */
        public Builder remoteMta(String value) {
            remoteMta = value;
            return this;
        }

        /**
         * Builds the parsed reply.
         *
         * @return the parsed reply
         * @throws IllegalArgumentException when it has no code at all
         */
        public ParsedReply build() {
            return new ParsedReply(this);
        }
    }
}
