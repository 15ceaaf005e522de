// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server reply shows beyond its enhanced code: the basic reply code and the provider. Context beats
 * policy when the catalogue picks a reading.
 *
 * <pre>{@code
 * ReplyContext ctx = ReplyContext.of(ReplyCode.of(555));
 * catalog.resolve(EnhancedStatusCode.parse("5.5.2"), ReadingPolicy.REFERENCE, ctx).reading().origin(); // STANDARD
 * ReplyContext gmail = ReplyContext.of(ReplyCode.of(550), Provider.GOOGLE);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReplyContext {

    private static final ReplyContext NONE = new ReplyContext(null, null);

    private final ReplyCode replyCode;
    private final Provider provider;

    private ReplyContext(ReplyCode replyCode, Provider provider) {
        this.replyCode = replyCode;
        this.provider = provider;
    }

    /**
     * No context: the policy alone decides.
     *
     * @return the empty context
     */
    public static ReplyContext none() {
        return NONE;
    }

    /**
     * A context with a basic reply code.
     *
     * @param replyCode the basic code, not null
     * @return the context
     */
    public static ReplyContext of(ReplyCode replyCode) {
        return new ReplyContext(Objects.requireNonNull(replyCode, "replyCode"), null);
    }

    /**
     * A context with a basic reply code and a provider, either of which may be absent.
     *
     * @param replyCode the basic code, or null
     * @param provider  the provider, or null
     * @return the context
     */
    public static ReplyContext of(ReplyCode replyCode, Provider provider) {
        return replyCode == null && provider == null ? NONE : new ReplyContext(replyCode, provider);
    }

    /**
     * The basic reply code.
     *
     * @return the code, or empty
     */
    public Optional<ReplyCode> replyCode() {
        return Optional.ofNullable(replyCode);
    }

    /**
     * The provider the reply revealed.
     *
     * @return the provider, or empty
     */
    public Optional<Provider> provider() {
        return Optional.ofNullable(provider);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReplyContext && Objects.equals(((ReplyContext) o).replyCode, replyCode)
                && ((ReplyContext) o).provider == provider;
    }

    @Override
    public int hashCode() {
        return Objects.hash(replyCode, provider);
    }

    @Override
    public String toString() {
        return "ReplyContext[replyCode=" + replyCode + ", provider=" + provider + "]";
    }
}
