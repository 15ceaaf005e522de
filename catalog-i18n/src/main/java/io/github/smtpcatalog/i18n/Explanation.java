// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.i18n;

import io.github.smtpcatalog.core.Agreement;
import io.github.smtpcatalog.core.BounceCategory;
import io.github.smtpcatalog.core.CatalogCode;
import io.github.smtpcatalog.core.EnhancedStatusCode;
import io.github.smtpcatalog.core.Level;
import io.github.smtpcatalog.core.Origin;
import io.github.smtpcatalog.core.ReadingChoice;
import io.github.smtpcatalog.core.ReplyCode;
import io.github.smtpcatalog.core.StatusClass;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A localised explanation of an SMTP status: what happened, whether retrying helps, typical causes, and what the
 * customer and the administrator can do; plus which catalogue entry and reading answered.
 *
 * <pre>{@code
 * Explanation e = Explainer.standard().explain("550 5.1.1 <jan@example.nl>: Recipient address rejected",
 *         ExplainOptions.of(Locale.forLanguageTag("nl")));
 * e.title();             // the Dutch title of 5.1.1
 * e.message();           // "Uw e-mail is niet bezorgd. ... jan@example.nl ..."
 * e.retryable();         // false
 * e.matchedLevel();      // DETAIL
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Explanation {

    private final ReplyCode replyCode;
    private final EnhancedStatusCode enhancedCode;
    private final CatalogCode matchedCode;
    private final Origin reading;
    private final ReadingChoice readingChoice;
    private final Agreement agreement;
    private final StatusClass statusClass;
    private final boolean retryable;
    private final BounceCategory category;
    private final String sisimaiReason;
    private final String provenance;
    private final String recipient;
    private final boolean codesAgree;
    private final Audience audience;
    private final Locale locale;
    private final String title;
    private final String message;
    private final List<String> causes;
    private final List<String> customerActions;
    private final List<String> adminActions;

    Explanation(Builder b) {
        this.replyCode = b.replyCode;
        this.enhancedCode = b.enhancedCode;
        this.matchedCode = Objects.requireNonNull(b.matchedCode);
        this.reading = Objects.requireNonNull(b.reading);
        this.readingChoice = Objects.requireNonNull(b.readingChoice);
        this.agreement = Objects.requireNonNull(b.agreement);
        this.statusClass = b.statusClass;
        this.retryable = b.retryable;
        this.category = Objects.requireNonNull(b.category);
        this.sisimaiReason = b.sisimaiReason;
        this.provenance = Objects.requireNonNull(b.provenance);
        this.recipient = b.recipient;
        this.codesAgree = b.codesAgree;
        this.audience = Objects.requireNonNull(b.audience);
        this.locale = Objects.requireNonNull(b.locale);
        this.title = Objects.requireNonNull(b.title);
        this.message = Objects.requireNonNull(b.message);
        this.causes = List.copyOf(b.causes);
        this.customerActions = List.copyOf(b.customerActions);
        this.adminActions = List.copyOf(b.adminActions);
    }

    /**
     * The basic reply code of the input.
     *
     * @return the code, or empty
     */
    public Optional<ReplyCode> replyCode() {
        return Optional.ofNullable(replyCode);
    }

    /**
     * The enhanced code of the input.
     *
     * @return the code, or empty when the input had only a basic reply code
     */
    public Optional<EnhancedStatusCode> enhancedCode() {
        return Optional.ofNullable(enhancedCode);
    }

    /**
     * The catalogue entry that answered: {@code 5.1.1}, {@code 5.1.x}, {@code 5.x.x} or {@code 550}.
     *
     * @return the code
     */
    public CatalogCode matchedCode() {
        return matchedCode;
    }

    /**
     * The level that answered.
     *
     * @return DETAIL, SUBJECT, CLASS or REPLY
     */
    public Level matchedLevel() {
        return matchedCode.level();
    }

    /**
     * The reading used.
     *
     * @return STANDARD, SEED, MICROSOFT or GOOGLE
     */
    public Origin reading() {
        return reading;
    }

    /**
     * Why that reading was used.
     *
     * @return the choice
     */
    public ReadingChoice readingChoice() {
        return readingChoice;
    }

    /**
     * How the reading relates to the standard meaning.
     *
     * @return the agreement
     */
    public Agreement agreement() {
        return agreement;
    }

    /**
     * Whether the reading used departs from the standard meaning.
     *
     * @return true for partial, different and unregistered readings
     */
    public boolean departsFromStandard() {
        return agreement.departsFromStandard();
    }

    /**
     * The class of the status.
     *
     * @return the class, or empty for an intermediate (3xx) reply
     */
    public Optional<StatusClass> statusClass() {
        return Optional.ofNullable(statusClass);
    }

    /**
     * Whether sending again later, unchanged, can succeed.
     *
     * @return true for temporary conditions
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * The bounce-reason category.
     *
     * @return the category
     */
    public BounceCategory category() {
        return category;
    }

    /**
     * The matching Sisimai reason name.
     *
     * @return the name, or empty
     */
    public Optional<String> sisimaiReason() {
        return Optional.ofNullable(sisimaiReason);
    }

    /**
     * Where the meaning used is documented.
     *
     * @return the provenance of the reading
     */
    public String provenance() {
        return provenance;
    }

    /**
     * The failed recipient, where the input named one.
     *
     * @return the address, or empty
     */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    /**
     * Whether the basic and the enhanced code of the input agree in class (a 550 with 4.2.2 does not).
     *
     * @return false only for a disagreement
     */
    public boolean codesAgree() {
        return codesAgree;
    }

    /**
     * The audience the message was written for.
     *
     * @return the audience
     */
    public Audience audience() {
        return audience;
    }

    /**
     * The locale actually used: {@code nl} for a request of {@code nl-BE} without Belgian texts, {@code en}
     * for the root texts.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * A short title.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The explanation for the audience: a sentence on delivery (not delivered, or not yet and the server keeps
     * trying), then what happened.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * Typical causes.
     *
     * @return an unmodifiable list
     */
    public List<String> causes() {
        return causes;
    }

    /**
     * What the customer can do.
     *
     * @return an unmodifiable list
     */
    public List<String> customerActions() {
        return customerActions;
    }

    /**
     * What the administrator can do.
     *
     * @return an unmodifiable list
     */
    public List<String> adminActions() {
        return adminActions;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Explanation)) {
            return false;
        }
        Explanation x = (Explanation) o;
        return Objects.equals(replyCode, x.replyCode) && Objects.equals(enhancedCode, x.enhancedCode)
                && matchedCode.equals(x.matchedCode) && reading == x.reading && readingChoice == x.readingChoice
                && agreement == x.agreement && statusClass == x.statusClass && retryable == x.retryable
                && category == x.category && Objects.equals(sisimaiReason, x.sisimaiReason)
                && provenance.equals(x.provenance) && Objects.equals(recipient, x.recipient)
                && codesAgree == x.codesAgree && audience == x.audience && locale.equals(x.locale)
                && title.equals(x.title) && message.equals(x.message) && causes.equals(x.causes)
                && customerActions.equals(x.customerActions) && adminActions.equals(x.adminActions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(replyCode, enhancedCode, matchedCode, reading, title, message, locale);
    }

    @Override
    public String toString() {
        return "Explanation[" + (enhancedCode != null ? enhancedCode : replyCode) + " -> " + matchedCode + " ("
                + matchedLevel() + ", " + reading + "), " + locale.toLanguageTag() + ": " + title + "]";
    }

    static final class Builder {
        ReplyCode replyCode;
        EnhancedStatusCode enhancedCode;
        CatalogCode matchedCode;
        Origin reading;
        ReadingChoice readingChoice;
        Agreement agreement;
        StatusClass statusClass;
        boolean retryable;
        BounceCategory category;
        String sisimaiReason;
        String provenance;
        String recipient;
        boolean codesAgree = true;
        Audience audience;
        Locale locale;
        String title;
        String message;
        List<String> causes = List.of();
        List<String> customerActions = List.of();
        List<String> adminActions = List.of();
    }
}
