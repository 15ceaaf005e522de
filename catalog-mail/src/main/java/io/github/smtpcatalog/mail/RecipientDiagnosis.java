// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import io.github.smtpcatalog.core.ParsedReply;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one recipient: the address, the outcome, and the server's codes and words where the exception
 * or the bounce gives them.
 *
 * <pre>{@code
 * RecipientDiagnosis d = BounceReader.standard().read(bytes).diagnoses().get(0);
 * d.recipient();                                   // Optional[jan@example.nl]
 * d.outcome();                                     // FAILED
 * d.reply().flatMap(ParsedReply::enhancedCode);    // Optional[5.1.1]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientDiagnosis {

    /** The longest {@link #text()} kept. */
    public static final int MAX_TEXT = 2000;

    private final String recipient;
    private final DeliveryOutcome outcome;
    private final ParsedReply reply;
    private final String text;

    private RecipientDiagnosis(String recipient, DeliveryOutcome outcome, ParsedReply reply, String text) {
        this.recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reply = reply;
        String t = text == null ? "" : text.strip();
        this.text = t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
    }

    /**
     * A diagnosis.
     *
     * @param recipient the address, or null when the source names none
     * @param outcome   what happened, not null
     * @param reply     the codes, or null when the source gives none
     * @param text      the source's words for this recipient, or null; kept up to {@value #MAX_TEXT} characters
     * @return the diagnosis
     */
    public static RecipientDiagnosis of(String recipient, DeliveryOutcome outcome, ParsedReply reply, String text) {
        return new RecipientDiagnosis(recipient, outcome, reply, text);
    }

    /**
     * The recipient's address.
     *
     * @return the address, or empty when the exception or bounce names none
     */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    /**
     * What happened.
     *
     * @return the outcome
     */
    public DeliveryOutcome outcome() {
        return outcome;
    }

    /**
     * The status codes, recipient, provider and text the server gave for this recipient.
     *
     * @return the parsed reply, or empty when no status code was given (e.g. a plain-text bounce that only says
     *         "Unrouteable address", or an address not sent because of another failure)
     */
    public Optional<ParsedReply> reply() {
        return Optional.ofNullable(reply);
    }

    /**
     * The words of the exception or bounce for this recipient, for a log or a support ticket.
     *
     * @return the text, possibly empty, at most {@value #MAX_TEXT} characters
     */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RecipientDiagnosis)) {
            return false;
        }
        RecipientDiagnosis d = (RecipientDiagnosis) o;
        return Objects.equals(recipient, d.recipient) && outcome == d.outcome && Objects.equals(reply, d.reply)
                && text.equals(d.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipient, outcome, reply, text);
    }

    @Override
    public String toString() {
        return "RecipientDiagnosis[" + recipient + ", " + outcome + ", " + reply + "]";
    }
}
