// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail.internal;

import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.ParsedReply;
import java.util.Objects;
import java.util.Optional;

/** Helpers for {@link ParsedReply}, which has no copy-builder. */
public final class Replies {

    private Replies() {
    }

    /**
     * The same parsed reply with a provider.
     *
     * @param p        the reply
     * @param provider the provider
     * @return the reply with that provider
     */
    public static ParsedReply withProvider(ParsedReply p, io.github.smtpcatalog.core.Provider provider) {
        return copy(p, p.recipient().orElse(null), provider);
    }

    /**
     * The same parsed reply naming another recipient.
     *
     * @param p         the reply
     * @param recipient the address, or null to keep the reply's own
     * @return the reply with that recipient
     */
    public static ParsedReply withRecipient(ParsedReply p, String recipient) {
        if (recipient == null || recipient.equals(p.recipient().orElse(null))) {
            return p;
        }
        return copy(p, recipient, p.provider().orElse(null));
    }

    private static ParsedReply copy(ParsedReply p, String recipient, io.github.smtpcatalog.core.Provider provider) {
        Optional<EnhancedStatusCode> status = p.dsnStatus();
        EnhancedStatusCode enhanced = p.enhancedCode().orElse(null);
        // enhancedCode() falls back to the DSN status; keep that fallback rather than copy it.
        if (status.isPresent() && Objects.equals(enhanced, status.get())) {
            enhanced = null;
        }
        return ParsedReply.builder().replyCode(p.replyCode().orElse(null)).enhancedCode(enhanced)
                .recipient(recipient).provider(provider).text(p.text())
                .dsnAction(p.dsnAction().orElse(null)).dsnStatus(status.orElse(null))
                .remoteMta(p.remoteMta().orElse(null)).build();
    }
}
