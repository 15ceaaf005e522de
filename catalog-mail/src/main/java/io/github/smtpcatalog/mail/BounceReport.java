// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.mail;

import io.github.smtpcatalog.i18n.Explainer;
import io.github.smtpcatalog.i18n.ExplainOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BounceReader} found in a message: its {@link BounceKind kind}, one {@link RecipientDiagnosis} per
 * recipient the bounce reports on (in the message's order), and in English why it decided so.
 *
 * <pre>{@code
 * BounceReport r = BounceReader.standard().read(bytes);
 * r.kind();          // DSN
 * r.diagnoses();     // one per recipient group of the DSN, in order
 * r.evidence();      // "multipart/report; report-type=delivery-status with 2 recipient group(s)"
 * List<RecipientExplanation> nl = r.explain(ExplainOptions.of(Locale.forLanguageTag("nl")));
 * }</pre>
 *
 * <p>A message that is no bounce ({@link BounceKind#AUTO_REPLY}, {@link BounceKind#FEEDBACK_REPORT},
 * {@link BounceKind#NOT_A_BOUNCE}) has no diagnoses: no status is invented for it. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class BounceReport {

    private final BounceKind kind;
    private final List<RecipientDiagnosis> diagnoses;
    private final String evidence;
    private final boolean truncated;

    private BounceReport(BounceKind kind, List<RecipientDiagnosis> diagnoses, String evidence, boolean truncated) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.diagnoses = kind.isBounce() ? List.copyOf(diagnoses) : List.of();
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.truncated = truncated;
    }

    /**
     * A report.
     *
     * @param kind      the kind, not null
     * @param diagnoses the recipients, in the message's order; ignored unless the kind is a bounce
     * @param evidence  why the kind was chosen, in English
     * @param truncated whether only the first part of the message was read
     * @return the report
     */
    public static BounceReport of(BounceKind kind, List<RecipientDiagnosis> diagnoses, String evidence,
            boolean truncated) {
        return new BounceReport(kind, diagnoses, evidence, truncated);
    }

    /**
     * The kind of message.
     *
     * @return the kind
     */
    public BounceKind kind() {
        return kind;
    }

    /**
     * Whether the message is a bounce.
     *
     * @return true for {@link BounceKind#DSN} and {@link BounceKind#PLAIN_TEXT_BOUNCE}
     */
    public boolean isBounce() {
        return kind.isBounce();
    }

    /**
     * Every recipient the bounce reports on, in the message's order, including those a DSN reports as delivered.
     *
     * @return an unmodifiable list; empty for a message that is no bounce
     */
    public List<RecipientDiagnosis> diagnoses() {
        return diagnoses;
    }

    /**
     * The recipients the message did not (or not yet) reach, in the message's order.
     *
     * @return an unmodifiable list of the diagnoses whose outcome {@link DeliveryOutcome#isFailure() is a failure}
     */
    public List<RecipientDiagnosis> failures() {
        List<RecipientDiagnosis> out = new ArrayList<>(diagnoses.size());
        for (RecipientDiagnosis d : diagnoses) {
            if (d.outcome().isFailure()) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Why the reader chose the kind, and what it could not read, in English: for a log, or to answer "why is
     * this no bounce?".
     *
     * @return the evidence, e.g. {@code "auto-reply: Auto-Submitted: auto-replied (RFC 3834)"}
     */
    public String evidence() {
        return evidence;
    }

    /**
     * Whether the message was larger than the reader's {@link BounceReader#maxBytes() cap}, so that only its
     * first part was read. The delivery report comes before the returned message, so a truncated bounce usually
     * still has all its recipients.
     *
     * @return true when the message was cut
     */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Explains every failed recipient with the shipped texts: one explanation per {@link #failures() failure},
     * in the message's order.
     *
     * @param options locale, audience and reading policy, not null
     * @return an unmodifiable list; empty for a message that is no bounce
     */
    public List<RecipientExplanation> explain(ExplainOptions options) {
        return explain(Explainer.standard(), options);
    }

    /**
     * Explains every failed recipient with an explainer of your own.
     *
     * @param explainer the explainer, not null
     * @param options   locale, audience and reading policy, not null
     * @return an unmodifiable list; empty for a message that is no bounce
     */
    public List<RecipientExplanation> explain(Explainer explainer, ExplainOptions options) {
        Objects.requireNonNull(explainer, "explainer");
        Objects.requireNonNull(options, "options");
        List<RecipientExplanation> out = new ArrayList<>();
        for (RecipientDiagnosis d : failures()) {
            out.add(RecipientExplanation.of(explainer, d, options));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BounceReport)) {
            return false;
        }
        BounceReport r = (BounceReport) o;
        return kind == r.kind && diagnoses.equals(r.diagnoses) && evidence.equals(r.evidence)
                && truncated == r.truncated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, diagnoses, evidence, truncated);
    }

    @Override
    public String toString() {
        return "BounceReport[" + kind + ", " + diagnoses + (truncated ? ", truncated" : "") + "]";
    }
}
