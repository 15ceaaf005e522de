// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import io.github.smtpcatalog.core.ParsedReply;
import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.ExplainOptions;
import io.github.smtpcatalog.i18n.Explanation;
import java.util.Objects;
import java.util.Optional;

/**
 * The explanation for one recipient: what happened to the message for that address, in a sentence of the
 * requested language, and the localised explanation of the server's status code.
 *
 * <pre>{@code
 * for (RecipientExplanation r : MailExceptionExplainer.standard().explain(e, ExplainOptions.of(NL))) {
 *     r.recipient();                          // Optional[jan@example.nl]
 *     r.outcome();                            // REFUSED
 *     r.note();                               // "De ontvangende mailserver heeft dit adres geweigerd."
 *     r.explanation().map(Explanation::message);   // the Dutch explanation of 550 5.1.1
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecipientExplanation {

    private final RecipientDiagnosis diagnosis;
    private final String note;
    private final Explanation explanation;

    private RecipientExplanation(RecipientDiagnosis diagnosis, String note, Explanation explanation) {
        this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
        this.note = Objects.requireNonNull(note, "note");
        this.explanation = explanation;
    }

    /**
     * Explains a diagnosis. The {@link #note() note} is the text {@code label.mail.outcome.<OUTCOME>} of the
     * explainer's texts (the shipped {@code mail} bundle of catalog-i18n; a bundle set of your own needs those keys
     * too).
     *
     * @param explainer the explainer, not null
     * @param diagnosis the diagnosis, not null
     * @param options   locale, audience and reading policy, not null
     * @return the explanation of the recipient
     */
    public static RecipientExplanation of(Explainer explainer, RecipientDiagnosis diagnosis, ExplainOptions options) {
        Objects.requireNonNull(explainer, "explainer");
        Objects.requireNonNull(options, "options");
        String note = explainer.label("label.mail.outcome." + diagnosis.outcome().name(), options.locale());
        Explanation e = diagnosis.reply().flatMap(r -> explainer.explain(r, options)).orElse(null);
        return new RecipientExplanation(diagnosis, note, e);
    }

    /**
     * The recipient's address.
     *
     * @return the address, or empty when the source names none
     */
    public Optional<String> recipient() {
        return diagnosis.recipient();
    }

    /**
     * What happened to the message for this recipient.
     *
     * @return the outcome
     */
    public DeliveryOutcome outcome() {
        return diagnosis.outcome();
    }

    /**
     * One sentence on what happened, in the requested language, e.g. "Not sent because of the other failure: ...".
     *
     * @return the sentence
     */
    public String note() {
        return note;
    }

    /**
     * The localised explanation of the server's status code.
     *
     * @return the explanation, or empty when the source gave no status code for this recipient
     */
    public Optional<Explanation> explanation() {
        return Optional.ofNullable(explanation);
    }

    /**
     * The codes the explanation was made from.
     *
     * @return the parsed reply, or empty
     */
    public Optional<ParsedReply> reply() {
        return diagnosis.reply();
    }

    /**
     * The diagnosis this explains.
     *
     * @return the diagnosis
     */
    public RecipientDiagnosis diagnosis() {
        return diagnosis;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RecipientExplanation)) {
            return false;
        }
        RecipientExplanation r = (RecipientExplanation) o;
        return diagnosis.equals(r.diagnosis) && note.equals(r.note) && Objects.equals(explanation, r.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(diagnosis, note, explanation);
    }

    @Override
    public String toString() {
        return "RecipientExplanation[" + diagnosis.recipient().orElse("?") + ", " + diagnosis.outcome() + ", "
                + explanation + "]";
    }
}
